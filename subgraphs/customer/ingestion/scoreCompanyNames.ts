import { nameSimilarity, normaliseName } from '../matching/names';
import type { NameScorer } from './matchCustomer';

/** The ingestion matcher's name score: the company-name matcher across legal forms and scripts. */
export const scoreCompanyNames: NameScorer = (a, b) => nameSimilarity(normaliseName(a), normaliseName(b));
