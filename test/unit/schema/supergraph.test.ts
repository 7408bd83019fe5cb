import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { SUBGRAPH_NAMES } from '../../../lib/config';
import { planFor, supergraphPlan } from '../../../policies/plans';
import { composeSupergraph } from '../../../schema/composeSupergraph';
import { readSupergraphSdl } from '../../../schema/supergraphSdl';
import { readSubgraphSdl } from '../../../schema/subgraphSdl';

describe('the committed supergraph', () => {
  it('classifies every field any subgraph classifies (a subgraph must compose @sensitive, or the gateway never audits it)', () => {
    const inSubgraphs = SUBGRAPH_NAMES.flatMap((name) => Object.keys(planFor(readSubgraphSdl(name)).fields));
    expect(Object.keys(supergraphPlan(readSupergraphSdl()).fields).sort()).toEqual([...new Set(inSubgraphs)].sort());
  });

  it('equals a fresh composition of schema/*.graphql (run `npm run compose` after changing a subgraph schema)', () => {
    const result = composeSupergraph();
    if (!result.ok) throw new Error(`composition failed:\n${result.errors.join('\n')}`);
    expect(readSupergraphSdl()).toBe(result.supergraphSdl);
  });
});

describe('composition errors', () => {
  it('are returned one message per error, naming what conflicts', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'custos-schema-'));
    for (const name of ['customer', 'contract', 'quality', 'audit']) {
      fs.copyFileSync(path.join(__dirname, '../../../schema', `${name}.graphql`), path.join(dir, `${name}.graphql`));
    }
    // The contract subgraph now disagrees with the customer subgraph about Money.amount.
    const contract = path.join(dir, 'contract.graphql');
    fs.writeFileSync(contract, fs.readFileSync(contract, 'utf8').replace('amount: String!', 'amount: Int!'));
    const result = composeSupergraph(dir);
    fs.rmSync(dir, { recursive: true, force: true });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.length).toBeGreaterThan(0);
    expect(result.errors.join('\n')).toMatch(/Money\.amount/);
  });
});

describe('fields that cross a subgraph boundary', () => {
  function composeWith(edit: (name: string, sdl: string) => string) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'custos-schema-'));
    for (const name of SUBGRAPH_NAMES)
      fs.writeFileSync(
        path.join(dir, `${name}.graphql`),
        edit(name, fs.readFileSync(path.join(__dirname, '../../../schema', `${name}.graphql`), 'utf8')),
      );
    try {
      return composeSupergraph(dir);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }

  it('must be nullable where another subgraph adds them to an entity, or one outage blanks the entity', () => {
    const result = composeWith((name, sdl) =>
      name === 'contract'
        ? sdl.replace(
            'contracts(status: ContractStatus): [Contract!]\n',
            'contracts(status: ContractStatus): [Contract!]!\n',
          )
        : sdl,
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toEqual([
      expect.stringMatching(
        /^Customer\.contracts must be nullable: it crosses a subgraph boundary \(served by CONTRACT on a Customer that CUSTOMER serves\)/,
      ),
    ]);
  });

  it('must be nullable where they reference an entity another subgraph serves', () => {
    const result = composeWith((name, sdl) =>
      name === 'quality'
        ? sdl.replace(/rank: Int!\n {2}customer: Customer\n/, 'rank: Int!\n  customer: Customer!\n')
        : sdl,
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.join('\n')).toMatch(
      /QualityOffender\.customer must be nullable: .*a Customer from QUALITY whose .*name.* another subgraph serves/,
    );
  });

  it('may stay non-null inside one subgraph, down to a nullable reference, and in lists of references with nullable items', () => {
    const result = composeWith((name, sdl) =>
      name === 'quality'
        ? sdl.replace(/rank: Int!\n {2}customer: Customer\n/, 'rank: Int!\n  customer: [Customer]!\n')
        : sdl,
    );
    expect(result).toEqual({ ok: true, supergraphSdl: expect.any(String) });
  });
});
