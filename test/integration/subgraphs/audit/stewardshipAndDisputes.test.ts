import type { RunningGateway } from '../../../../gateway/server';
import { DisputeEntity } from '../../../../subgraphs/audit/entities/Dispute';
import { PricingTierChangeEntity } from '../../../../subgraphs/contract/entities/PricingTierChange';
import { callSubgraph, graphql, startTestFederation, type TestFederation } from '../../../support/federation';
import { startJobRunner, until } from '../../../support/gateways';

/**
 * Ownership and disputes through a real federation: the RACI in force per attribute (its own or its
 * domain's) with maker-checker changes and history, owners on a customer's lineage across
 * subgraphs, pricing-tier decisions routed to the accountable of pricing only, and a dispute about a
 * credit limit captured by the server, governed like the limit itself, escalated by the
 * dispute-escalation job once its level's time has passed, and resolved with a decision.
 */

let federation: TestFederation;
let runner: RunningGateway | undefined;
let customerId: string;
let contractId: string;

const DAY_MS = 86_400_000;

const as = (sub: string, roles: string[], regions = ['EU', 'US']) =>
  federation.token({ sub, roles: roles as never, regions: regions as never });

async function run(token: string, query: string, variables: Record<string, unknown> = {}) {
  return (await graphql(federation.gateway.url, query, { token, variables })).body;
}

async function ok(token: string, query: string, variables: Record<string, unknown> = {}) {
  const body = await run(token, query, variables);
  expect(body.errors).toBeUndefined();
  return body.data;
}

const codeOf = (body: { errors?: { extensions?: { code?: string } }[] }) => body.errors?.[0]?.extensions?.code;

beforeAll(async () => {
  federation = await startTestFederation({ SEED_CUSTOMERS: '20' });
  const admin = await as('test-admin', ['admin']);
  const found = await ok(
    admin,
    '{ customers(first: 20, filter: { region: EU }) { edges { node { id creditLimit { amount } } } } }',
  );
  customerId = found.customers.edges.find((edge: { node: { creditLimit: unknown } }) => edge.node.creditLimit).node.id;
});

afterAll(async () => {
  await runner?.close();
  await federation?.close();
});

const STEWARDSHIP = `query($coordinate: String!) { stewardship(coordinate: $coordinate) {
  coordinate domain source accountableTeams accountablePeople responsibleTeams assignment { subject version } } }`;

describe('stewardship', () => {
  it('answers the RACI in force for an attribute: its own entry, or its domain’s', async () => {
    const auditor = await as('an.auditor', ['auditor']);
    const own = await ok(auditor, STEWARDSHIP, { coordinate: 'Customer.creditLimit' });
    expect(own.stewardship).toMatchObject({
      domain: 'credit',
      source: 'ATTRIBUTE',
      accountableTeams: ['credit-risk'],
      accountablePeople: ['credit.committee.chair'],
      assignment: { subject: 'Customer.creditLimit', version: 1 },
    });
    const inherited = await ok(auditor, STEWARDSHIP, { coordinate: 'Customer.creditHold' });
    expect(inherited.stewardship).toMatchObject({
      domain: 'credit',
      source: 'DOMAIN',
      accountablePeople: ['head.of.credit'],
      assignment: { subject: 'domain:credit' },
    });
  });

  it('refuses a coordinate that is not one, or of no domain, and callers the policy does not name', async () => {
    const steward = await as('a.steward', ['data_steward']);
    expect(codeOf(await run(steward, STEWARDSHIP, { coordinate: 'creditLimit' }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await run(steward, STEWARDSHIP, { coordinate: 'Customer.unheardOf' }))).toBe('BAD_USER_INPUT');
    const bi = await as('a.bi.tool', ['bi_reader']);
    expect(codeOf(await run(bi, STEWARDSHIP, { coordinate: 'Customer.creditLimit' }))).toBe('FORBIDDEN');
  });

  it('changes by review: proposed by a steward, approved by the domain’s accountable, history kept', async () => {
    const PROPOSE = `mutation($input: StewardshipProposalInput!) { proposeStewardship(input: $input) { id status version } }`;
    const APPROVE = `mutation($id: ID!) { approveStewardship(id: $id, note: "agreed") { status decidedBy } }`;
    const proposer = await as('tax.steward', ['data_steward']);
    const input = {
      domain: 'tax',
      responsible: { teams: ['tax', 'data-stewardship'] },
      accountable: { teams: ['tax'], people: ['head.of.tax', 'tax.deputy'] },
      consulted: { teams: ['billing'] },
      informed: { teams: ['compliance'] },
      reason: 'A deputy decides while the head of tax is away',
    };
    expect(codeOf(await run(proposer, PROPOSE, { input: { ...input, accountable: {} } }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await run(proposer, PROPOSE, { input: { ...input, domain: 'marketing' } }))).toBe('BAD_USER_INPUT');
    const proposed = (await ok(proposer, PROPOSE, { input })).proposeStewardship;
    expect(proposed).toMatchObject({ status: 'PROPOSED', version: 2 });
    expect(codeOf(await run(proposer, PROPOSE, { input }))).toBe('BAD_USER_INPUT');

    // Not in force before it is approved, and not approved by its proposer or a steward who is not accountable.
    const before = await ok(proposer, STEWARDSHIP, { coordinate: 'TaxId.value' });
    expect(before.stewardship.accountablePeople).toEqual(['head.of.tax']);
    expect(codeOf(await run(proposer, APPROVE, { id: proposed.id }))).toBe('FORBIDDEN');
    const other = await run(await as('other.steward', ['data_steward']), APPROVE, { id: proposed.id });
    expect(codeOf(other)).toBe('FORBIDDEN');
    expect(other.errors?.[0].message).toMatch(/routed to head\.of\.tax, team tax/);

    const approved = await ok(await as('head.of.tax', ['data_steward']), APPROVE, { id: proposed.id });
    expect(approved.approveStewardship).toEqual({ status: 'APPROVED', decidedBy: 'head.of.tax' });
    const after = await ok(proposer, STEWARDSHIP, { coordinate: 'TaxId.value' });
    expect(after.stewardship).toMatchObject({
      source: 'DOMAIN',
      accountablePeople: ['head.of.tax', 'tax.deputy'],
      assignment: { version: 2 },
    });
    const history = await ok(
      await as('an.auditor', ['auditor']),
      '{ stewardshipAssignments(subject: "domain:tax") { version status proposedBy decidedBy } }',
    );
    expect(history.stewardshipAssignments).toEqual([
      { version: 2, status: 'APPROVED', proposedBy: 'tax.steward', decidedBy: 'head.of.tax' },
      expect.objectContaining({ version: 1, status: 'APPROVED', proposedBy: 'policy:dataDomains' }),
    ]);
  });

  it('shows the owners of each attribute on a customer’s lineage, through the federation', async () => {
    const steward = await as('a.steward', ['data_steward']);
    const data = await ok(
      steward,
      'query($id: ID!) { customer(id: $id) { lineage { field owners { coordinate source domain accountablePeople } } } }',
      { id: customerId },
    );
    const byField = new Map(
      data.customer.lineage.map((row: { field: string; owners: unknown }) => [row.field, row.owners]),
    );
    expect(byField.get('legalName')).toEqual({
      coordinate: 'Customer.legalName',
      source: 'DOMAIN',
      domain: 'customer-master',
      accountablePeople: ['head.of.data'],
    });
    expect(byField.get('taxId')).toMatchObject({ coordinate: 'TaxId.value', source: 'DOMAIN', domain: 'tax' });
  });
});

describe('pricing-tier changes', () => {
  it('are routed to the accountable of pricing: refused to another steward, decided by the accountable', async () => {
    const maker = await as('pricing.maker', ['finance_analyst'], ['EU']);
    const created = await ok(maker, `mutation($input: ContractInput!) { createContract(input: $input) { id } }`, {
      input: {
        customerId,
        number: 'CT-ROUTE-0001',
        startDate: '2024-01-01',
        endDate: '2024-12-31',
        currency: 'EUR',
        fixedConsideration: '12000.00',
        obligations: [
          {
            key: 'platform',
            description: 'Platform subscription',
            productCode: 'PLAT',
            pattern: 'RATABLE',
            startDate: '2024-01-01',
            endDate: '2024-12-31',
            standaloneSellingPrice: '12000.00',
          },
        ],
        billingSchedule: ['01', '04', '07', '10'].map((m) => ({ date: `2024-${m}-01`, amount: '3000.00' })),
      },
    });
    const requested = await ok(
      maker,
      'mutation($input: PricingTierChangeInput!) { requestPricingTierChange(input: $input) { id routedTo { people teams } } }',
      { input: { contractId: created.createContract.id, tier: 'GOLD', effectiveFrom: '2024-07-01', reason: 'Volume' } },
    );
    contractId = created.createContract.id;
    const { id } = requested.requestPricingTierChange;
    expect(requested.requestPricingTierChange.routedTo).toEqual({
      people: ['pricing.steward'],
      teams: ['pricing-governance'],
    });

    const APPROVE = 'mutation($id: ID!) { approvePricingTierChange(id: $id) { status routedTo { people } } }';
    const anySteward = await run(await as('master.steward', ['data_steward'], ['EU']), APPROVE, { id });
    expect(codeOf(anySteward)).toBe('FORBIDDEN');
    expect(anySteward.errors?.[0].message).toBe(
      `Pricing tier change ${id} is routed to pricing.steward, team pricing-governance; you are not one of them`,
    );
    const reject = 'mutation($id: ID!) { rejectPricingTierChange(id: $id, note: "no") { status } }';
    expect(codeOf(await run(await as('master.steward', ['data_steward'], ['EU']), reject, { id }))).toBe('FORBIDDEN');

    const approved = await ok(await as('pricing.steward', ['data_steward'], ['EU']), APPROVE, { id });
    expect(approved.approvePricingTierChange).toEqual({ status: 'APPROVED', routedTo: null });
  });
});

describe('disputes', () => {
  const DISPUTE = `id recordType recordId customerId coordinate disputedValue valueSource raisingTeam counterpartyTeam
    status level assignedTo { people teams } assignedBody dueAt openedAt decision resolvedBy
    events { kind actor level note }`;
  const OPEN = `mutation($input: DisputeInput!) { openDispute(input: $input) { ${DISPUTE} } }`;
  const READ = `query($id: ID!) { dispute(id: $id) { ${DISPUTE} } }`;
  const RESOLVE = `mutation($input: DisputeResolutionInput!) { resolveDispute(input: $input) { ${DISPUTE} } }`;
  const input = () => ({
    recordType: 'Customer',
    recordId: customerId,
    coordinate: 'Customer.creditLimit',
    raisingTeam: 'billing',
    counterpartyTeam: 'customer-service',
    description:
      'Billing holds the revenue adjustment needs a higher limit; service says the customer agreed otherwise',
  });
  let disputeId: string;
  let limit: { amount: string; currency: string };

  it('opens with the value captured by the server, assigned to the field’s accountable', async () => {
    const billing = await as('billing.clerk', ['billing_ops'], ['EU']);
    const opened = (await ok(billing, OPEN, { input: input() })).openDispute;
    disputeId = opened.id;
    const openedAt = Date.parse(opened.openedAt);
    expect(opened).toMatchObject({
      customerId,
      valueSource: 'CAPTURED',
      status: 'OPEN',
      level: 1,
      assignedTo: { people: ['credit.committee.chair'], teams: ['credit-risk'] },
      assignedBody: null,
      events: [{ kind: 'OPENED', actor: 'billing.clerk', level: 1, note: null }],
    });
    expect(Date.parse(opened.dueAt) - openedAt).toBe(3 * DAY_MS);
    // Billing sees credit limits masked to nothing, and so the value it disputes.
    expect(opened.disputedValue).toBeNull();

    const credit = await as('a.credit.analyst', ['credit_analyst']);
    const master = await ok(credit, 'query($id: ID!) { customer(id: $id) { creditLimit { amount currency } } }', {
      id: customerId,
    });
    limit = master.customer.creditLimit;
    const seen = await ok(credit, READ, { id: disputeId });
    expect(JSON.parse(seen.dispute.disputedValue)).toEqual(limit);
  });

  it('shows the disputed value only as the attribute’s own field: masked, or withheld with FORBIDDEN', async () => {
    const steward = await ok(await as('a.steward', ['data_steward']), READ, { id: disputeId });
    expect(steward.dispute.disputedValue).toBeNull();
    const service = await run(await as('service.agent', ['customer_service'], ['EU']), READ, { id: disputeId });
    expect(service.data.dispute.disputedValue).toBeNull();
    expect(service.errors).toEqual([
      expect.objectContaining({
        path: ['dispute', 'disputedValue'],
        extensions: expect.objectContaining({ code: 'FORBIDDEN' }),
      }),
    ]);
    expect(JSON.stringify(service)).not.toContain(limit.amount);
    // Out of the caller's regions it is as absent as an unknown one.
    const us = await ok(await as('us.agent', ['customer_service'], ['US']), READ, { id: disputeId });
    expect(us.dispute).toBeNull();
  });

  it('refuses bad input, and a value for a field the server reads itself', async () => {
    const steward = await as('a.steward', ['data_steward']);
    for (const bad of [
      { value: JSON.stringify({ amount: '1.00', currency: 'EUR' }) },
      { raisingTeam: 'marketing' },
      { counterpartyTeam: 'billing' },
      { coordinate: 'Customer.unheardOf' },
      { coordinate: 'credit limit' },
      { recordType: 'customer' },
      { description: ' ' },
      { customerId: 'cus_someone_else' },
      { coordinate: 'TaxId.value', value: 'not json' },
    ])
      expect([bad, codeOf(await run(steward, OPEN, { input: { ...input(), ...bad } }))]).toEqual([
        bad,
        'BAD_USER_INPUT',
      ]);
    const unknown = await run(steward, OPEN, {
      input: { ...input(), recordType: 'Invoice', recordId: 'inv_1', customerId: 'cus_nobody' },
    });
    expect(codeOf(unknown)).toBe('NOT_FOUND');
  });

  it('escalates when its level’s time has passed, by the dispute-escalation job, and is resolved at the new level', async () => {
    // Its first level's time ran out an hour ago.
    const past = new Date(Date.now() - 3 * DAY_MS - 3_600_000);
    await federation.subgraphs.audit.database
      .fork()
      .nativeUpdate(
        DisputeEntity,
        { id: disputeId },
        { levelSince: past, dueAt: new Date(past.getTime() + 3 * DAY_MS) },
      );
    runner = await startJobRunner(federation);
    const admin = await as('test-admin', ['admin']);
    await ok(admin, 'mutation { runJobNow(job: "dispute-escalation") { id } }');
    const auditor = await as('an.auditor', ['auditor']);
    const escalated = await until(
      'the dispute to escalate',
      async () => (await ok(auditor, READ, { id: disputeId })).dispute,
      (dispute) => dispute.level === 2,
    );
    expect(escalated).toMatchObject({
      status: 'OPEN',
      assignedBody: 'data-governance-board',
      assignedTo: { people: ['dg.board.chair', 'head.of.data'] },
      events: [
        { kind: 'OPENED', level: 1 },
        {
          kind: 'ESCALATED',
          actor: 'job:dispute-escalation',
          level: 2,
          note: 'the time at level 1 passed; assigned to data-governance-board',
        },
      ],
    });
    // Moved on from its first level, 5 days after that ran out.
    expect(Date.parse(escalated.dueAt)).toBe(past.getTime() + 8 * DAY_MS);

    const chair = await as('credit.committee.chair', ['credit_analyst']);
    const resolution = {
      id: disputeId,
      decision: 'VALUE_KEPT',
      note: 'The limit stands; the adjustment is billed in two parts',
    };
    expect(codeOf(await run(chair, RESOLVE, { input: resolution }))).toBe('FORBIDDEN');
    const board = await as('dg.board.chair', ['data_steward']);
    expect(codeOf(await run(board, RESOLVE, { input: { ...resolution, decision: 'VALUE_CHANGED' } }))).toBe(
      'BAD_USER_INPUT',
    );
    expect(
      codeOf(
        await run(board, RESOLVE, {
          input: { ...resolution, decision: 'VALUE_CHANGED', resultingChangeId: 'chg_nope' },
        }),
      ),
    ).toBe('BAD_USER_INPUT');
    const resolved = (await ok(board, RESOLVE, { input: resolution })).resolveDispute;
    expect(resolved).toMatchObject({
      status: 'RESOLVED',
      decision: 'VALUE_KEPT',
      resolvedBy: 'dg.board.chair',
      dueAt: null,
    });
    expect(resolved.events.map((event: { kind: string }) => event.kind)).toEqual(['OPENED', 'ESCALATED', 'RESOLVED']);
    expect(codeOf(await run(board, RESOLVE, { input: resolution }))).toBe('BAD_USER_INPUT');

    const listed = await ok(auditor, 'query($c: ID) { disputes(status: RESOLVED, customerId: $c) { id } }', {
      c: customerId,
    });
    expect(listed.disputes).toEqual([{ id: disputeId }]);
  });
});

describe('when the audit subgraph cannot be asked whom pricing is routed to', () => {
  it('decides no pricing-tier change (fails closed)', async () => {
    const maker = await as('pricing.maker', ['finance_analyst'], ['EU']);
    const requested = await ok(
      maker,
      'mutation($input: PricingTierChangeInput!) { requestPricingTierChange(input: $input) { id } }',
      { input: { contractId, tier: 'SILVER', effectiveFrom: '2024-10-01', reason: 'Volume down' } },
    );
    const { id } = requested.requestPricingTierChange;
    await runner?.close();
    runner = undefined;
    await federation.subgraphs.audit.close();
    const { body } = await callSubgraph(
      federation,
      'contract',
      'mutation($id: ID!) { approvePricingTierChange(id: $id) { status } }',
      { principal: { sub: 'pricing.steward', roles: ['data_steward'], regions: ['EU'] }, variables: { id } },
    );
    expect(codeOf(body)).toBe('SERVICE_UNAVAILABLE');
    const stored = await federation.subgraphs.contract.database.fork().findOneOrFail(PricingTierChangeEntity, { id });
    expect(stored).toMatchObject({ status: 'REQUESTED', decidedBy: null });
  });
});
