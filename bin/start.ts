import { startEmbedded } from './embedded';
import { loadConfig } from '../lib/config';
import { runUntilSignal } from './runUntilSignal';

/** `npm start`: the whole federation in one process on embedded SQLite, with demo data on first start. */
runUntilSignal(async () => {
  const config = loadConfig();
  const started = Date.now();
  const federation = await startEmbedded({ config });
  console.log(`
Custos is up in ${((Date.now() - started) / 1000).toFixed(1)} s.

  GraphQL   ${federation.gateway.url}
  Health    ${federation.gateway.url.replace(/\/graphql$/, '/ready')}
  Data      ${config.databaseUrl('customer') ? 'PostgreSQL' : `SQLite under ${config.dataDir}`}

Get a token, then query:

  TOKEN=$(npm run --silent token -- --role finance_analyst --region EU)
  curl -s ${federation.gateway.url} -H "authorization: Bearer $TOKEN" -H 'content-type: application/json' \\
    -d '{"query":"{ customers(first: 3) { edges { node { id name country } } } }"}'
`);
  return federation.close;
});
