import { ruleFor, type ContactChannel, type ContactRule, type ContactRules } from '../../../policies/contactRules';
import { signalInForce, type SignalFacts } from './signalInForce';

/**
 * Whether one person may be contacted for a purpose through a channel: the signal in force decides
 * (newest wins), else the contact rule of the purpose for the customer's region and the channel.
 * The reason names the signal or the rule, never a contact's name, address or number.
 */

export interface DecidedSignal extends SignalFacts {
  source: string;
}

export interface ContactDecision<Signal extends DecidedSignal = DecidedSignal> {
  allowed: boolean;
  /** SIGNAL when the person's own signal decided, RULE when the purpose's rule did. */
  basis: 'SIGNAL' | 'RULE';
  signal?: Signal;
  rule?: ContactRule;
  reason: string;
}

export interface ContactQuestion<Signal extends DecidedSignal> {
  purpose: string;
  channel: ContactChannel;
  /** The customer's region, which picks the rule. */
  region: string;
  /** The person's signals for this purpose and channel, in any order. */
  signals: readonly Signal[];
}

export function decideContact<Signal extends DecidedSignal>(
  question: ContactQuestion<Signal>,
  rules: ContactRules,
): ContactDecision<Signal> {
  const { purpose, channel, region } = question;
  const signal = signalInForce(question.signals);
  if (signal) {
    const allowed = signal.decision === 'GRANTED';
    return {
      allowed,
      basis: 'SIGNAL',
      signal,
      reason: `${allowed ? 'Granted' : 'Withdrawn'} for ${purpose} by ${channel} at ${signal.givenAt.toISOString()} (signal ${signal.id} from ${signal.source})`,
    };
  }
  const rule = ruleFor(purpose, region, channel, rules);
  if (!rule) return { allowed: false, basis: 'RULE', reason: `No contact rule covers ${purpose}` };
  const allowed = rule.withoutSignal === 'ALLOWED';
  return {
    allowed,
    basis: 'RULE',
    rule,
    reason: `No signal for ${purpose} by ${channel}; ${allowed ? 'allowed' : 'not allowed'} without one (rules ${rules.version}): ${rule.basis}`,
  };
}
