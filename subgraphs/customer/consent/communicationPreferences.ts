import {
  CONTACT_CHANNELS,
  contactPurposes,
  type ContactChannel,
  type ContactPurpose,
  type ContactRules,
} from '../../../policies/contactRules';
import type { ConsentSignal } from '../entities/ConsentSignal';
import type { Contact } from '../entities/Contact';
import type { Customer } from '../entities/Customer';
import type { ResolversParentTypes } from '../generated/resolvers';
import { decideContact } from './contactDecision';
import { customerPermission, reachableBy } from './customerPermission';

/**
 * A customer's communication preferences as the API shows them: for each person, purpose and
 * channel, the decision (consent/contactDecision.ts) with the signal or rule behind it. The person
 * travels with the customer's region, so the policy masks their name, address and number as it
 * masks Customer.contacts.
 */

type CommunicationPreference = ResolversParentTypes['CommunicationPreference'];
type ContactPermission = ResolversParentTypes['ContactPermission'];

export interface ConsentFacts {
  customer: Pick<Customer, 'id' | 'region' | 'billingAddress'>;
  contacts: readonly Contact[];
  signals: readonly ConsentSignal[];
}

function preference(
  facts: ConsentFacts,
  contact: Contact,
  purpose: ContactPurpose,
  channel: ContactChannel,
  rules: ContactRules,
): CommunicationPreference {
  const { customer } = facts;
  const decision = decideContact(
    {
      purpose,
      channel,
      region: customer.region,
      signals: facts.signals.filter(
        (signal) => signal.contactId === contact.id && signal.purpose === purpose && signal.channel === channel,
      ),
    },
    rules,
  );
  return {
    contact: { ...contact, region: customer.region },
    channel,
    purpose,
    allowed: decision.allowed,
    basis: decision.basis,
    decision: decision.signal?.decision ?? null,
    since: decision.signal?.givenAt ?? null,
    signalId: decision.signal?.id ?? null,
    source: decision.signal?.source ?? null,
    legalBasis: decision.rule?.basis ?? null,
    reachable: reachableBy(contact, channel, customer.billingAddress != null),
    reason: decision.reason,
  };
}

/** Every person's state for every purpose and channel, person by person. */
export function communicationPreferences(facts: ConsentFacts, rules: ContactRules): CommunicationPreference[] {
  return facts.contacts.flatMap((contact) =>
    contactPurposes(rules).flatMap((purpose) =>
      CONTACT_CHANNELS.map((channel) => preference(facts, contact, purpose, channel, rules)),
    ),
  );
}

/** The answer to mayContact: the customer's, and each person's. */
export function contactPermission(
  facts: ConsentFacts,
  channel: ContactChannel,
  purpose: ContactPurpose,
  rules: ContactRules,
): ContactPermission {
  const contacts = facts.contacts.map((contact) => preference(facts, contact, purpose, channel, rules));
  const { allowed, reason } = customerPermission(
    contacts.map((answer) => ({
      contact: answer.contact,
      reachable: answer.reachable,
      decision: { allowed: answer.allowed, reason: answer.reason, basis: answer.basis },
    })),
    channel,
    purpose,
  );
  return {
    customerId: facts.customer.id,
    channel,
    purpose,
    allowed,
    reason,
    usableContacts: contacts.filter((answer) => answer.allowed && answer.reachable).map((answer) => answer.contact),
    contacts,
  };
}
