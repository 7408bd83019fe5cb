import type { ContactChannel } from '../../../policies/contactRules';
import type { ContactDecision, DecidedSignal } from './contactDecision';

/**
 * Whether a customer may be contacted for a purpose through a channel, from the decision for each of
 * its people: yes when at least one person is allowed and reachable by the channel (an e-mail
 * address, a phone number, or for post the customer's billing address). The reason names contacts
 * by id only.
 */

export interface ContactMeans {
  id: string;
  email?: string | null;
  phone?: string | null;
}

export function reachableBy(contact: ContactMeans, channel: ContactChannel, hasPostalAddress: boolean): boolean {
  switch (channel) {
    case 'EMAIL':
      return Boolean(contact.email);
    case 'PHONE':
    case 'SMS':
      return Boolean(contact.phone);
    case 'POST':
      return hasPostalAddress;
  }
}

const MEANS: Record<ContactChannel, string> = {
  EMAIL: 'no e-mail address on file',
  PHONE: 'no phone number on file',
  SMS: 'no phone number on file',
  POST: 'the customer has no billing address on file',
};

export interface ContactAnswer<Contact extends ContactMeans, Signal extends DecidedSignal> {
  contact: Contact;
  decision: ContactDecision<Signal>;
  reachable: boolean;
}

export interface CustomerPermission {
  allowed: boolean;
  reason: string;
}

export function customerPermission<Contact extends ContactMeans, Signal extends DecidedSignal>(
  answers: readonly ContactAnswer<Contact, Signal>[],
  channel: ContactChannel,
  purpose: string,
): CustomerPermission {
  if (answers.length === 0) return { allowed: false, reason: 'The customer has no contact on file' };
  const usable = answers.filter((answer) => answer.decision.allowed && answer.reachable);
  if (usable.length > 0)
    return {
      allowed: true,
      reason: `${usable.length} of ${answers.length} contacts may be contacted for ${purpose} by ${channel}: ${usable
        .map((answer) => `contact ${answer.contact.id}: ${answer.decision.reason}`)
        .join('; ')}`,
    };
  return {
    allowed: false,
    reason: `No contact may be contacted for ${purpose} by ${channel}: ${answers
      .map(
        (answer) =>
          `contact ${answer.contact.id}: ${answer.decision.allowed ? MEANS[channel] : answer.decision.reason}`,
      )
      .join('; ')}`,
  };
}
