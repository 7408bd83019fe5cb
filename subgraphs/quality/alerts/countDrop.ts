/**
 * The count-drop alert on billing extracts: an extract with far fewer customers than usual is
 * more often a truncated file or a failed filter than real churn, and must not load unnoticed.
 *
 * "Usual" is the median customer count of the system's last few extracts (default 5). The median,
 * unlike the mean, is robust to outliers (breakdown point 50%; Hampel 1971, "A general qualitative
 * definition of robustness", Annals of Mathematical Statistics 42): one earlier truncated
 * extract does not lower the baseline and hide the next one. Without enough history (default 3
 * extracts) there is no baseline and no alert. The alert fires when the relative drop
 * (baseline − count) / baseline exceeds the configured fraction; growth never alerts.
 */

export interface ExtractCount {
  extractId: string;
  system: string;
  /** ISO 8601 instant. */
  takenAt: string;
  customerCount: number;
}

export interface CountDropAlert {
  extractId: string;
  system: string;
  customerCount: number;
  baseline: number;
  dropFraction: number;
  maxDropFraction: number;
  message: string;
}

export interface CountDropOptions {
  /** The largest drop tolerated, as a fraction of the baseline in [0, 1). */
  maxDropFraction: number;
  /** How many earlier extracts the baseline looks at. */
  window?: number;
  /** How many earlier extracts there must be before anything alerts. */
  minHistory?: number;
}

export class CountDropError extends Error {}

const DEFAULT_WINDOW = 5;
const DEFAULT_MIN_HISTORY = 3;
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

export function checkCountDrop(
  current: ExtractCount,
  previous: readonly ExtractCount[],
  options: CountDropOptions,
): CountDropAlert | null {
  const window = options.window ?? DEFAULT_WINDOW;
  const minHistory = options.minHistory ?? DEFAULT_MIN_HISTORY;
  validateOptions(options.maxDropFraction, window, minHistory);
  validateExtract(current);
  previous.forEach(validateExtract);

  const history = earlierExtractsOfSystem(current, previous).slice(-window);
  if (history.length < minHistory) return null;
  const baseline = median(history.map((extract) => extract.customerCount));
  // A baseline of 0 customers cannot drop.
  if (baseline === 0) return null;
  const dropFraction = (baseline - current.customerCount) / baseline;
  if (dropFraction <= options.maxDropFraction) return null;
  return {
    extractId: current.extractId,
    system: current.system,
    customerCount: current.customerCount,
    baseline,
    dropFraction,
    maxDropFraction: options.maxDropFraction,
    message:
      `Extract ${current.extractId} from ${current.system} has ${current.customerCount} customers, ${percent(dropFraction)} fewer than the median ` +
      `${baseline} of the last ${history.length} extracts (limit ${percent(options.maxDropFraction)}): check the extract is complete before it is loaded`,
  };
}

function validateOptions(maxDropFraction: number, window: number, minHistory: number): void {
  if (!Number.isFinite(maxDropFraction) || maxDropFraction < 0 || maxDropFraction >= 1) {
    throw new CountDropError(`maxDropFraction must be at least 0 and below 1, got ${maxDropFraction}`);
  }
  if (!Number.isInteger(window) || window < 1)
    throw new CountDropError(`window must be a positive integer, got ${window}`);
  if (!Number.isInteger(minHistory) || minHistory < 1)
    throw new CountDropError(`minHistory must be a positive integer, got ${minHistory}`);
  if (minHistory > window)
    throw new CountDropError(`minHistory ${minHistory} is larger than the window ${window}: nothing could ever alert`);
}

function validateExtract(extract: ExtractCount): void {
  if (extract.extractId.trim() === '') throw new CountDropError('extractId must not be empty');
  if (extract.system.trim() === '') throw new CountDropError(`extract ${extract.extractId}: system must not be empty`);
  if (!ISO_INSTANT.test(extract.takenAt) || Number.isNaN(Date.parse(extract.takenAt))) {
    throw new CountDropError(`extract ${extract.extractId}: takenAt "${extract.takenAt}" is not an ISO 8601 instant`);
  }
  if (!Number.isSafeInteger(extract.customerCount) || extract.customerCount < 0) {
    throw new CountDropError(
      `extract ${extract.extractId}: customerCount must be a non-negative integer, got ${extract.customerCount}`,
    );
  }
}

/** The system's extracts taken strictly before `current`, oldest first. */
function earlierExtractsOfSystem(current: ExtractCount, previous: readonly ExtractCount[]): ExtractCount[] {
  const currentMs = Date.parse(current.takenAt);
  return previous
    .filter((extract) => extract.system === current.system && Date.parse(extract.takenAt) < currentMs)
    .sort((a, b) => Date.parse(a.takenAt) - Date.parse(b.takenAt));
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

function percent(fraction: number): string {
  return `${(fraction * 100).toFixed(1)}%`;
}
