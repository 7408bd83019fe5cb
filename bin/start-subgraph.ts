import { SUBGRAPH_NAMES, isSubgraphName, loadConfig } from '../lib/config';
import { SUBGRAPHS } from '../subgraphs';
import { startSubgraph } from '../subgraphs/kit/subgraph';
import { runUntilSignal } from './runUntilSignal';

/** `npm run start:subgraph -- <name>`: one subgraph alone, on its own port and database. */
const name = process.argv[2];
if (!isSubgraphName(name)) {
  console.error(`usage: npm run start:subgraph -- <${SUBGRAPH_NAMES.join('|')}>`);
  process.exit(2);
}
runUntilSignal(async () => {
  const subgraph = await startSubgraph(SUBGRAPHS[name], { config: loadConfig() });
  return subgraph.close;
});
