import type { Region } from '../lib/regions';

/**
 * When Custos' users may contact a customer's people, as data a data-protection officer reads and
 * signs off: per purpose of contact, what holds while the person has given no signal (a grant or a
 * withdrawal through the consent platform), and on which legal basis. A signal always decides over
 * the rule: a grant allows, a withdrawal (an objection, for a purpose that needs no consent) forbids.
 *
 * A purpose's rules are an ordered list: the first whose regions and channels both include the
 * contact's applies (a rule naming no regions or no channels includes every one); the last names
 * neither, so every contact anywhere is covered.
 */

/** The ways of reaching a person (the SDL's ContactChannel). */
export const CONTACT_CHANNELS = ['EMAIL', 'PHONE', 'SMS', 'POST'] as const;
export type ContactChannel = (typeof CONTACT_CHANNELS)[number];

/** Why a person is contacted (the SDL's ContactPurpose). */
export const CONTACT_PURPOSES = ['DUNNING', 'SERVICE', 'MARKETING'] as const;
export type ContactPurpose = (typeof CONTACT_PURPOSES)[number];

export interface ContactRule {
  regions?: readonly Region[];
  channels?: readonly ContactChannel[];
  /** Whether contact is allowed while the person has given no signal for the purpose and channel. */
  withoutSignal: 'ALLOWED' | 'NOT_ALLOWED';
  /** The legal basis, as a reviewer and a collections agent read it. */
  basis: string;
}

export interface PurposeRules {
  description: string;
  rules: readonly ContactRule[];
}

export interface ContactRules {
  version: string;
  approvedBy: string;
  approvedAt: string;
  /** A purpose without rules here may not be contacted for at all. */
  purposes: Readonly<Partial<Record<ContactPurpose, PurposeRules>>>;
}

/** Regions whose law makes electronic direct marketing opt-in (GDPR with ePrivacy, UK PECR, Swiss UCA, CASL, ...). */
const OPT_IN_MARKETING: readonly Region[] = ['EU', 'UK', 'CH', 'CA', 'BR', 'JP', 'CN', 'RU', 'SA', 'AU', 'IN', 'MX'];

export const CONTACT_RULES: ContactRules = {
  version: '2026-12-05.1',
  approvedBy: 'Data Protection Officer (initial rules)',
  approvedAt: '2026-12-05',
  purposes: {
    DUNNING: {
      description: 'Reminders and collection of overdue invoices',
      rules: [
        {
          withoutSignal: 'ALLOWED',
          basis:
            'Performance of the contract and legitimate interest in being paid (GDPR Art. 6(1)(b) and (f)); ends when the person objects',
        },
      ],
    },
    SERVICE: {
      description: "Messages about the customer's account, orders and the service it buys",
      rules: [
        {
          withoutSignal: 'ALLOWED',
          basis: 'Performance of the contract (GDPR Art. 6(1)(b)); ends when the person objects',
        },
      ],
    },
    MARKETING: {
      description: 'Offers, newsletters and invitations',
      rules: [
        {
          regions: OPT_IN_MARKETING,
          withoutSignal: 'NOT_ALLOWED',
          basis:
            'Direct marketing needs the person’s prior consent (GDPR Art. 6(1)(a) with ePrivacy Art. 13, PECR reg. 22, CASL and their peers): opt-in',
        },
        {
          regions: ['US'],
          channels: ['EMAIL', 'POST'],
          withoutSignal: 'ALLOWED',
          basis: 'Commercial e-mail and mail to business contacts may be sent until they opt out (CAN-SPAM Act)',
        },
        {
          withoutSignal: 'NOT_ALLOWED',
          basis:
            'Marketing calls and texts, and marketing where no rule of its own applies, need prior consent: opt-in',
        },
      ],
    },
  },
};

/** The purposes the rules say something about, in the SDL's order. */
export function contactPurposes(rules: ContactRules = CONTACT_RULES): ContactPurpose[] {
  return CONTACT_PURPOSES.filter((purpose) => rules.purposes[purpose] !== undefined);
}

/** The rule that decides for a contact of `region` reached by `channel` when no signal does; undefined for an unknown purpose. */
export function ruleFor(
  purpose: string,
  region: string,
  channel: ContactChannel,
  rules: ContactRules = CONTACT_RULES,
): ContactRule | undefined {
  const entry = Object.hasOwn(rules.purposes, purpose) ? rules.purposes[purpose as ContactPurpose] : undefined;
  return entry?.rules.find(
    (rule) =>
      (!rule.regions || rule.regions.some((named) => named === region)) &&
      (!rule.channels || rule.channels.includes(channel)),
  );
}
