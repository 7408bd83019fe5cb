import { UniqueConstraintViolationException } from '@mikro-orm/core';
import DataLoader from 'dataloader';
import { badUserInput, notFound } from '../../../lib/errors';
import { pageSize } from '../../../lib/pagination';
import { CONTACT_RULES, contactPurposes } from '../../../policies/contactRules';
import { isVisible } from '../../kit/rowScope';
import type { CustomerContext } from '../context';
import { ConsentSignalEntity, type ConsentSignal } from '../entities/ConsentSignal';
import type { Customer } from '../entities/Customer';
import type { Resolvers } from '../generated/resolvers';
import { communicationPreferences, contactPermission } from './communicationPreferences';
import { parseConsentBatch } from './consentBatchInput';
import { receiveConsentSignals } from './receiveConsentSignals';
import { signalInForce } from './signalInForce';

/** Consent signals in, and what they allow out: communication preferences, mayContact, the history. */

/** Each request's loader of consent signals by customer, so a page of customers reads them in one statement. */
const signalLoaders = new WeakMap<object, DataLoader<string, ConsentSignal[]>>();

function signalsOf(context: CustomerContext, customerId: string): Promise<ConsentSignal[]> {
  let loader = signalLoaders.get(context.loaders);
  if (!loader) {
    loader = new DataLoader(async (ids) => {
      const rows = await context.em.find(ConsentSignalEntity, { customerId: { $in: [...ids] } });
      return ids.map((id) => rows.filter((row) => row.customerId === id));
    });
    signalLoaders.set(context.loaders, loader);
  }
  return loader.load(customerId);
}

/** The customer asked about; one answer for one that does not exist and one outside the caller's rows. */
async function visibleCustomer(context: CustomerContext, id: string): Promise<Customer> {
  const customer = await context.loaders.customer.load(id);
  if (!customer || !isVisible(context, customer.region)) throw notFound(`no customer with id ${id}`);
  return customer;
}

async function consentFacts(context: CustomerContext, customer: Customer) {
  const [contacts, signals] = await Promise.all([
    context.loaders.contacts.load(customer.id),
    signalsOf(context, customer.id),
  ]);
  return { customer, contacts, signals };
}

const keyOf = (signal: ConsentSignal) => `${signal.contactId}|${signal.channel}|${signal.purpose}`;

/** Newest given first, then by id: the order of the history and of its pages. */
function newestFirst(a: ConsentSignal, b: ConsentSignal): number {
  return b.givenAt.getTime() - a.givenAt.getTime() || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

export const consentResolvers: Resolvers = {
  Query: {
    mayContact: async (_root, args, context) => {
      if (!contactPurposes(CONTACT_RULES).includes(args.purpose))
        throw badUserInput(`purpose must be one of ${contactPurposes(CONTACT_RULES).join(', ')}`, 'purpose');
      const customer = await visibleCustomer(context, args.customerId);
      return contactPermission(await consentFacts(context, customer), args.channel, args.purpose, CONTACT_RULES);
    },

    consentSignals: async (_root, args, context) => {
      const limit = pageSize(args.first, context.config.maxPageSize, 50);
      const customer = await visibleCustomer(context, args.customerId);
      // A customer's history is a few signals per person: read whole, it tells which one is in force.
      const { contacts, signals } = await consentFacts(context, customer);
      const groups = new Map<string, ConsentSignal[]>();
      for (const signal of signals) groups.set(keyOf(signal), [...(groups.get(keyOf(signal)) ?? []), signal]);
      const inForce = new Set([...groups.values()].map((group) => signalInForce(group)?.id));
      const ordered = [...signals].sort(newestFirst);
      const start = args.after == null ? 0 : ordered.findIndex((signal) => signal.id === args.after) + 1;
      if (start === 0 && args.after != null)
        throw badUserInput(`no consent signal ${args.after} of this customer to continue after`, 'after');
      return ordered.slice(start, start + limit).map((signal) => {
        const contact = contacts.find((candidate) => candidate.id === signal.contactId);
        return {
          ...signal,
          contact: contact ? { ...contact, region: customer.region } : null,
          inForce: inForce.has(signal.id),
        };
      });
    },
  },

  Mutation: {
    ingestConsentSignals: async (_root, args, context) => {
      const batch = parseConsentBatch(args.batch, new Date(), CONTACT_RULES);
      try {
        return await receiveConsentSignals(context, batch);
      } catch (error) {
        // The same batch or signal stored by a concurrent request in between: the replay answers.
        if (!(error instanceof UniqueConstraintViolationException)) throw error;
        return receiveConsentSignals(context, batch);
      }
    },
  },

  Customer: {
    communicationPreferences: async (customer, _args, context) =>
      communicationPreferences(await consentFacts(context, customer), CONTACT_RULES),
  },
};
