import { accessReviewExport } from './accessReviewExport';
import { arAgeingExport } from './arAgeingExport';
import { customerRevenueExport } from './customerRevenueExport';
import type { ExportDefinition } from './exportDefinition';
import { invoicesExport } from './invoicesExport';

/** The reviewed bulk exports, by the name in their URL; the policy's `exports` says who may run each. */
export const EXPORTS: ReadonlyMap<string, ExportDefinition> = new Map(
  [customerRevenueExport, invoicesExport, arAgeingExport, accessReviewExport].map((definition) => [
    definition.name,
    definition,
  ]),
);
