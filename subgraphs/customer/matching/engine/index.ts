/**
 * A small record-linkage engine, configuration as data (Splink style): see types.ts for the
 * configuration, blocking.ts for candidate generation, compare.ts for scoring, link.ts for
 * linking / de-duplication and clustering, evaluate.ts for pairwise precision and recall.
 */
export * from './types';
export {
  DEFAULT_MAX_BLOCK_SIZE,
  blockingKeys,
  buildBlockIndex,
  candidatePairs,
  forEachCandidate,
  transformValue,
} from './blocking';
export type { BlockIndex, BlockingOptions, CandidatePairs } from './blocking';
export {
  compileConfiguration,
  compiled,
  decide,
  explainPrepared,
  prepareRecord,
  scorePair,
  scorePrepared,
  validateConfiguration,
} from './compare';
export type { CompiledConfiguration, PreparedRecord } from './compare';
export { canonicalConfiguration, configurationDigest } from './configuration';
export {
  NAME_SEPARATOR,
  companyNames,
  forgetCompanyNames,
  namePhoneticKeys,
  nameSoundPairs,
  nameTokens,
  nameWordPairs,
} from './companyNames';
export { pairKey, precisionRecallF1 } from './evaluate';
export type { PrecisionRecall } from './evaluate';
export { clusters, linkRecords } from './link';
export type { LinkOptions } from './link';
export { linkRecordsInParallel } from './parallelLink';
export type { ParallelLinkOptions } from './parallelLink';
export { dayNumber, normaliseValue, numberValue } from './normalise';
export { jaro, jaroWinkler, levenshtein, soundex } from './similarity';
