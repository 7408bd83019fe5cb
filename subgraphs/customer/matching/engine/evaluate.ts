/** Pairwise evaluation against a known truth. */

/** The key of an unordered pair: the two ids sorted, joined by "|". */
export function pairKey(a: string, b: string): string {
  return a < b ? `${a}|${b}` : `${b}|${a}`;
}

export interface PrecisionRecall {
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  /** TP / predicted; 1 when nothing was predicted. */
  precision: number;
  /** TP / truth; 1 when the truth is empty. */
  recall: number;
  /** Harmonic mean of precision and recall; 0 when both are 0. */
  f1: number;
}

/** Precision, recall and F1 of predicted pair keys (see pairKey) against true pair keys. */
export function precisionRecallF1(predicted: ReadonlySet<string>, truth: ReadonlySet<string>): PrecisionRecall {
  let truePositives = 0;
  for (const key of predicted) if (truth.has(key)) truePositives++;
  const falsePositives = predicted.size - truePositives;
  const falseNegatives = truth.size - truePositives;
  const precision = predicted.size === 0 ? 1 : truePositives / predicted.size;
  const recall = truth.size === 0 ? 1 : truePositives / truth.size;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { truePositives, falsePositives, falseNegatives, precision, recall, f1 };
}
