import { badUserInput } from '../../../lib/errors';
import { requiredText } from '../../../lib/textInput';
import type { SourceSystem } from '../../../lib/sourceSystems';
import { assertMayLookUp } from '../../kit/lookups';
import { fieldOfAttribute } from '../attributes';
import type { CustomerContext } from '../context';
import type { IngestResult, SourceBatchInput, SourceRecordInput } from '../generated/resolvers';
import { ingestBatch, type IncomingRecord } from './ingestBatch';
import { activeMatchConfiguration } from './matchConfigurations';
import { SOURCE_MAPPINGS, type MappedAttribute } from './mappings';
import { valueAt } from './valueAt';

/**
 * A batch of source records received as a caller sends it (ingestSourceRecords, and a retry of a
 * failed record as the job's principal): the envelope checked, the use of classified identifiers
 * decided for the caller, then the batch handed to ingestBatch.
 */

const MAX_RECORDS_PER_BATCH = 10_000;

/** The identifiers matching compares exactly: classified values whose use is a lookup by them. */
const MATCHED_ON: readonly MappedAttribute[] = ['taxId', 'duns'];

/**
 * Matching records on a tax id or D-U-N-S number uses it: whoever sends records carrying one (to
 * ingest or to match) needs the right to read it, decided before anything is looked up.
 */
export function assertMayMatchOn(
  context: CustomerContext,
  sourceSystem: SourceSystem,
  records: readonly { attributes: unknown }[],
): void {
  const fields = SOURCE_MAPPINGS[sourceSystem].fields;
  for (const attribute of MATCHED_ON) {
    const path = fields[attribute];
    const carried =
      path &&
      records.some(({ attributes }) => valueAt(attributes, path) !== undefined && valueAt(attributes, path) !== null);
    if (carried) assertMayLookUp(context, fieldOfAttribute(attribute));
  }
}

export function parseRecord(input: SourceRecordInput): IncomingRecord {
  const sourceId = input.sourceId.trim();
  if (sourceId === '' || sourceId.length > 128)
    throw badUserInput('every record needs a sourceId of 1 to 128 characters', 'batch');
  if (!Number.isInteger(input.version) || input.version < 0)
    throw badUserInput(`record ${sourceId}: version must be a non-negative integer`, 'batch');
  let attributes: unknown;
  try {
    attributes = JSON.parse(input.attributes);
  } catch {
    attributes = undefined;
  }
  return {
    sourceId,
    version: input.version,
    verifiedAt: input.verifiedAt ?? null,
    attributes,
    attributesText: input.attributes,
  };
}

export async function receiveSourceBatch(context: CustomerContext, batch: SourceBatchInput): Promise<IngestResult> {
  const batchId = requiredText(batch.batchId, 'batchId', 128);
  if (batch.records.length > MAX_RECORDS_PER_BATCH)
    throw badUserInput(`at most ${MAX_RECORDS_PER_BATCH} records per batch`, 'batch');
  const records = batch.records.map(parseRecord);
  assertMayMatchOn(context, batch.sourceSystem, records);
  return ingestBatch(
    context.em,
    { batchId, sourceSystem: batch.sourceSystem, records },
    { actor: context.principal.sub, configuration: await activeMatchConfiguration(context.em) },
  );
}
