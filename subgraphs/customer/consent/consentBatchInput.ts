import { badUserInput } from '../../../lib/errors';
import { requiredText } from '../../../lib/textInput';
import {
  contactPurposes,
  type ContactChannel,
  type ContactPurpose,
  type ContactRules,
} from '../../../policies/contactRules';
import type { ConsentDecision } from './signalInForce';

/**
 * A batch of consent signals as the consent platform sends it, checked before anything is read: a
 * malformed signal refuses the whole batch (BAD_USER_INPUT naming it), as ingestSourceRecords does
 * with a malformed record, since the sender has to fix and resend it. Whether a well-formed signal
 * names a person on file is decided later, per signal.
 */

export const MAX_SIGNALS_PER_BATCH = 1000;
/** How far the platform's clock may run ahead of ours before a time counts as in the future. */
const CLOCK_SKEW_MS = 5 * 60 * 1000;
const MAX_EMAIL_LENGTH = 254;

export type ContactReference = { contactId: string } | { email: string };

export interface IncomingSignal {
  id: string;
  customerId: string;
  contact: ContactReference;
  channel: ContactChannel;
  purpose: ContactPurpose;
  decision: ConsentDecision;
  givenAt: Date;
}

export interface IncomingConsentBatch {
  batchId: string;
  source: string;
  signals: IncomingSignal[];
}

/** The GraphQL input, with the enums and DateTime scalar already read. */
export interface ConsentBatchArgument {
  batchId: string;
  source: string;
  signals: readonly {
    signalId: string;
    customerId: string;
    contactId?: string | null;
    contactEmail?: string | null;
    channel: ContactChannel;
    purpose: ContactPurpose;
    decision: ConsentDecision;
    givenAt: Date;
  }[];
}

function contactReference(
  signalId: string,
  contactId: string | null | undefined,
  email: string | null | undefined,
): ContactReference {
  const id = contactId?.trim() ?? '';
  const address = email?.trim() ?? '';
  if ((id === '') === (address === ''))
    throw badUserInput(`signal ${signalId}: name the contact by contactId or by contactEmail, one of them`, 'batch');
  if (id !== '') {
    if (id.length > 64) throw badUserInput(`signal ${signalId}: contactId must be at most 64 characters`, 'batch');
    return { contactId: id };
  }
  // The address is not quoted back: it is personal data, and errors travel to logs.
  if (address.length > MAX_EMAIL_LENGTH || !/^[^\s@]+@[^\s@]+$/.test(address))
    throw badUserInput(`signal ${signalId}: contactEmail is not an e-mail address`, 'batch');
  return { email: address.toLowerCase() };
}

export function parseConsentBatch(input: ConsentBatchArgument, now: Date, rules: ContactRules): IncomingConsentBatch {
  const batchId = requiredText(input.batchId, 'batchId', 128);
  const source = requiredText(input.source, 'source', 64);
  if (input.signals.length === 0 || input.signals.length > MAX_SIGNALS_PER_BATCH)
    throw badUserInput(`a batch holds 1 to ${MAX_SIGNALS_PER_BATCH} signals`, 'batch');
  const purposes = contactPurposes(rules);
  const seen = new Set<string>();
  const signals = input.signals.map((signal): IncomingSignal => {
    const id = signal.signalId.trim();
    if (id === '' || id.length > 128)
      throw badUserInput('every signal needs a signalId of 1 to 128 characters', 'batch');
    if (seen.has(id)) throw badUserInput(`signal ${id} appears twice in the batch`, 'batch');
    seen.add(id);
    const customerId = signal.customerId.trim();
    if (customerId === '' || customerId.length > 40)
      throw badUserInput(`signal ${id}: customerId must be 1 to 40 characters`, 'batch');
    if (!purposes.includes(signal.purpose))
      throw badUserInput(`signal ${id}: purpose must be one of ${purposes.join(', ')}`, 'batch');
    if (signal.givenAt.getTime() > now.getTime() + CLOCK_SKEW_MS)
      throw badUserInput(`signal ${id}: givenAt lies in the future`, 'batch');
    return {
      id,
      customerId,
      contact: contactReference(id, signal.contactId, signal.contactEmail),
      channel: signal.channel,
      purpose: signal.purpose,
      decision: signal.decision,
      givenAt: signal.givenAt,
    };
  });
  return { batchId, source, signals };
}
