import fs from 'node:fs';
import { parse } from 'graphql';
import { apiSchemaOf } from '../../../../gateway/governance';
import { measureOperation } from '../../../../gateway/limits/measureOperation';
import { measureSource } from '../../../../gateway/limits/measureSource';
import { costBudget } from '../../../../gateway/plugins/limits';
import { loadConfig } from '../../../../lib/config';
import { SUPERGRAPH_PATH } from '../../../../schema/supergraphSdl';

const schema = apiSchemaOf(fs.readFileSync(SUPERGRAPH_PATH, 'utf8'));
const options = { variables: {}, pageSize: 100, assumedListSize: 5 };
const measure = (query: string, variables: Record<string, unknown> = {}) =>
  measureOperation(schema, parse(query), undefined, { ...options, variables });

describe('measuring the text before it is parsed', () => {
  it('counts tokens, aliases and the nesting of selection sets, not of input objects or arguments', () => {
    expect(measureSource('{ customer(id: "x") { contracts { id } } }', 100)).toEqual({
      tokens: 14,
      depth: 3,
      aliases: 0,
    });
    expect(
      measureSource('query($a: Int) { x: customer(id: "x") { y: name } z: customers(first: $a) { totalCount } }', 100)
        .aliases,
    ).toBe(3);
    expect(
      measureSource(
        'query($f: CustomerFilter = { region: EU }) { customers(filter: { region: EU }) { totalCount } }',
        100,
      ).depth,
    ).toBe(2);
  });

  it('measures any nesting without recursion, and stops counting past the bound', () => {
    const deep = `${'{ a '.repeat(100_000)}${'}'.repeat(100_000)}`;
    expect(measureSource(deep, 1_000_000)).toEqual({ tokens: 300_000, depth: 100_000, aliases: 0 });
    expect(measureSource(deep, 50).tokens).toBe(51);
  });

  it('leaves text it cannot read to the parser', () => {
    expect(measureSource('{ a } ~~~', 100)).toEqual({ tokens: 3, depth: 1, aliases: 0 });
  });
});

describe('measuring the operation before it is validated or planned', () => {
  it('counts depth through fragments and inline fragments, and each alias and root field', () => {
    const query = `query { a: customer(id: "1") { ...C } b: customer(id: "2") { id } customers(first: 1) { totalCount } }
      fragment C on Customer { contracts { ... on Contract { invoices { payments { id } } } } }`;
    expect(measure(query)).toMatchObject({ depth: 5, aliases: 2, rootFields: 3 });
  });

  it('does not loop on a fragment that spreads itself (validation refuses it)', () => {
    expect(measure('{ customer(id: "1") { ...C } } fragment C on Customer { parent { ...C } }')).toMatchObject({
      depth: 2,
    });
  });

  it('costs objects, sizing lists by first, a connection’s edges by its first, others by the assumed size', () => {
    // customers: 1, edges: 10 x (1 + node 1 x (1 + contracts 5 x 1)) = 1 + 10 x 7 = 71
    expect(measure('{ customers(first: 10) { edges { node { name contracts { id } } } } }').cost).toBe(71);
    expect(measure('query($n: Int) { customers(first: $n) { edges { node { id } } } }', { n: 3 }).cost).toBe(1 + 3 * 2);
    // Left out, or above it, first is the largest page.
    expect(measure('{ customers { edges { node { id } } } }').cost).toBe(1 + 100 * 2);
    expect(measure('{ customers(first: 100000) { edges { node { id } } } }').cost).toBe(1 + 100 * 2);
    // Scalars are free; Money is an object.
    expect(measure('{ customer(id: "1") { name creditLimit { amount } } }').cost).toBe(2);
  });

  it('grows with every level a cycle adds', () => {
    const cycle = (levels: number) =>
      `{ customer(id: "1") { ${'contracts { customer { '.repeat(levels)}id${' } }'.repeat(levels)} } }`;
    expect(measure(cycle(3)).cost).toBeGreaterThan(5 * measure(cycle(2)).cost);
    expect(measure(cycle(9)).depth).toBe(20);
  });
});

describe('budgets', () => {
  it('gives a caller the largest budget of its roles, else the default', () => {
    const { limits } = loadConfig({ LIMIT_MAX_COST: '100', LIMIT_MAX_COST_BY_ROLE: 'bi_reader:900,auditor:500' });
    expect(costBudget(limits, ['finance_analyst'])).toBe(100);
    expect(costBudget(limits, ['auditor', 'bi_reader'])).toBe(900);
  });

  it('refuses a budget list it cannot read', () => {
    expect(() => loadConfig({ LIMIT_MAX_COST_BY_ROLE: 'bi_reader=9' })).toThrow(/role:budget/);
  });
});
