import { loadConfig } from '../lib/config';
import { mintDevToken } from '../lib/tokens/clientToken';
import { ROLES, isRole } from '../lib/roles';
import { REGIONS, isRegion } from '../lib/regions';
import { parseArgs } from './args';

/** `npm run token -- --role <role> [--region EU,US] [--sub name] [--purpose p] [--expires 8h]`: a development JWT. */
async function main(): Promise<void> {
  const config = loadConfig();
  if (config.production) throw new Error('refusing to mint development tokens in production (NODE_ENV=production)');
  const args = parseArgs(process.argv.slice(2), ['role', 'region', 'sub', 'purpose', 'expires']);
  const roles = (args.role ?? '').split(',').filter(Boolean);
  if (roles.length === 0 || !roles.every(isRole)) throw new Error(`--role must be one or more of: ${ROLES.join(', ')}`);
  const regions = (args.region ?? '')
    .split(',')
    .filter(Boolean)
    .map((r) => r.toUpperCase());
  if (!regions.every(isRegion)) throw new Error(`--region must be a comma list of: ${REGIONS.join(', ')}`);
  const token = await mintDevToken(
    config.auth,
    { sub: args.sub ?? `dev-${roles[0]}`, roles, regions, ...(args.purpose ? { purpose: args.purpose } : {}) },
    { expiresIn: args.expires ?? '8h' },
  );
  process.stdout.write(`${token}\n`);
}

main().catch((error: Error) => {
  console.error(`token: ${error.message}`);
  process.exit(2);
});
