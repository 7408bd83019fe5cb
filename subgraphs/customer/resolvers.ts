import { randomUUID } from 'node:crypto';
import { UniqueConstraintViolationException, type FilterQuery } from '@mikro-orm/core';
import type { SqlEntityManager } from '@mikro-orm/knex';
import { canonicalJson } from '../../lib/canonicalJson';
import { badUserInput, notFound } from '../../lib/errors';
import { encodeCursor, pageRequest } from '../../lib/pagination';
import { paymentDueDays } from '../../lib/paymentTerms';
import { isRegion } from '../../lib/regions';
import type { CustomerContext } from './context';
import { moneyField } from '../kit/moneyResolvers';
import { assertVisible, isVisible, visibleRegions } from '../kit/rowScope';
import { changeCustomer } from './changeCustomer';
import { routeLimitChange } from './credit/creditLimitChanges';
import { BankAccountEntity } from './entities/BankAccount';
import { ChangeOutboxEntity } from './entities/ChangeOutbox';
import { CustomerEntity, type Customer } from './entities/Customer';
import { PaymentCardEntity } from './entities/PaymentCard';
import { sensitiveFieldsOnFile } from './sensitiveFieldsOnFile';
import { toCustomerPatch } from './input';
import type { CustomerFilter, InputMaybe, Resolvers } from './generated/resolvers';
import { toBankAccountFields, toIban, toPaymentCardFields } from './pci/input';
import { requiredReason } from '../../lib/textInput';
import { governedValueCopy } from '../kit/copies';
import { assertMayLookUp } from '../kit/lookups';
import { payloadAttributes } from './ingestion/payloadAttributes';
import { nameSearchNeedles } from './matching/names/searchText';
import { nameSearchCondition } from './nameSearchCondition';
import { ibanIndexOf, protectBankAccount, protectPaymentCard, revealIban } from './pci/storage';

const CURSOR_TAG = 'customer';

function customerWhere(em: SqlEntityManager, filter: InputMaybe<CustomerFilter> | undefined): FilterQuery<Customer> {
  const where: Record<string, unknown> = {};
  if (!filter) return where;
  if (filter.country != null) {
    if (!/^[A-Za-z]{2}$/.test(filter.country))
      throw badUserInput('filter.country must be an ISO 3166-1 alpha-2 code', 'filter');
    where.country = filter.country.toUpperCase();
  }
  if (filter.region != null && isRegion(filter.region)) where.region = filter.region;
  if (filter.status != null) where.status = filter.status;
  if (filter.segment != null) where.segment = filter.segment;
  if (filter.nameContains != null) {
    const needle = filter.nameContains.trim();
    if (needle.length < 2 || needle.length > 100)
      throw badUserInput('filter.nameContains must be 2 to 100 characters', 'filter');
    // SQLite and PostgreSQL escape LIKE wildcards differently; refusing them keeps the match literal.
    if (/[%_\\]/.test(needle)) throw badUserInput('filter.nameContains may not contain %, _ or \\', 'filter');
    const needles = nameSearchNeedles(needle);
    if (needles.length === 0) throw badUserInput('filter.nameContains must hold a letter or a digit', 'filter');
    // Folded on both sides (matching/names/searchText.ts): every script's case and accents, on either database.
    return { $and: [where, nameSearchCondition(em, needles)] } as FilterQuery<Customer>;
  }
  return where as FilterQuery<Customer>;
}

/** The customer a bank account or card is added to: it must exist and be within the caller's row scope. */
async function customerToAddTo(em: SqlEntityManager, context: CustomerContext, id: string): Promise<Customer> {
  const customer = await em.findOne(CustomerEntity, { id });
  if (!customer) throw notFound(`no customer with id ${id}`);
  assertVisible(context, customer.region, `Customer ${id}`);
  return customer;
}

/** A unique index refusing the row means the instrument is on file already; anything else is unexpected. */
function alreadyOnFile(error: unknown, message: string, field: string): unknown {
  return error instanceof UniqueConstraintViolationException ? badUserInput(message, field) : error;
}

export const customerResolvers: Resolvers = {
  Query: {
    customer: async (_root, args, context) => {
      const customer = await context.loaders.customer.load(args.id);
      if (customer) assertVisible(context, customer.region, `Customer ${args.id}`);
      return customer ?? null;
    },

    customers: async (_root, args, context) => {
      const { em, config } = context;
      const page = pageRequest(CURSOR_TAG, args, config.maxPageSize);
      const scope = visibleRegions(context);
      // Built once per query: MikroORM's raw SQL fragments (the lower() keys) are single-use.
      const filtered = () => {
        // Merged customers live on in their survivor; lists show only the survivors.
        const where = { $and: [customerWhere(em, args.filter), { mergedInto: null }] };
        return scope === 'ALL' ? where : { $and: [where, { region: { $in: [...scope] } }] };
      };
      const pageWhere = page.afterKey ? { $and: [filtered(), { id: { $gt: page.afterKey } }] } : filtered();
      const rows = await em.find(CustomerEntity, pageWhere as FilterQuery<Customer>, {
        orderBy: { id: 'asc' },
        limit: page.limit + 1,
      });
      const nodes = rows.slice(0, page.limit);
      const edges = nodes.map((node) => ({ cursor: encodeCursor(CURSOR_TAG, node.id), node }));
      return {
        edges,
        // Counting reads every matching customer: at a million, far more than the page itself.
        countAll: () => em.count(CustomerEntity, filtered()),
        pageInfo: { hasNextPage: rows.length > page.limit, endCursor: edges.at(-1)?.cursor ?? null },
      };
    },

    customerJurisdictions: async (_root, args, { em }) => {
      if (args.ids.length > 500) throw badUserInput('at most 500 ids at a time', 'ids');
      // The customers asked about and those merged into them, in one statement.
      const rows = await em.find(
        CustomerEntity,
        { $or: [{ id: { $in: args.ids } }, { mergedInto: { $in: args.ids } }] },
        {
          fields: [
            'id',
            'region',
            'mergedInto',
            'paymentTermsCode',
            'creditHold',
            'creditLimitMinor',
            'creditLimitCurrency',
            'country',
            'billingAddress',
          ],
          orderBy: { id: 'asc' },
        },
      );
      const asked = new Set(args.ids);
      return rows
        .filter((row) => asked.has(row.id))
        .map((customer) => ({
          ...customer,
          mergedCustomerIds: rows.filter((row) => row.mergedInto === customer.id).map((row) => row.id),
        }));
    },

    customerByIban: async (_root, args, context) => {
      assertMayLookUp(context, 'BankAccount.iban');
      const iban = toIban(args.iban, 'iban');
      // An exact match on the blind index: nothing is decrypted and no row is scanned.
      const account = await context.em.findOne(BankAccountEntity, { ibanIndex: ibanIndexOf(iban, context.config.pci) });
      const customer = account ? await context.loaders.customer.load(account.customerId) : undefined;
      // A customer outside the caller's rows is answered as no customer: asking by IBAN must not
      // reveal whether the IBAN is on file elsewhere.
      return customer && isVisible(context, customer.region) ? customer : null;
    },
  },

  Mutation: {
    updateCustomer: async (_root, args, { em, principal }) => {
      const reason = requiredReason(args.reason);
      const patch = toCustomerPatch(args.input);
      return em.transactional(async (tx) => {
        const customer = await tx.findOne(CustomerEntity, { id: args.id });
        if (!customer) throw notFound(`no customer with id ${args.id}`);
        const { creditLimit, ...others } = patch;
        // A raise too large for one person waits for a second (pendingCreditLimitChange); the rest applies.
        const route =
          creditLimit &&
          (await routeLimitChange(tx, customer, creditLimit, {
            origin: 'STEWARD',
            requestedBy: principal.sub,
            reason,
          }));
        await changeCustomer(tx, customer, route === 'AWAIT_APPROVAL' ? others : patch, {
          actor: principal.sub,
          reason,
        });
        return customer;
      });
    },

    addBankAccount: async (_root, args, context) => {
      const reason = requiredReason(args.reason);
      const fields = toBankAccountFields(args.input);
      const at = new Date();
      try {
        return await context.em.transactional(async (tx) => {
          const customer = await customerToAddTo(tx, context, args.customerId);
          const account = protectBankAccount(
            { id: `bank_${randomUUID()}`, customerId: customer.id, ...fields, createdAt: at },
            context.config.pci,
          );
          tx.create(BankAccountEntity, account);
          // The change log names the new account, never its IBAN.
          tx.create(ChangeOutboxEntity, {
            id: `chg_${randomUUID()}`,
            customerId: customer.id,
            field: 'bankAccounts',
            oldValue: null,
            newValue: canonicalJson(account.id),
            actor: context.principal.sub,
            at,
            reason,
          });
          return { ...account, region: customer.region };
        });
      } catch (error) {
        throw alreadyOnFile(error, 'this IBAN is already on file', 'iban');
      }
    },

    addPaymentCard: async (_root, args, context) => {
      const fields = toPaymentCardFields(args.input, new Date());
      try {
        return await context.em.transactional(async (tx) => {
          const customer = await customerToAddTo(tx, context, args.customerId);
          const card = protectPaymentCard(
            { id: `card_${randomUUID()}`, customerId: customer.id, ...fields, createdAt: new Date() },
            context.config.pci,
          );
          tx.create(PaymentCardEntity, card);
          return { ...card, region: customer.region };
        });
      } catch (error) {
        throw alreadyOnFile(error, 'this card is already on file for this customer', 'number');
      }
    },
  },

  CustomerConnection: {
    totalCount: (connection) => connection.countAll(),
  },

  Customer: {
    // Another subgraph pointing at a customer outside the caller's row scope gets no customer; one
    // pointing at a merged customer gets the survivor, so downstream references follow the merge.
    __resolveReference: async (reference, context) => {
      const found = await context.loaders.customer.load(reference.id);
      const customer = found?.mergedInto ? await context.loaders.customer.load(found.mergedInto) : found;
      return customer && isVisible(context, customer.region) ? customer : null;
    },
    taxIds: (customer, _args, { loaders }) => loaders.taxIds.load(customer.id),
    // Contacts belong to the customer's jurisdiction; masking reads it from the contact.
    contacts: async (customer, _args, { loaders }) =>
      (await loaders.contacts.load(customer.id)).map((contact) => ({ ...contact, region: customer.region })),
    // Bank accounts and cards belong to the customer's jurisdiction too.
    bankAccounts: async (customer, _args, { loaders }) =>
      (await loaders.bankAccounts.load(customer.id)).map((account) => ({ ...account, region: customer.region })),
    paymentCards: async (customer, _args, { loaders }) =>
      (await loaders.paymentCards.load(customer.id)).map((card) => ({ ...card, region: customer.region })),
    // Source records belong to the customer's jurisdiction: their payloads are governed by it.
    sourceRecords: async (customer, _args, { loaders }) =>
      (await loaders.sourceRecords.load(customer.id)).map((record) => ({ ...record, region: customer.region })),
    parent: async (customer, _args, context) => {
      const link = (await context.loaders.hierarchyLinks.load(customer.id)).find((l) => l.childId === customer.id);
      const parent = link ? await context.loaders.customer.load(link.parentId) : undefined;
      return parent && isVisible(context, parent.region) ? parent : null;
    },
    children: async (customer, _args, context) => {
      const links = (await context.loaders.hierarchyLinks.load(customer.id)).filter((l) => l.parentId === customer.id);
      const children = await context.loaders.customer.loadMany(links.map((link) => link.childId));
      return children.filter(
        (child): child is Customer =>
          child !== undefined && !(child instanceof Error) && isVisible(context, child.region),
      );
    },
    sensitiveFieldsOnFile: async (customer, _args, { loaders }) => {
      const [taxIds, contacts] = await Promise.all([
        loaders.taxIds.load(customer.id),
        loaders.contacts.load(customer.id),
      ]);
      return sensitiveFieldsOnFile({ ...customer, taxIdCount: taxIds.length, contactCount: contacts.length });
    },
    paymentTerms: (customer) =>
      customer.paymentTermsCode
        ? { code: customer.paymentTermsCode, dueDays: paymentDueDays(customer.paymentTermsCode) ?? 0 }
        : null,
    creditLimit: moneyField('creditLimitMinor', 'creditLimitCurrency'),
  },

  CustomerJurisdiction: {
    creditHold: (customer) => Boolean(customer.creditHold),
    creditLimit: moneyField('creditLimitMinor', 'creditLimitCurrency'),
    billingCountry: (customer) => customer.billingAddress?.country ?? customer.country,
    billingSubdivision: (customer) => customer.billingAddress?.region ?? null,
  },

  SourceRecord: {
    // The record as the source sent it, each key governed as the customer attribute it holds.
    payload: (record, _args, context, info) =>
      JSON.stringify(
        governedValueCopy(context, info, payloadAttributes(context.plan, record.sourceSystem), record.payload, {
          typeName: 'SourceRecord',
          object: record,
          region: record.region,
          via: 'SourceRecord.payload',
        }),
      ),
  },

  BankAccount: {
    // Decrypted for the reader; the masking middleware then shows what the policy allows. A denied
    // reader is refused before this runs, so nothing is decrypted for them.
    iban: (account, _args, context) => revealIban(account, context.config.pci),
  },
};
