import { loadConfig } from '../lib/config';
import { mintDevToken } from '../lib/tokens/clientToken';
import { httpExecutor } from '../gateway/operationExecutor';
import { runSyntheticTransaction } from '../gateway/probes/syntheticTransaction';
import { parseArgs } from './args';

/**
 * `npm run synthetic -- [--gateway http://host:4000/graphql]`: pushes a marked test customer and
 * order through the running gateway, prints each hop's latency and result, cleans up, and exits
 * non-zero when a hop failed. The token comes from CUSTOS_TOKEN, holding the admin and billing_ops
 * roles (the probe ingests, invoices and cleans up); only a development machine mints one itself.
 */
async function main(): Promise<void> {
  const config = loadConfig();
  const args = parseArgs(process.argv.slice(2), ['gateway']);
  const gatewayUrl = args.gateway ?? `http://${config.host}:${config.gatewayPort}/graphql`;
  let token = process.env.CUSTOS_TOKEN;
  if (!token) {
    if (config.production)
      throw new Error('set CUSTOS_TOKEN to a token with the admin and billing_ops roles; production mints none');
    token = await mintDevToken(
      config.auth,
      { sub: 'synthetic-probe', roles: ['admin', 'billing_ops'], regions: [] },
      { expiresIn: '10m' },
    );
  }
  const report = await runSyntheticTransaction({ execute: httpExecutor(gatewayUrl, token) });
  console.log(`synthetic transaction ${report.marker}`);
  for (const hop of report.hops)
    console.log(
      `${hop.ok ? 'ok  ' : 'FAIL'} ${hop.name.padEnd(18)} ${hop.ms.toFixed(0).padStart(6)} ms  ${hop.detail}`,
    );
  process.exit(report.ok ? 0 : 1);
}

main().catch((error: Error) => {
  console.error(`synthetic: ${error.message}`);
  process.exit(2);
});
