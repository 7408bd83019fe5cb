import { mayLookUp } from '../../../policies/decide';
import { isVisible } from '../../kit/rowScope';
import type { CustomerContext } from '../context';
import { ConsentBatchEntity } from '../entities/ConsentBatch';
import { ConsentSignalEntity, type ConsentSignal } from '../entities/ConsentSignal';
import { ContactEntity, type Contact } from '../entities/Contact';
import { CustomerEntity } from '../entities/Customer';
import type { ConsentIngestResult, ConsentSignalRejection } from '../generated/resolvers';
import type { IncomingConsentBatch, IncomingSignal } from './consentBatchInput';
import { signalInForce } from './signalInForce';

/**
 * Stores a checked batch of consent signals in one transaction: idempotent on the batch id (a replay
 * returns the first result) and on each signal's id (one received before is counted, not stored
 * again). A signal naming a customer the caller may not see, or a person not on file, is rejected
 * while the rest land; an e-mail address the caller may not find contacts by is answered exactly as
 * an address on file nowhere, so the answer says nothing of whether it exists.
 */

const EMAIL_COORDINATE = 'Contact.email';

/** Whether the caller may find contacts by e-mail address, decided before anything is read, and reported for the audit trail. */
function mayFindByEmail(context: CustomerContext, batch: IncomingConsentBatch): boolean {
  if (!batch.signals.some((signal) => 'email' in signal.contact)) return false;
  if (!context.config.governance) return true;
  const allowed = mayLookUp(context.plan, context.principal, EMAIL_COORDINATE);
  context.access.lookedUp(EMAIL_COORDINATE, allowed ? 'ALLOWED' : 'REFUSED');
  return allowed;
}

function contactOf(signal: IncomingSignal, contacts: readonly Contact[], byEmail: boolean): Contact | string {
  const reference = signal.contact;
  if ('contactId' in reference)
    return (
      contacts.find((contact) => contact.id === reference.contactId) ??
      `customer ${signal.customerId} has no contact ${reference.contactId}`
    );
  const found = byEmail ? contacts.find((contact) => contact.email?.toLowerCase() === reference.email) : undefined;
  return found ?? `no contact of customer ${signal.customerId} has the e-mail address given`;
}

const keyOf = (signal: Pick<ConsentSignal, 'contactId' | 'channel' | 'purpose'>) =>
  `${signal.contactId}|${signal.channel}|${signal.purpose}`;

export async function receiveConsentSignals(
  context: CustomerContext,
  batch: IncomingConsentBatch,
): Promise<ConsentIngestResult> {
  const byEmail = mayFindByEmail(context, batch);
  return context.em.transactional(async (tx) => {
    const previous = await tx.findOne(ConsentBatchEntity, { id: batch.batchId });
    if (previous) return { ...(previous.result as unknown as ConsentIngestResult), replayed: true };

    const customerIds = [...new Set(batch.signals.map((signal) => signal.customerId))];
    const customers = (await tx.find(CustomerEntity, { id: { $in: customerIds } })).filter((customer) =>
      isVisible(context, customer.region),
    );
    const visible = new Set(customers.map((customer) => customer.id));
    const [contacts, received, history] = await Promise.all([
      tx.find(ContactEntity, { customerId: { $in: [...visible] } }),
      tx.find(ConsentSignalEntity, { id: { $in: batch.signals.map((signal) => signal.id) } }),
      tx.find(ConsentSignalEntity, { customerId: { $in: [...visible] } }),
    ]);
    const receivedIds = new Set(received.map((signal) => signal.id));
    const byKey = new Map<string, ConsentSignal[]>();
    for (const signal of history) byKey.set(keyOf(signal), [...(byKey.get(keyOf(signal)) ?? []), signal]);

    const result: ConsentIngestResult = {
      batchId: batch.batchId,
      replayed: false,
      accepted: 0,
      superseded: 0,
      duplicates: 0,
      rejected: 0,
      rejections: [],
    };
    const reject = (rejection: ConsentSignalRejection) => {
      result.rejected += 1;
      result.rejections.push(rejection);
    };
    const now = new Date();
    for (const signal of batch.signals) {
      if (receivedIds.has(signal.id)) {
        result.duplicates += 1;
        continue;
      }
      if (!visible.has(signal.customerId)) {
        // One answer for a customer that does not exist and one outside the caller's rows.
        reject({ signalId: signal.id, reasons: [`no customer ${signal.customerId}`] });
        continue;
      }
      const contact = contactOf(
        signal,
        contacts.filter((candidate) => candidate.customerId === signal.customerId),
        byEmail,
      );
      if (typeof contact === 'string') {
        reject({ signalId: signal.id, reasons: [contact] });
        continue;
      }
      const stored = tx.create(ConsentSignalEntity, {
        id: signal.id,
        batchId: batch.batchId,
        customerId: signal.customerId,
        contactId: contact.id,
        channel: signal.channel,
        purpose: signal.purpose,
        decision: signal.decision,
        givenAt: signal.givenAt,
        source: batch.source,
        receivedAt: now,
        receivedBy: context.principal.sub,
      });
      const key = keyOf(stored);
      const siblings = [...(byKey.get(key) ?? []), stored];
      byKey.set(key, siblings);
      result.accepted += 1;
      if (signalInForce(siblings) !== stored) result.superseded += 1;
    }
    tx.create(ConsentBatchEntity, {
      id: batch.batchId,
      source: batch.source,
      receivedAt: now,
      receivedBy: context.principal.sub,
      result: result as unknown as Record<string, unknown>,
    });
    await tx.flush();
    return result;
  });
}
