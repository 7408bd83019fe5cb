import fs from 'node:fs';
import { BREAKING_CHANGES_PATH, RELEASED_SUPERGRAPH_PATH, readSupergraphSdl } from '../schema/supergraphSdl';

/**
 * `npm run schema:release`: the committed supergraph becomes the released one that later changes are
 * checked against, and the acknowledged breaking changes, now released, are cleared.
 */
fs.writeFileSync(RELEASED_SUPERGRAPH_PATH, readSupergraphSdl());
fs.writeFileSync(BREAKING_CHANGES_PATH, '[]\n');
console.log(`Released the supergraph to ${RELEASED_SUPERGRAPH_PATH}`);
