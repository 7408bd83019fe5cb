import { composeSupergraph } from '../schema/composeSupergraph';
import { SUPERGRAPH_PATH } from '../schema/supergraphSdl';
import fs from 'node:fs';

/** `npm run compose`: composes schema/*.graphql into the committed schema/supergraph.graphql. */
const result = composeSupergraph();
if (!result.ok) {
  console.error(`Composition failed with ${result.errors.length} error(s):\n`);
  for (const error of result.errors) console.error(`  - ${error}\n`);
  process.exit(1);
}
fs.writeFileSync(SUPERGRAPH_PATH, result.supergraphSdl);
console.log(`Wrote ${SUPERGRAPH_PATH}`);
