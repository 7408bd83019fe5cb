import { addDays, lastDayOfMonth, monthOf, addMonths, today } from '../../../../lib/calendar';
import { generateDemoBook } from '../../../../lib/demo/book';
import { createLogger } from '../../../../lib/logger';
import { SUBGRAPHS } from '../../../../subgraphs';
import { ContractEntity, type Contract } from '../../../../subgraphs/contract/entities/Contract';
import { ContractRevenueEntity } from '../../../../subgraphs/contract/entities/ContractRevenue';
import { InvoiceEntity } from '../../../../subgraphs/contract/entities/Invoice';
import { ObligationRevisionEntity } from '../../../../subgraphs/contract/entities/ObligationRevision';
import { ProgressRecordEntity } from '../../../../subgraphs/contract/entities/ProgressRecord';
import { createContractLoaders } from '../../../../subgraphs/contract/loaders';
import { keepRevenueSummaries } from '../../../../subgraphs/contract/revenue/keepRevenueSummaries';
import { loadRevenueData } from '../../../../subgraphs/contract/revenue/contractTerms';
import { recognises } from '../../../../subgraphs/contract/revenue/customerRevenue';
import { readContractsOnDays, type ContractOnDays } from '../../../../subgraphs/contract/revenue/revenueRows';
import {
  contractRevenueLoader,
  isKeptDay,
  NO_REVENUE,
  revenueKey,
  type ContractRevenueFigures,
} from '../../../../subgraphs/contract/revenue/revenueSnapshots';
import { revenueSummary } from '../../../../subgraphs/contract/revrec/revenueSchedule';
import type { ContractShared } from '../../../../subgraphs/contract/shared';
import type { Database } from '../../../../subgraphs/kit/database';
import { seedIfEmpty } from '../../../../subgraphs/kit/seed';
import { openSubgraphDatabase } from '../../../../subgraphs/kit/subgraph';
import { createTestDatabase, type TestDatabase } from '../../../support/federation';

/**
 * Stored revenue summaries (revenue/revenueSnapshots.ts) against the schedule computed afresh: the
 * same figures for every demo contract, kept only for the days worth keeping, and never served
 * stale, whoever writes the rows revenue comes from: the ORM, a native statement, an operator's
 * SQL, a transaction that rolls back. On SQLite and, in CI, on PostgreSQL.
 */

const log = createLogger('test', 'silent');
let database: TestDatabase;
let db: Database;
let contractIds: string[];

const TODAY = today();
const PAST_MONTH_END = lastDayOfMonth(monthOf(addMonths(TODAY, -2)));

/** What revenue is by the schedule, computed from the rows as stored now, as before summaries were kept. */
async function scheduled(contractId: string, asOf: string): Promise<ContractRevenueFigures> {
  const loaders = createContractLoaders(db.fork(), {} as ContractShared);
  const data = await loadRevenueData(loaders, contractId, asOf);
  return data.terms.length === 0
    ? { hasObligations: false, summary: NO_REVENUE }
    : { hasObligations: true, summary: revenueSummary(data.terms, data.billings, asOf) };
}

/** Through a new request's loader, as Customer.revenue reads them. */
async function kept(ids: string[], asOf: string): Promise<ContractRevenueFigures[]> {
  const loader = contractRevenueLoader(db.fork());
  return Promise.all(ids.map((id) => loader.load(revenueKey(id, asOf))));
}

const storedRows = (asOf?: string) => db.fork().count(ContractRevenueEntity, asOf ? { asOf } : {});
const versionOf = async (contractId: string) =>
  (await db.fork().findOneOrFail(ContractEntity, contractId, { disableIdentityMap: true })).revenueVersion;

beforeAll(async () => {
  database = await createTestDatabase({ SEED_CUSTOMERS: '40' });
  db = await openSubgraphDatabase(SUBGRAPHS.contract, database.config, log);
  await seedIfEmpty(db, SUBGRAPHS.contract, () => [generateDemoBook(database.config.seed)], database.config);
  contractIds = (await db.fork().find(ContractEntity, {}, { orderBy: { id: 'asc' } })).map((c) => c.id);
});

afterAll(async () => {
  await db?.close();
  await database?.drop();
});

describe('which days are kept', () => {
  it('keeps today and past month ends, nothing else', () => {
    expect(isKeptDay('2026-12-05', '2026-12-05')).toBe(true);
    expect(isKeptDay('2026-11-30', '2026-12-05')).toBe(true);
    expect(isKeptDay('2024-02-29', '2026-12-05')).toBe(true);
    expect(isKeptDay('2026-12-04', '2026-12-05')).toBe(false);
    expect(isKeptDay('2026-12-31', '2026-12-05')).toBe(false);
    expect(isKeptDay('2027-01-15', '2026-12-05')).toBe(false);
  });
});

describe('kept summaries equal the schedule', () => {
  it.each([
    ['today', TODAY],
    ['a past month end', PAST_MONTH_END],
  ])('for every demo contract, computed then read back (%s)', async (_day, asOf) => {
    expect(contractIds.length).toBeGreaterThan(40);
    const expected = await Promise.all(contractIds.map((id) => scheduled(id, asOf)));
    expect(expected.some((figures) => figures.summary.recognizedToDateMinor > 0)).toBe(true);
    expect(await kept(contractIds, asOf)).toEqual(expected);
    expect(await storedRows(asOf)).toBe(contractIds.length);
    expect(await kept(contractIds, asOf)).toEqual(expected);
  });

  it('computes other days each time and keeps none of them', async () => {
    const midMonth = addDays(PAST_MONTH_END, -10);
    const future = addMonths(TODAY, 3);
    for (const asOf of [midMonth, future]) {
      const ids = contractIds.slice(0, 10);
      expect(await kept(ids, asOf)).toEqual(await Promise.all(ids.map((id) => scheduled(id, asOf))));
      expect(await storedRows(asOf)).toBe(0);
    }
  });

  it('drops an earlier day kept for that day only, and keeps month ends', async () => {
    const [contractId] = contractIds;
    const yesterday = addDays(TODAY, -1);
    const em = db.fork();
    const [today_] = await em.find(ContractRevenueEntity, { contractId, asOf: TODAY });
    if (yesterday !== lastDayOfMonth(monthOf(yesterday)))
      await em.insert(ContractRevenueEntity, { ...today_, asOf: yesterday, monthEnd: false });
    // A new version makes today's row stale, so the next read stores again, and prunes.
    await db.fork().nativeUpdate(ObligationRevisionEntity, { contractId }, { allocatedMinor: 1 });
    await kept([contractId], TODAY);
    expect(await db.fork().count(ContractRevenueEntity, { contractId, asOf: yesterday })).toBe(0);
    expect(await db.fork().count(ContractRevenueEntity, { contractId, asOf: PAST_MONTH_END })).toBe(1);
  });
});

describe('a write to a row revenue comes from is never served stale', () => {
  /** A contract that recognises revenue and has at least one invoice. */
  let contractId: string;
  beforeAll(async () => {
    const all = await kept(contractIds, TODAY);
    const invoiced = await db.fork().find(InvoiceEntity, { status: { $ne: 'VOID' } }, { orderBy: { id: 'asc' } });
    contractId = contractIds.find(
      (id, i) => i > 0 && all[i].summary.recognizedToDateMinor > 0 && invoiced.some((inv) => inv.contractId === id),
    ) as string;
    expect(contractId).toBeDefined();
  });

  async function expectRecomputed(write: () => Promise<unknown>) {
    const [before] = await kept([contractId], TODAY);
    const version = await versionOf(contractId);
    await write();
    expect(await versionOf(contractId)).toBeGreaterThan(version);
    const [after] = await kept([contractId], TODAY);
    expect(after).toEqual(await scheduled(contractId, TODAY));
    expect(after).not.toEqual(before);
    // And the new figures are what is kept now.
    expect(await kept([contractId], TODAY)).toEqual([after]);
  }

  it('an invoice inserted through the ORM', async () => {
    await expectRecomputed(async () => {
      const em = db.fork();
      const [invoice] = await em.find(InvoiceEntity, { contractId }, { orderBy: { id: 'asc' }, limit: 1 });
      em.create(InvoiceEntity, {
        ...invoice,
        id: `${contractId}_extra`,
        number: `EXTRA-${contractId}`,
        billingEntryId: null,
        issueDate: addDays(TODAY, -3),
        amountMinor: 123_456,
      });
      await em.flush();
    });
  });

  it('an invoice voided by a native update', async () => {
    await expectRecomputed(() =>
      db.fork().nativeUpdate(InvoiceEntity, { id: `${contractId}_extra` }, { status: 'VOID' }),
    );
  });

  it("an operator's SQL changing an allocation", async () => {
    await expectRecomputed(() =>
      db
        .fork()
        .getConnection()
        .execute('update obligation_revision set allocated_minor = allocated_minor + 7777 where contract_id = ?', [
          contractId,
        ]),
    );
  });

  it('an invoice deleted through the ORM', async () => {
    await expectRecomputed(async () => {
      const em = db.fork();
      const [first] = await em.find(InvoiceEntity, { contractId, status: { $ne: 'VOID' } }, { orderBy: { id: 'asc' } });
      em.remove(first);
      await em.flush();
    });
  });

  it('a contract whose rows are broken fails alone, and is kept by nobody', async () => {
    const broken = contractIds[0];
    await db.fork().nativeDelete(ObligationRevisionEntity, { contractId: broken });
    const loader = contractRevenueLoader(db.fork());
    const [brokenFigures, other] = await Promise.allSettled([
      loader.load(revenueKey(broken, TODAY)),
      loader.load(revenueKey(contractId, TODAY)),
    ]);
    expect(brokenFigures.status).toBe('rejected');
    expect(other).toEqual({ status: 'fulfilled', value: await scheduled(contractId, TODAY) });
    const current = await versionOf(broken);
    expect(await db.fork().count(ContractRevenueEntity, { contractId: broken, revenueVersion: current })).toBe(0);
  });

  it("a customer's revenue rows fail alone when one of its contracts is broken", async () => {
    const contracts = await db.fork().find(ContractEntity, {}, { orderBy: { id: 'asc' } });
    const brokenCustomer = contracts[0].customerId;
    const other = contracts.find((c) => c.customerId !== brokenCustomer && recognises(c)) as Contract;
    const days = [PAST_MONTH_END, TODAY];
    const read = await readContractsOnDays(db.fork(), [brokenCustomer, other.customerId], days);
    expect(read.get(brokenCustomer)).toBeInstanceOf(Error);
    const rows = read.get(other.customerId);
    expect(rows).not.toBeInstanceOf(Error);
    const recognising = contracts.filter((c) => c.customerId === other.customerId && recognises(c));
    expect(recognising.length).toBeGreaterThan(0);
    expect(rows).toHaveLength(recognising.length);
    for (const asOf of days)
      expect((rows as ContractOnDays[]).map((row) => row.figures.get(asOf))).toEqual(
        await Promise.all(recognising.map((c) => scheduled(c.id, asOf))),
      );
  });

  it('progress recorded on the contract moves its version too', async () => {
    const version = await versionOf(contractId);
    const em = db.fork();
    const [revision] = await em.find(ObligationRevisionEntity, { contractId });
    em.create(ProgressRecordEntity, {
      id: `pm_${contractId}`,
      obligationId: revision.obligationId,
      contractId,
      asOf: TODAY,
      completedUnits: '1',
      totalUnits: '2',
      recordedBy: 'test',
      recordedAt: new Date(),
    });
    await em.flush();
    expect(await versionOf(contractId)).toBeGreaterThan(version);
    expect(await kept([contractId], TODAY)).toEqual([await scheduled(contractId, TODAY)]);
  });

  it('answers when keeping a summary fails', async () => {
    if (db.engine !== 'sqlite') return; // the refusing trigger below is SQLite's syntax
    const connection = db.fork().getConnection();
    await db.fork().nativeUpdate(InvoiceEntity, { contractId }, { amountMinor: 2 });
    await connection.execute(
      "create trigger refuse_keeping before insert on contract_revenue begin select raise(abort, 'disk full'); end",
    );
    try {
      expect(await kept([contractId], TODAY)).toEqual([await scheduled(contractId, TODAY)]);
    } finally {
      await connection.execute('drop trigger refuse_keeping');
    }
  });

  it('a transaction that rolls back leaves nothing kept of what it wrote', async () => {
    const [before] = await kept([contractId], TODAY);
    const rows = await storedRows();
    await expect(
      db.fork().transactional(async (tx) => {
        await tx.nativeUpdate(InvoiceEntity, { contractId }, { amountMinor: 1 });
        const loader = contractRevenueLoader(tx);
        const [inside] = await Promise.all([loader.load(revenueKey(contractId, TODAY))]);
        expect(inside).not.toEqual(before);
        throw new Error('rolled back');
      }),
    ).rejects.toThrow('rolled back');
    expect(await kept([contractId], TODAY)).toEqual([before]);
    expect(await kept([contractId], TODAY)).toEqual([await scheduled(contractId, TODAY)]);
    expect(await storedRows()).toBe(rows);
  });
});

describe("keeping the day's summaries ahead of the reads", () => {
  it('keeps every contract a page at a time, counts the broken one, and leaves current ones alone', async () => {
    await db.fork().nativeDelete(ContractRevenueEntity, { asOf: TODAY });
    const passes = [];
    let after: string | null = null;
    for (;;) {
      const pass = await keepRevenueSummaries(db.fork(), after, 7);
      passes.push(pass);
      if (pass.done) break;
      after = pass.endCursor;
    }
    expect(passes.reduce((sum, pass) => sum + pass.contracts, 0)).toBe(contractIds.length);
    expect(passes.slice(0, -1).every((pass) => pass.contracts === 7)).toBe(true);
    // contractIds[0] lost its obligation revisions above: it cannot be computed, and nothing is kept of it.
    expect(passes.reduce((sum, pass) => sum + pass.failed, 0)).toBe(1);
    expect(await storedRows(TODAY)).toBe(contractIds.length - 1);
    const healthy = contractIds.slice(1);
    const stored = await db.fork().find(ContractRevenueEntity, { asOf: TODAY }, { orderBy: { contractId: 'asc' } });
    expect(await kept(healthy, TODAY)).toEqual(await Promise.all(healthy.map((id) => scheduled(id, TODAY))));
    await keepRevenueSummaries(db.fork(), null, 2000);
    const again = await db.fork().find(ContractRevenueEntity, { asOf: TODAY }, { orderBy: { contractId: 'asc' } });
    expect(again.map((row) => [row.contractId, row.revenueVersion])).toEqual(
      stored.map((row) => [row.contractId, row.revenueVersion]),
    );
  });

  it('answers an empty last page after the last contract', async () => {
    const last = contractIds.at(-1) as string;
    expect(await keepRevenueSummaries(db.fork(), last, 10)).toEqual({
      contracts: 0,
      failed: 0,
      endCursor: last,
      done: true,
    });
  });
});
