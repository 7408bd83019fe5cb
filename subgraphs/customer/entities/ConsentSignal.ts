import { defineEntity, type InferEntity } from '@mikro-orm/core';
import { instant, reference, rowId, status, unkeyedReference } from '../../kit/entityProperties';
import type { ContactChannel, ContactPurpose } from '../../../policies/contactRules';
import type { ConsentDecision } from '../consent/signalInForce';
import { CustomerEntity } from './Customer';

/**
 * A person's grant or withdrawal of consent to be contacted for a purpose through a channel, as the
 * consent platform sent it. Kept whatever its age: the newest given decides (consent/signalInForce.ts),
 * the rest is the history. It names the contact by id only; an e-mail address a signal named the
 * contact by is used to find it and not kept.
 */
export const ConsentSignalEntity = defineEntity({
  name: 'ConsentSignal',
  tableName: 'consent_signal',
  properties: (p) => ({
    /** The consent platform's id of the signal: a signal sent again is recognised by it. */
    id: rowId(128),
    batchId: p.string().length(128),
    customerId: reference(CustomerEntity, 'customer_id', 'cascade'),
    /** No foreign key: the history outlives a contact removed from the master data. */
    contactId: unkeyedReference(),
    channel: status<ContactChannel>(),
    /** A purpose of policies/contactRules.ts, e.g. DUNNING. */
    purpose: p.string().length(32).$type<ContactPurpose>(),
    decision: status<ConsentDecision>(),
    /** When the person gave it: what newest-wins compares. */
    givenAt: instant(),
    /** The platform that captured it, e.g. onetrust. */
    source: p.string().length(64),
    receivedAt: instant(),
    receivedBy: p.string(),
  }),
  indexes: [{ properties: ['customerId', 'givenAt'] }, { properties: 'batchId' }],
});

export type ConsentSignal = InferEntity<typeof ConsentSignalEntity>;
