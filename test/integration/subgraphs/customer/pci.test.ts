import { randomBytes } from 'node:crypto';
import { Writable } from 'node:stream';
import pino from 'pino';
import { startGateway } from '../../../../gateway/server';
import type { SubgraphName } from '../../../../lib/config';
import { deriveDevelopmentKeyRing, keyIdOf, parseKeyRing, type KeyRing } from '../../../../lib/crypto';
import { generateDemoBook } from '../../../../lib/demo/book';
import { mintDevToken } from '../../../../lib/tokens/clientToken';
import type { Principal } from '../../../../lib/principal';
import { SUBGRAPHS } from '../../../../subgraphs';
import { demoInstruments } from '../../../../lib/demo/instruments';
import { rotateBankAccounts } from '../../../../subgraphs/customer/pci/rotateBankAccounts';
import { protectPaymentCard, revealIban } from '../../../../subgraphs/customer/pci/storage';
import { startSubgraph, type RunningSubgraph } from '../../../../subgraphs/kit/subgraph';
import {
  createTestDatabase,
  graphql,
  startTestFederation,
  type GraphQLResponse,
  type TestFederation,
} from '../../../support/federation';

/**
 * Bank accounts and payment cards end to end: added and read through the gateway under the
 * policy, found by IBAN, never stored, logged or echoed in clear, and re-encrypted by key rotation.
 */

const IBAN = 'DE89 3704 0044 0532 0130 00';
const IBAN_NORMALISED = 'DE89370400440532013000';
const IBAN_MASKED = 'XXXXXXXXXXXXXXXXXX3000';
const PAN = '4111 1111 1111 1111';
const PAN_DIGITS = '4111111111111111';
const NEXT_YEAR = new Date().getUTCFullYear() + 1;

const ADD_BANK_ACCOUNT = `mutation Add($customerId: ID!, $input: BankAccountInput!, $reason: String!) {
  addBankAccount(customerId: $customerId, input: $input, reason: $reason) { id iban bic accountHolder currency }
}`;
const ADD_CARD = `mutation Add($customerId: ID!, $input: PaymentCardInput!) {
  addPaymentCard(customerId: $customerId, input: $input) { id token brand lastFour expiryMonth expiryYear }
}`;
const INSTRUMENTS = `query Instruments($id: ID!) {
  customer(id: $id) { id bankAccounts { id iban bic accountHolder currency } paymentCards { id token brand lastFour expiryMonth expiryYear } }
}`;
const BY_IBAN = 'query ByIban($iban: String!) { customerByIban(iban: $iban) { id } }';

/** Every way a leaked IBAN or card number could be written. */
const SECRETS = [IBAN, IBAN_NORMALISED, IBAN_NORMALISED.slice(4), PAN, PAN_DIGITS, PAN_DIGITS.slice(0, 12)];

function expectNoSecrets(label: string, text: string): void {
  expect([label, SECRETS.filter((secret) => text.includes(secret))]).toEqual([label, []]);
}

function codes(response: GraphQLResponse): (string | undefined)[] {
  return (response.body.errors ?? []).map((e) => e.extensions?.code);
}

async function rawRows(federation: TestFederation, table: string): Promise<Record<string, unknown>[]> {
  return federation.subgraphs.customer.database.fork().getConnection().execute(`select * from ${table} order by id`);
}

describe('PCI data through the gateway', () => {
  let federation: TestFederation;
  let admin: string;
  let as: (principal: Partial<Principal>) => Promise<string>;
  const customers = { eu: '', us: '' };
  let added: { bankAccountId: string; cardId: string; token: string };
  const dev = deriveDevelopmentKeyRing().active;
  /** The development key, which the seed used, and a new active one. */
  const rotated: KeyRing = parseKeyRing(
    `${dev.id}:${dev.key.toString('base64')},rot-2:${randomBytes(32).toString('base64')}`,
  );

  beforeAll(async () => {
    federation = await startTestFederation();
    admin = await federation.token({ roles: ['admin'], regions: [] });
    as = (principal) => federation.token({ sub: `pci-${principal.roles?.join('-')}`, ...principal });
    const first = async (country: string) => {
      const { body } = await graphql(
        federation.gateway.url,
        `{ customers(first: 1, filter: { country: "${country}" }) { edges { node { id } } } }`,
        { token: admin },
      );
      return body.data.customers.edges[0].node.id as string;
    };
    customers.eu = await first('DE');
    customers.us = await first('US');
  });

  afterAll(async () => {
    await federation?.close();
  });

  it('adds a bank account and a card, answering with what the policy lets even admin see', async () => {
    const account = await graphql(federation.gateway.url, ADD_BANK_ACCOUNT, {
      token: admin,
      variables: {
        customerId: customers.eu,
        input: { iban: IBAN, bic: 'cobadeffxxx', accountHolder: 'Acme GmbH', currency: 'eur' },
        reason: 'Direct debit mandate signed',
      },
    });
    expect(account.body.errors).toBeUndefined();
    expect(account.body.data.addBankAccount).toEqual({
      id: expect.stringMatching(/^bank_/),
      iban: IBAN_MASKED,
      bic: 'COBADEFFXXX',
      accountHolder: 'Acme GmbH',
      currency: 'EUR',
    });

    const card = await graphql(federation.gateway.url, ADD_CARD, {
      token: admin,
      variables: { customerId: customers.eu, input: { number: PAN, expiryMonth: 3, expiryYear: NEXT_YEAR } },
    });
    expect(card.body.errors).toBeUndefined();
    // The last four may be shown (PCI DSS); the stored expiry is card data, nulled for every masked reader.
    expect(card.body.data.addPaymentCard).toEqual({
      id: expect.stringMatching(/^card_/),
      token: expect.stringMatching(/^tok_[0-9a-f]{32}$/),
      brand: 'VISA',
      lastFour: PAN.slice(-4),
      expiryMonth: null,
      expiryYear: null,
    });
    added = {
      bankAccountId: account.body.data.addBankAccount.id,
      cardId: card.body.data.addPaymentCard.id,
      token: card.body.data.addPaymentCard.token,
    };
  });

  it('reads them back masked for admin, billing_ops and customer_service in region, and not at all for finance', async () => {
    const read = async (principal: Partial<Principal>) =>
      graphql(federation.gateway.url, INSTRUMENTS, { token: await as(principal), variables: { id: customers.eu } });
    for (const principal of [
      { roles: ['admin'] },
      { roles: ['billing_ops'], regions: ['EU'] },
      { roles: ['customer_service'], regions: ['EU'] },
    ] as Partial<Principal>[]) {
      const { body } = await read(principal);
      expect([principal.roles, body.errors]).toEqual([principal.roles, undefined]);
      expect(body.data.customer.bankAccounts).toContainEqual({
        id: added.bankAccountId,
        iban: IBAN_MASKED,
        bic: 'COBADEFFXXX',
        accountHolder: 'Acme GmbH',
        currency: 'EUR',
      });
      expect(body.data.customer.paymentCards).toContainEqual({
        id: added.cardId,
        token: added.token,
        brand: 'VISA',
        lastFour: PAN.slice(-4),
        expiryMonth: null,
        expiryYear: null,
      });
    }

    const finance = await read({ roles: ['finance_analyst'], regions: ['EU'] });
    const account = finance.body.data.customer.bankAccounts.find((a: { id: string }) => a.id === added.bankAccountId);
    expect(account).toEqual({
      id: added.bankAccountId,
      iban: null,
      bic: 'COBADEFFXXX',
      accountHolder: 'Acme GmbH',
      currency: 'EUR',
    });
    expect(finance.body.data.customer.paymentCards.every((c: { expiryMonth: unknown }) => c.expiryMonth === null)).toBe(
      true,
    );
    const denied = (finance.body.errors ?? [])
      .filter((e) => e.extensions?.code === 'FORBIDDEN')
      .map((e) => (e.path ?? []).filter((p) => typeof p === 'string').join('.'));
    expect(denied).toEqual(expect.arrayContaining(['customer.bankAccounts.iban', 'customer.paymentCards.expiryMonth']));

    const outOfRegion = await read({ roles: ['billing_ops'], regions: ['US'] });
    expect(outOfRegion.body.data?.customer ?? null).toBeNull();
    expect(codes(outOfRegion)).toContain('FORBIDDEN');
  });

  it('finds the customer by IBAN however it is written, within the caller’s row scope', async () => {
    for (const written of [IBAN, IBAN_NORMALISED.toLowerCase()]) {
      const { body } = await graphql(federation.gateway.url, BY_IBAN, { token: admin, variables: { iban: written } });
      expect(body.data.customerByIban).toEqual({ id: customers.eu });
    }
    const unknown = await graphql(federation.gateway.url, BY_IBAN, {
      token: admin,
      variables: { iban: 'GB29 NWBK 6016 1331 9268 19' },
    });
    expect(unknown.body).toEqual({ data: { customerByIban: null } });

    // Outside the caller's rows the IBAN's owner is answered exactly as an IBAN nobody holds: the
    // answer must not say whether it is on file elsewhere.
    const usBilling = await as({ roles: ['billing_ops'], regions: ['US'] });
    const outOfScope = await graphql(federation.gateway.url, BY_IBAN, { token: usBilling, variables: { iban: IBAN } });
    const nobodys = await graphql(federation.gateway.url, BY_IBAN, {
      token: usBilling,
      variables: { iban: 'GB29 NWBK 6016 1331 9268 19' },
    });
    expect(outOfScope.body).toEqual({ data: { customerByIban: null } });
    expect(nobodys.body).toEqual(outOfScope.body);

    // Finding by IBAN is reading it: a role that sees IBANs masked and holds no lookup grant is
    // refused before anything is looked up, the same for an IBAN on file and one that is not.
    for (const roles of [['data_steward'], ['customer_service'], ['bi_reader']] as const) {
      const caller = await as({ roles: [...roles], regions: ['EU'] });
      const held = await graphql(federation.gateway.url, BY_IBAN, { token: caller, variables: { iban: IBAN } });
      const free = await graphql(federation.gateway.url, BY_IBAN, {
        token: caller,
        variables: { iban: 'GB29 NWBK 6016 1331 9268 19' },
      });
      expect([roles[0], codes(held)]).toEqual([roles[0], ['FORBIDDEN']]);
      expect(held.body).toEqual(free.body);
    }

    const invalid = await graphql(federation.gateway.url, BY_IBAN, {
      token: admin,
      variables: { iban: 'DE88 3704 0044 0532 0130 00' },
    });
    expect(codes(invalid)).toEqual(['BAD_USER_INPUT']);
    expect(JSON.stringify(invalid.body)).not.toContain('3704');
  });

  it('lets only the roles the policy names add instruments, and only to customers in their regions', async () => {
    const bank = (token: string, customerId: string) =>
      graphql(federation.gateway.url, ADD_BANK_ACCOUNT, {
        token,
        variables: { customerId, input: { iban: 'GB29 NWBK 6016 1331 9268 19' }, reason: 'test' },
      });
    const card = (token: string, customerId: string) =>
      graphql(federation.gateway.url, ADD_CARD, {
        token,
        variables: { customerId, input: { number: '5555 5555 5555 4444', expiryMonth: 1, expiryYear: NEXT_YEAR } },
      });

    expect(codes(await bank(await as({ roles: ['finance_analyst'], regions: ['EU'] }), customers.eu))).toEqual([
      'FORBIDDEN',
    ]);
    expect(codes(await card(await as({ roles: ['collections'], regions: ['EU'] }), customers.eu))).toEqual([
      'FORBIDDEN',
    ]);
    const billing = await as({ roles: ['billing_ops'], regions: ['EU'] });
    expect(codes(await bank(billing, customers.us))).toEqual(['FORBIDDEN']);
    const allowed = await card(billing, customers.eu);
    expect(allowed.body.errors).toBeUndefined();
    expect(allowed.body.data.addPaymentCard).toMatchObject({ brand: 'MASTERCARD', lastFour: '4444' });
  });

  it('refuses bad input with BAD_USER_INPUT or NOT_FOUND, never repeating the IBAN or the card number', async () => {
    const cases: [string, string, Record<string, unknown>, string][] = [
      [
        'invalid IBAN',
        ADD_BANK_ACCOUNT,
        { customerId: customers.eu, input: { iban: 'DE88 3704 0044 0532 0130 00' }, reason: 'test' },
        'BAD_USER_INPUT',
      ],
      [
        'IBAN on file',
        ADD_BANK_ACCOUNT,
        { customerId: customers.us, input: { iban: IBAN }, reason: 'test' },
        'BAD_USER_INPUT',
      ],
      [
        'unknown customer (IBAN)',
        ADD_BANK_ACCOUNT,
        { customerId: 'cus_999999', input: { iban: IBAN }, reason: 'test' },
        'NOT_FOUND',
      ],
      [
        'PAN failing Luhn',
        ADD_CARD,
        { customerId: customers.eu, input: { number: '4111 1111 1111 1112', expiryMonth: 3, expiryYear: NEXT_YEAR } },
        'BAD_USER_INPUT',
      ],
      [
        'expired card',
        ADD_CARD,
        { customerId: customers.eu, input: { number: PAN, expiryMonth: 1, expiryYear: NEXT_YEAR - 2 } },
        'BAD_USER_INPUT',
      ],
      [
        'card on file',
        ADD_CARD,
        { customerId: customers.eu, input: { number: PAN_DIGITS, expiryMonth: 3, expiryYear: NEXT_YEAR } },
        'BAD_USER_INPUT',
      ],
      [
        'unknown customer (card)',
        ADD_CARD,
        { customerId: 'cus_999999', input: { number: PAN, expiryMonth: 3, expiryYear: NEXT_YEAR } },
        'NOT_FOUND',
      ],
    ];
    for (const [label, query, variables, code] of cases) {
      const response = await graphql(federation.gateway.url, query, { token: admin, variables });
      expect([label, codes(response)]).toEqual([label, [code]]);
      expectNoSecrets(label, JSON.stringify(response.body));
      expect(JSON.stringify(response.body)).not.toContain('1112');
    }
  });

  it('writes an added bank account to the audit change log with its reason, naming no IBAN', async () => {
    const changes = (await rawRows(federation, 'change_outbox')).filter((row) => row.field === 'bankAccounts');
    expect(changes).toEqual([
      expect.objectContaining({
        customer_id: customers.eu,
        new_value: JSON.stringify(added.bankAccountId),
        reason: 'Direct debit mandate signed',
      }),
    ]);
  });

  it('stores no IBAN and no card number, only ciphertexts that decrypt to the seeded IBANs and tokens of the seeded cards', async () => {
    const [accounts, cards, outbox] = await Promise.all(
      ['bank_account', 'payment_card', 'change_outbox'].map((table) => rawRows(federation, table)),
    );
    const dump = JSON.stringify([accounts, cards, outbox]);
    expectNoSecrets('database', dump);

    const demo = demoInstruments(generateDemoBook(federation.config.seed));
    expect(demo.bankAccounts.length).toBeGreaterThan(10);
    for (const seeded of [...demo.bankAccounts.map((a) => a.iban), ...demo.paymentCards.map((c) => c.pan)])
      expect(dump).not.toContain(seeded);

    const keys = federation.config.pci;
    const byId = new Map(accounts.map((row) => [row.id as string, row]));
    for (const account of demo.bankAccounts) {
      const row = byId.get(account.id)!;
      expect(revealIban({ id: account.id, ibanCiphertext: row.iban_ciphertext as string }, keys)).toBe(account.iban);
      expect(row.iban_last_four).toBe(account.iban.slice(-4));
    }
    const tokens = new Set(cards.map((row) => row.token));
    for (const card of demo.paymentCards)
      expect(tokens).toContain(protectPaymentCard({ ...card, createdAt: new Date() }, keys).token);
  });

  it('rotates the master key batch by batch, resumably, leaving every IBAN readable under the new key only', async () => {
    const database = federation.subgraphs.customer.database;
    const ring = rotated;
    const ibansBefore = new Map(
      (await rawRows(federation, 'bank_account')).map((row) => [
        row.id as string,
        revealIban({ id: row.id as string, ibanCiphertext: row.iban_ciphertext as string }, federation.config.pci),
      ]),
    );
    const underNewKey = async () =>
      (await rawRows(federation, 'bank_account')).filter((row) => keyIdOf(row.iban_ciphertext as string) === 'rot-2')
        .length;

    // A run that dies after its first batch has committed that batch and nothing more.
    await expect(
      rotateBankAccounts(database, ring, {
        batchSize: 10,
        onBatch: () => {
          throw new Error('killed');
        },
      }),
    ).rejects.toThrow('killed');
    expect(await underNewKey()).toBe(10);

    // Running again finishes the job; a third run has nothing left to do.
    const batches: number[] = [];
    const resumed = await rotateBankAccounts(database, ring, {
      batchSize: 10,
      onBatch: (progress) => batches.push(progress.scanned),
    });
    expect(resumed).toEqual({ scanned: ibansBefore.size, rotated: ibansBefore.size - 10 });
    expect(batches.length).toBe(Math.ceil(ibansBefore.size / 10));
    expect(await rotateBankAccounts(database, ring)).toEqual({ scanned: ibansBefore.size, rotated: 0 });

    const onlyNew: KeyRing = { active: ring.active, byId: new Map([[ring.active.id, ring.active]]) };
    const rows = await rawRows(federation, 'bank_account');
    for (const row of rows) {
      const account = { id: row.id as string, ibanCiphertext: row.iban_ciphertext as string };
      expect(keyIdOf(account.ibanCiphertext)).toBe('rot-2');
      expect(revealIban(account, { ...federation.config.pci, masterKeys: onlyNew })).toBe(ibansBefore.get(account.id));
    }
  });

  it('stops rotation at a row that does not decrypt, naming the row and nothing of its IBAN', async () => {
    const em = federation.subgraphs.customer.database.fork();
    const [first, second] = (await rawRows(federation, 'bank_account')) as { id: string; iban_ciphertext: string }[];
    // A ciphertext copied to another row fails authentication there: its context names the row.
    await em
      .getConnection()
      .execute('update bank_account set iban_ciphertext = ? where id = ?', [first.iban_ciphertext, second.id]);
    const next = parseKeyRing(
      `rot-2:${rotated.active.key.toString('base64')},rot-3:${randomBytes(32).toString('base64')}`,
    );
    const message = await rotateBankAccounts(federation.subgraphs.customer.database, next).then(
      () => 'no error',
      (error: Error) => error.message,
    );
    expect(message).toBe(
      `bank account ${second.id} could not be re-encrypted: ciphertext failed authentication (wrong context, wrong key or tampered)`,
    );
    // The failing batch (every row: there are fewer than 200) was rolled back whole.
    expect(
      new Set((await rawRows(federation, 'bank_account')).map((row) => keyIdOf(row.iban_ciphertext as string))),
    ).toEqual(new Set(['rot-2']));
  });
});

describe('what Custos logs while handling bank accounts and cards', () => {
  /** The kit takes a logger per service; startEmbedded makes its own, so this starts the federation by hand. */
  let logs = '';
  let gatewayUrl = '';
  let token = '';
  let customerSubgraph: RunningSubgraph;
  let close: () => Promise<void> = async () => undefined;

  beforeAll(async () => {
    const testDatabase = await createTestDatabase({ SEED_CUSTOMERS: '20', LOG_LEVEL: 'debug' });
    const { config } = testDatabase;
    const sink = new Writable({
      write(chunk, _encoding, done) {
        logs += String(chunk);
        done();
      },
    });
    const logger = (service: string) => pino({ level: 'debug', base: { service } }, sink);
    const book = generateDemoBook(config.seed);
    const urls: Partial<Record<SubgraphName, string>> = {};
    const started: RunningSubgraph[] = [];
    for (const name of Object.keys(SUBGRAPHS) as SubgraphName[]) {
      const subgraph = await startSubgraph(SUBGRAPHS[name], {
        config,
        port: 0,
        log: logger(`subgraph-${name}`),
        demoBook: () => [book],
        peerUrls: urls,
      });
      started.push(subgraph);
      urls[name] = subgraph.url;
      if (name === 'customer') customerSubgraph = subgraph;
    }
    const gateway = await startGateway({ config, port: 0, subgraphUrls: urls, log: logger('gateway') });
    gatewayUrl = gateway.url;
    token = await mintDevToken(
      config.auth,
      { sub: 'log-test', roles: ['admin'], regions: ['EU'] },
      { expiresIn: '10m' },
    );
    close = async () => {
      await gateway.close();
      for (const subgraph of started.reverse()) await subgraph.close();
      await testDatabase.drop();
    };
  });

  afterAll(async () => {
    await close();
  });

  it('contains no IBAN and no card number at debug level, for good input and bad', async () => {
    const { body } = await graphql(
      gatewayUrl,
      '{ customers(first: 1, filter: { country: "DE" }) { edges { node { id } } } }',
      { token },
    );
    const customerId = body.data.customers.edges[0].node.id;
    const requests: [string, Record<string, unknown>][] = [
      [ADD_BANK_ACCOUNT, { customerId, input: { iban: IBAN }, reason: 'Direct debit mandate signed' }],
      [ADD_BANK_ACCOUNT, { customerId, input: { iban: IBAN }, reason: 'again' }],
      [ADD_BANK_ACCOUNT, { customerId, input: { iban: 'DE88 3704 0044 0532 0130 00' }, reason: 'test' }],
      [ADD_BANK_ACCOUNT, { customerId: 'cus_999999', input: { iban: IBAN }, reason: 'test' }],
      [ADD_CARD, { customerId, input: { number: PAN, expiryMonth: 3, expiryYear: NEXT_YEAR } }],
      [ADD_CARD, { customerId, input: { number: PAN, expiryMonth: 3, expiryYear: NEXT_YEAR } }],
      [ADD_CARD, { customerId, input: { number: '4111 1111 1111 1112', expiryMonth: 3, expiryYear: NEXT_YEAR } }],
      [ADD_CARD, { customerId, input: { number: PAN, expiryMonth: 1, expiryYear: NEXT_YEAR - 2 } }],
      [BY_IBAN, { iban: IBAN }],
      [INSTRUMENTS, { id: customerId }],
    ];
    for (const [query, variables] of requests) {
      const response = await graphql(gatewayUrl, query, { token, variables });
      expectNoSecrets(query.slice(0, 40), JSON.stringify(response.body));
    }
    // Let the change relay deliver the bank account change to the audit log, and log that it did.
    await customerSubgraph.settled();
    // The capture works: every operation and every HTTP exchange was logged.
    expect(logs.match(/"msg":"operation"/g)?.length).toBeGreaterThanOrEqual(requests.length);
    expect(logs).toContain('"msg":"http"');
    expectNoSecrets('logs', logs);
  });
});
