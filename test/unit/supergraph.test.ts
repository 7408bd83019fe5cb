import fs from 'node:fs';
import { composeSupergraph, SUPERGRAPH_PATH } from '../../schema/composeSupergraph';

describe('the committed supergraph', () => {
  it('equals a fresh composition of schema/*.graphql (run `npm run compose` after changing a subgraph schema)', () => {
    const result = composeSupergraph();
    if (!result.ok) throw new Error(`composition failed:\n${result.errors.join('\n')}`);
    expect(fs.readFileSync(SUPERGRAPH_PATH, 'utf8')).toBe(result.supergraphSdl);
  });
});
