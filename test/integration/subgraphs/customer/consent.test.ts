import type { Principal } from '../../../../lib/principal';
import { graphql, startTestFederation, type GraphQLResponse, type TestFederation } from '../../../support/federation';

/**
 * Consent through the gateway: signals ingested idempotently (per batch and per signal), newest
 * given wins whatever the order of arrival, mayContact answers with its reason from the signal or
 * the contact rule, and the people behind the answers are governed as Customer.contacts are,
 * lookups by e-mail address included.
 */

interface SeededContact {
  id: string;
  name: string;
  email: string | null;
  phone: string | null;
}

const INGEST = `mutation Ingest($batch: ConsentSignalBatchInput!) {
  ingestConsentSignals(batch: $batch) { batchId replayed accepted superseded duplicates rejected rejections { signalId reasons } }
}`;
const MAY_CONTACT = `query May($customerId: ID!, $channel: ContactChannel!, $purpose: ContactPurpose!) {
  mayContact(customerId: $customerId, channel: $channel, purpose: $purpose) {
    customerId allowed reason
    usableContacts { id email }
    contacts { contact { id name email phone } allowed basis decision since signalId source legalBasis reachable reason }
  }
}`;
const HISTORY = `query History($customerId: ID!, $first: Int, $after: ID) {
  consentSignals(customerId: $customerId, first: $first, after: $after) {
    id batchId contactId contact { id email } channel purpose decision givenAt source receivedBy inForce
  }
}`;
const PREFERENCES = `query Preferences($id: ID!) {
  customer(id: $id) { communicationPreferences { contact { id name email } channel purpose allowed basis signalId since reason } }
}`;

const LOOKUPS = `query Trail($sub: String) {
  auditEvents(filter: { sub: $sub }, first: 50) { edges { node { operationName lookups { coordinate outcome } } } }
}`;

function codes(response: GraphQLResponse): (string | undefined)[] {
  return (response.body.errors ?? []).map((error) => error.extensions?.code);
}

describe('consent signals and mayContact', () => {
  let federation: TestFederation;
  let as: (principal: Partial<Principal>) => Promise<string>;
  let steward: string;
  let collections: string;
  const eu = { id: '', contacts: [] as SeededContact[] };
  const us = { id: '', contacts: [] as SeededContact[] };

  const ingest = async (token: string, batch: Record<string, unknown>) =>
    graphql(federation.gateway.url, INGEST, { token, variables: { batch } });
  const mayContact = async (token: string, customerId: string, channel: string, purpose: string) =>
    graphql(federation.gateway.url, MAY_CONTACT, { token, variables: { customerId, channel, purpose } });
  const history = async (token: string, customerId: string, page: { first?: number; after?: string } = {}) =>
    graphql(federation.gateway.url, HISTORY, { token, variables: { customerId, ...page } });
  const signal = (fields: Record<string, unknown>) => ({
    customerId: eu.id,
    channel: 'EMAIL',
    decision: 'GRANTED',
    ...fields,
  });

  beforeAll(async () => {
    federation = await startTestFederation({ SEED_CUSTOMERS: '30' });
    as = (principal) => federation.token({ sub: `consent-${principal.roles?.join('-')}`, ...principal });
    const admin = await as({ roles: ['admin'], regions: [] });
    steward = await as({ roles: ['data_steward'], regions: ['EU'] });
    collections = await as({ roles: ['collections'], regions: ['EU'] });
    const { body } = await graphql(
      federation.gateway.url,
      '{ customers(first: 30) { edges { node { id region contacts { id name email phone } } } } }',
      { token: admin },
    );
    const book: { id: string; region: string; contacts: SeededContact[] }[] = body.data.customers.edges.map(
      (edge: { node: unknown }) => edge.node,
    );
    const pick = (region: string, atLeast: number) => {
      const found = book.find(
        (customer) =>
          customer.region === region &&
          customer.contacts.length >= atLeast &&
          customer.contacts.every((contact) => contact.email),
      );
      if (!found) throw new Error(`the seeded book has no ${region} customer with ${atLeast} contacts with e-mail`);
      return found;
    };
    Object.assign(eu, pick('EU', 2));
    Object.assign(us, pick('US', 1));
  }, 120_000);

  afterAll(async () => {
    await federation?.close();
  });

  it('ingests signals by contact id and by e-mail address, and answers mayContact from the newest', async () => {
    const [first] = eu.contacts;
    const result = await ingest(steward, {
      batchId: 'consent-1',
      source: 'consent-hub',
      signals: [
        signal({ signalId: 'sig-1', contactId: first.id, purpose: 'MARKETING', givenAt: '2026-03-01T09:00:00Z' }),
        signal({
          signalId: 'sig-2',
          contactEmail: first.email!.toUpperCase(),
          purpose: 'MARKETING',
          decision: 'WITHDRAWN',
          givenAt: '2026-04-01T09:00:00Z',
        }),
      ],
    });
    expect(result.body.errors).toBeUndefined();
    expect(result.body.data.ingestConsentSignals).toEqual({
      batchId: 'consent-1',
      replayed: false,
      accepted: 2,
      superseded: 0,
      duplicates: 0,
      rejected: 0,
      rejections: [],
    });

    const answer = await mayContact(collections, eu.id, 'EMAIL', 'MARKETING');
    expect(answer.body.errors).toBeUndefined();
    const permission = answer.body.data.mayContact;
    expect(permission.allowed).toBe(false);
    expect(permission.usableContacts).toEqual([]);
    expect(permission.contacts[0]).toMatchObject({
      contact: { id: first.id, email: first.email },
      allowed: false,
      basis: 'SIGNAL',
      decision: 'WITHDRAWN',
      signalId: 'sig-2',
      source: 'consent-hub',
      since: '2026-04-01T09:00:00.000Z',
      reason: 'Withdrawn for MARKETING by EMAIL at 2026-04-01T09:00:00.000Z (signal sig-2 from consent-hub)',
    });
    // The others never opted in: in the EU, marketing needs it.
    expect(permission.contacts[1]).toMatchObject({
      allowed: false,
      basis: 'RULE',
      legalBasis: expect.stringMatching(/opt-in/),
    });
    expect(permission.reason).toContain(`contact ${first.id}: Withdrawn for MARKETING`);
  });

  it('replays a batch id and ignores a signal id received before', async () => {
    const [first] = eu.contacts;
    const replay = await ingest(steward, {
      batchId: 'consent-1',
      source: 'consent-hub',
      signals: [
        signal({ signalId: 'sig-other', contactId: first.id, purpose: 'SERVICE', givenAt: '2026-05-01T00:00:00Z' }),
      ],
    });
    expect(replay.body.data.ingestConsentSignals).toMatchObject({ replayed: true, accepted: 2, rejected: 0 });

    const again = await ingest(steward, {
      batchId: 'consent-2',
      source: 'consent-hub',
      signals: [
        signal({ signalId: 'sig-1', contactId: first.id, purpose: 'MARKETING', givenAt: '2026-03-01T09:00:00Z' }),
      ],
    });
    expect(again.body.data.ingestConsentSignals).toMatchObject({ replayed: false, accepted: 0, duplicates: 1 });

    const signals = await history(steward, eu.id);
    expect(signals.body.data.consentSignals.map((row: { id: string }) => row.id)).toEqual(['sig-2', 'sig-1']);
  });

  it('keeps a signal given earlier but arriving late in the history, without changing the state', async () => {
    const [first] = eu.contacts;
    const late = await ingest(steward, {
      batchId: 'consent-3',
      source: 'consent-hub',
      signals: [
        signal({ signalId: 'sig-0', contactId: first.id, purpose: 'MARKETING', givenAt: '2026-03-15T09:00:00Z' }),
      ],
    });
    expect(late.body.data.ingestConsentSignals).toMatchObject({ accepted: 1, superseded: 1 });

    const answer = await mayContact(collections, eu.id, 'EMAIL', 'MARKETING');
    expect(answer.body.data.mayContact.contacts[0]).toMatchObject({ signalId: 'sig-2', allowed: false });

    const auditor = await as({ roles: ['auditor'], regions: [] });
    const signals = await history(auditor, eu.id);
    expect(signals.body.errors).toBeUndefined();
    expect(
      signals.body.data.consentSignals.map((row: { id: string; inForce: boolean }) => [row.id, row.inForce]),
    ).toEqual([
      ['sig-2', true],
      ['sig-0', false],
      ['sig-1', false],
    ]);
    // The auditor sees PII masked, in the history as on the customer.
    expect(signals.body.data.consentSignals[0].contact).toEqual({
      id: first.id,
      email: `XXXXX@${first.email!.split('@')[1]}`,
    });
    const page = await history(auditor, eu.id, { first: 1, after: 'sig-2' });
    expect(page.body.data.consentSignals.map((row: { id: string }) => row.id)).toEqual(['sig-0']);
  });

  it('allows dunning by the rule until every person withdraws, then says no with the signals', async () => {
    const before = await mayContact(collections, eu.id, 'EMAIL', 'DUNNING');
    expect(before.body.data.mayContact).toMatchObject({ allowed: true });
    expect(before.body.data.mayContact.usableContacts).toHaveLength(eu.contacts.length);
    expect(before.body.data.mayContact.contacts[0]).toMatchObject({
      basis: 'RULE',
      reachable: true,
      legalBasis: expect.stringContaining('Art. 6(1)(b)'),
      reason: expect.stringContaining('No signal for DUNNING by EMAIL; allowed without one'),
    });

    const withdrawn = await ingest(steward, {
      batchId: 'consent-4',
      source: 'consent-hub',
      signals: eu.contacts.map((contact, n) =>
        signal({
          signalId: `dun-${n}`,
          contactId: contact.id,
          purpose: 'DUNNING',
          decision: 'WITHDRAWN',
          givenAt: '2026-06-01T08:00:00Z',
        }),
      ),
    });
    expect(withdrawn.body.data.ingestConsentSignals).toMatchObject({ accepted: eu.contacts.length, rejected: 0 });

    const after = await mayContact(collections, eu.id, 'EMAIL', 'DUNNING');
    expect(after.body.data.mayContact).toMatchObject({ allowed: false, usableContacts: [] });
    expect(after.body.data.mayContact.reason).toContain('No contact may be contacted for DUNNING by EMAIL');
    expect(after.body.data.mayContact.reason).toContain('signal dun-0 from consent-hub');
    // Other channels keep their own state.
    const byPost = await mayContact(collections, eu.id, 'POST', 'DUNNING');
    expect(byPost.body.data.mayContact.contacts.every((row: { basis: string }) => row.basis === 'RULE')).toBe(true);
  });

  it('shows the people masked to whoever the policy masks them for, and never a value in a reason', async () => {
    const [first] = eu.contacts;
    const outOfRegion = await as({ roles: ['data_steward'], regions: ['US'] });
    const answer = await mayContact(outOfRegion, eu.id, 'EMAIL', 'DUNNING');
    expect(answer.body.errors).toBeUndefined();
    const shown = JSON.stringify(answer.body.data);
    for (const contact of eu.contacts)
      for (const value of [contact.name, contact.email, contact.phone].filter((v): v is string => Boolean(v)))
        expect([value, shown.includes(value)]).toEqual([value, false]);

    const auditor = await as({ roles: ['auditor'], regions: [] });
    const preferences = await graphql(federation.gateway.url, PREFERENCES, {
      token: auditor,
      variables: { id: eu.id },
    });
    expect(preferences.body.errors).toBeUndefined();
    const rows = preferences.body.data.customer.communicationPreferences;
    // Every person, for every purpose and channel.
    expect(rows).toHaveLength(eu.contacts.length * 3 * 4);
    const marketing = rows.find(
      (row: { contact: { id: string }; purpose: string; channel: string }) =>
        row.contact.id === first.id && row.purpose === 'MARKETING' && row.channel === 'EMAIL',
    );
    expect(marketing).toMatchObject({ allowed: false, basis: 'SIGNAL', signalId: 'sig-2' });
    expect(marketing.contact.email).toBe(`XXXXX@${first.email!.split('@')[1]}`);

    // In their own region, collections see the person as Customer.contacts shows them.
    const own = await mayContact(collections, eu.id, 'EMAIL', 'SERVICE');
    expect(own.body.data.mayContact.usableContacts[0]).toEqual({ id: first.id, email: first.email });
  });

  it('answers a lookup by e-mail the caller may not make as it answers an address on file nowhere', async () => {
    const [first] = eu.contacts;
    const service = await federation.token({
      sub: 'consent-call-centre',
      roles: ['customer_service'],
      regions: ['EU'],
    });
    const result = await ingest(service, {
      batchId: 'consent-5',
      source: 'call-centre',
      signals: [
        signal({
          signalId: 'cs-known',
          contactEmail: first.email,
          purpose: 'SERVICE',
          givenAt: '2026-07-01T00:00:00Z',
        }),
        signal({
          signalId: 'cs-unknown',
          contactEmail: 'nobody-here@example.invalid',
          purpose: 'SERVICE',
          givenAt: '2026-07-01T00:00:00Z',
        }),
        signal({ signalId: 'cs-by-id', contactId: first.id, purpose: 'SERVICE', givenAt: '2026-07-01T00:00:00Z' }),
      ],
    });
    expect(result.body.errors).toBeUndefined();
    const outcome = result.body.data.ingestConsentSignals;
    expect(outcome).toMatchObject({ accepted: 1, rejected: 2 });
    const [known, unknown] = outcome.rejections;
    expect(known).toEqual({
      signalId: 'cs-known',
      reasons: [`no contact of customer ${eu.id} has the e-mail address given`],
    });
    expect(unknown.reasons).toEqual(known.reasons);
    expect(JSON.stringify(result.body)).not.toContain(first.email);

    // A steward holds the lookup grant: the same address finds the person.
    const found = await ingest(steward, {
      batchId: 'consent-6',
      source: 'consent-hub',
      signals: [
        signal({
          signalId: 'st-known',
          contactEmail: first.email,
          purpose: 'SERVICE',
          givenAt: '2026-07-01T00:00:00Z',
        }),
      ],
    });
    expect(found.body.data.ingestConsentSignals).toMatchObject({ accepted: 1, rejected: 0 });

    // Both lookups are on the trail: the refused one as refused.
    const auditor = await as({ roles: ['auditor'], regions: [] });
    const lookupsOf = async (sub: string) => {
      const trail = await graphql(federation.gateway.url, LOOKUPS, { token: auditor, variables: { sub } });
      expect(trail.body.errors).toBeUndefined();
      return trail.body.data.auditEvents.edges.flatMap((edge: { node: { lookups: unknown[] } }) => edge.node.lookups);
    };
    expect(await lookupsOf('consent-call-centre')).toEqual([{ coordinate: 'Contact.email', outcome: 'REFUSED' }]);
    expect(await lookupsOf('consent-data_steward')).toContainEqual({ coordinate: 'Contact.email', outcome: 'ALLOWED' });
  });

  it('refuses bad input, roles without the grant, and customers outside the caller’s rows', async () => {
    const [first] = eu.contacts;
    const unknownPurpose = await mayContact(collections, eu.id, 'EMAIL', 'SURVEYS');
    expect(unknownPurpose.status).toBe(400);
    const badChannel = await mayContact(collections, eu.id, 'PIGEON', 'DUNNING');
    expect(badChannel.status).toBe(400);

    const future = await ingest(steward, {
      batchId: 'consent-bad',
      source: 'consent-hub',
      signals: [signal({ signalId: 'f-1', contactId: first.id, purpose: 'DUNNING', givenAt: '2099-01-01T00:00:00Z' })],
    });
    expect(codes(future)).toEqual(['BAD_USER_INPUT']);
    const badTime = await ingest(steward, {
      batchId: 'consent-bad',
      source: 'consent-hub',
      signals: [signal({ signalId: 'f-1', contactId: first.id, purpose: 'DUNNING', givenAt: 'yesterday' })],
    });
    expect(badTime.status).toBe(400);
    // Nothing of the refused batches was kept: its id is still free.
    const clean = await ingest(steward, {
      batchId: 'consent-bad',
      source: 'consent-hub',
      signals: [
        signal({ signalId: 'f-2', contactId: 'ct_nobody', purpose: 'DUNNING', givenAt: '2026-01-01T00:00:00Z' }),
        signal({
          signalId: 'f-3',
          customerId: 'cus_nobody',
          contactId: first.id,
          purpose: 'DUNNING',
          givenAt: '2026-01-01T00:00:00Z',
        }),
        signal({
          signalId: 'f-4',
          customerId: us.id,
          contactId: us.contacts[0].id,
          purpose: 'DUNNING',
          givenAt: '2026-01-01T00:00:00Z',
        }),
      ],
    });
    expect(clean.body.data.ingestConsentSignals).toMatchObject({
      replayed: false,
      accepted: 1,
      rejected: 2,
      rejections: [
        { signalId: 'f-2', reasons: [`customer ${eu.id} has no contact ct_nobody`] },
        { signalId: 'f-3', reasons: ['no customer cus_nobody'] },
      ],
    });

    // A collections agent of the EU may not see US customers: one answer for those and for none.
    expect(codes(await mayContact(collections, us.id, 'EMAIL', 'DUNNING'))).toEqual(['NOT_FOUND']);
    expect(codes(await mayContact(collections, 'cus_nobody', 'EMAIL', 'DUNNING'))).toEqual(['NOT_FOUND']);
    const euService = await as({ roles: ['customer_service'], regions: ['EU'] });
    const outside = await ingest(euService, {
      batchId: 'consent-7',
      source: 'call-centre',
      signals: [
        signal({
          signalId: 'o-1',
          customerId: us.id,
          contactId: us.contacts[0].id,
          purpose: 'DUNNING',
          givenAt: '2026-01-01T00:00:00Z',
        }),
        signal({
          signalId: 'o-2',
          customerId: 'cus_nobody',
          contactId: first.id,
          purpose: 'DUNNING',
          givenAt: '2026-01-01T00:00:00Z',
        }),
      ],
    });
    expect(outside.body.data.ingestConsentSignals.rejections).toEqual([
      { signalId: 'o-1', reasons: [`no customer ${us.id}`] },
      { signalId: 'o-2', reasons: ['no customer cus_nobody'] },
    ]);

    const analyst = await as({ roles: ['finance_analyst'], regions: ['EU'] });
    expect(codes(await mayContact(analyst, eu.id, 'EMAIL', 'DUNNING'))).toEqual(['FORBIDDEN']);
    expect(codes(await history(collections, eu.id))).toEqual(['FORBIDDEN']);
    expect(
      codes(
        await ingest(analyst, {
          batchId: 'consent-8',
          source: 'consent-hub',
          signals: [
            signal({ signalId: 'a-1', contactId: first.id, purpose: 'DUNNING', givenAt: '2026-01-01T00:00:00Z' }),
          ],
        }),
      ),
    ).toEqual(['FORBIDDEN']);
  });
});
