import type { MinorMoney } from '../../../lib/money';
import { bandLimit, isCreditScore, scoreBand } from '../../../policies/creditLimits';

/**
 * What a new credit score proposes for the customer's limit. Only a move into another band (or a
 * first score) proposes the band's limit: a score moving within its band leaves the limit, and with
 * it a person's decision to set it off the band, as it is.
 */

export type BandProposal = { kind: 'SAME_BAND' } | { kind: 'NO_BAND_LIMIT' } | { kind: 'LIMIT'; limit: MinorMoney };

export function bandProposal(previousScore: number | null, score: number, limitCurrency: string | null): BandProposal {
  if (previousScore !== null && isCreditScore(previousScore) && scoreBand(previousScore) === scoreBand(score))
    return { kind: 'SAME_BAND' };
  const limit = limitCurrency ? bandLimit(score, limitCurrency) : undefined;
  return limit ? { kind: 'LIMIT', limit } : { kind: 'NO_BAND_LIMIT' };
}
