import type { SqlEntityManager } from '@mikro-orm/knex';
import { badUserInput, notFound } from '../../../lib/errors';
import { canonicalJson } from '../../../lib/canonicalJson';
import { assertDifferentApprover } from '../../../policies/makerChecker';
import { CustomerEntity } from '../entities/Customer';
import { MatchConfigurationRecordEntity, type MatchConfigurationRecord } from '../entities/MatchConfigurationRecord';
import { MatchReviewEntity } from '../entities/MatchReview';
import { SourceRecordEntity } from '../entities/SourceRecord';
import { configurationDigest, decide, scorePair, validateConfiguration, type MatchDecision } from '../matching/engine';
import { linkableParties } from './linkableParties';
import { partyLinkageRecords, sourceLinkageRecord, type LinkableParty } from './linkageRecords';
import { mapRecord } from './mapRecord';
import { MATCH_CONFIGURATION, type MatchConfiguration } from './matchConfiguration';
import { rebuildMatchKeys } from './matchKeys';
import { compareDecisions, thresholdProblem, type SandboxReport, type Thresholds } from './sandbox';
import { requiredText } from '../../../lib/textInput';

/**
 * The life of a match configuration: proposed by one steward, approved by another (then in force,
 * the previous one retired), never applied before approval. Without any approved in the database,
 * the built-in initial configuration is in force. A proposal may change the thresholds only (it
 * keeps the comparisons and blocking rules in force) or the comparisons and blocking rules too.
 */

type Linkage = Pick<MatchConfiguration, 'comparisons' | 'blocking'>;

const BUILT_IN_LINKAGE: Linkage = {
  comparisons: MATCH_CONFIGURATION.comparisons,
  blocking: MATCH_CONFIGURATION.blocking,
};

/** Stored configurations as engine configurations, one object per version (the engine memoises its compiled form per object). */
const byVersion = new Map<string, MatchConfiguration>();

function asConfiguration(record: MatchConfigurationRecord): MatchConfiguration {
  let configuration = byVersion.get(record.version);
  if (!configuration) {
    const linkage = record.linkage ?? BUILT_IN_LINKAGE;
    configuration = {
      version: record.version,
      approvedBy: record.approvedBy ?? '',
      approvedAt: record.approvedAt?.toISOString() ?? '',
      comparisons: linkage.comparisons,
      blocking: linkage.blocking,
      thresholds: { autoMerge: record.autoMerge, review: record.review },
    };
    if (record.status === 'ACTIVE') byVersion.set(record.version, configuration);
  }
  return configuration;
}

/** A configuration as the API shows it: its thresholds, its comparisons and blocking rules, and their digest. */
export function describeConfiguration(record: MatchConfigurationRecord) {
  const { comparisons, blocking, thresholds, version } = asConfiguration(record);
  return {
    ...record,
    linkage: canonicalJson({ comparisons, blocking }),
    digest: configurationDigest({ version, comparisons, blocking, thresholds }),
  };
}

/** The built-in configuration as a stored one would be: in force until another is approved. */
export function builtInConfigurationRecord(anyApproved: boolean): MatchConfigurationRecord {
  return {
    version: MATCH_CONFIGURATION.version,
    ...MATCH_CONFIGURATION.thresholds,
    linkage: BUILT_IN_LINKAGE,
    status: anyApproved ? 'RETIRED' : 'ACTIVE',
    notes: 'initial configuration',
    proposedBy: '',
    proposedAt: new Date(MATCH_CONFIGURATION.approvedAt),
    approvedBy: MATCH_CONFIGURATION.approvedBy,
    approvedAt: new Date(MATCH_CONFIGURATION.approvedAt),
  };
}

export async function activeMatchConfiguration(em: SqlEntityManager): Promise<MatchConfiguration> {
  const [active] = await em.find(
    MatchConfigurationRecordEntity,
    { status: 'ACTIVE' },
    { orderBy: { approvedAt: 'desc' }, limit: 1 },
  );
  return active ? asConfiguration(active) : MATCH_CONFIGURATION;
}

/** Comparisons and blocking rules sent as JSON text, checked by the engine; absent: those in force. */
function parseLinkage(text: string | null | undefined, thresholds: Thresholds, inForce: Linkage): Linkage {
  if (text === null || text === undefined) return inForce;
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw badUserInput('linkage is not valid JSON', 'linkage');
  }
  const { comparisons, blocking } = (parsed ?? {}) as Partial<Linkage>;
  if (!Array.isArray(comparisons) || !Array.isArray(blocking))
    throw badUserInput('linkage must be an object with comparisons and blocking arrays', 'linkage');
  const problems = validateConfiguration({ version: 'proposal', comparisons, blocking, thresholds });
  if (problems.length > 0) throw badUserInput(`linkage: ${problems.slice(0, 5).join('; ')}`, 'linkage');
  return { comparisons, blocking };
}

export async function proposeMatchConfiguration(
  em: SqlEntityManager,
  input: { version: string; linkage?: string | null } & Thresholds & { notes: string },
  actor: string,
): Promise<MatchConfigurationRecord> {
  const version = requiredText(input.version, 'version', 64);
  const problem = thresholdProblem(input);
  if (problem) throw badUserInput(problem, 'thresholds');
  const inForce = await activeMatchConfiguration(em);
  const linkage = parseLinkage(input.linkage, input, inForce);
  if (version === MATCH_CONFIGURATION.version || (await em.findOne(MatchConfigurationRecordEntity, { version }))) {
    throw badUserInput(`configuration ${version} already exists`, 'version');
  }
  const record = em.create(MatchConfigurationRecordEntity, {
    version,
    autoMerge: input.autoMerge,
    review: input.review,
    linkage: { comparisons: linkage.comparisons, blocking: linkage.blocking },
    status: 'PROPOSED',
    notes: input.notes.trim(),
    proposedBy: actor,
    proposedAt: new Date(),
  });
  await em.flush();
  return record;
}

export async function approveMatchConfiguration(
  em: SqlEntityManager,
  version: string,
  actor: string,
): Promise<MatchConfigurationRecord> {
  return em.transactional(async (tx) => {
    const proposed = await tx.findOne(MatchConfigurationRecordEntity, { version });
    if (!proposed) throw notFound(`no match configuration ${version}`);
    if (proposed.status !== 'PROPOSED') {
      throw badUserInput(`configuration ${version} is ${proposed.status.toLowerCase()}, not proposed`);
    }
    assertDifferentApprover(proposed.proposedBy, actor, `Match configuration ${version}`);
    const before = await activeMatchConfiguration(tx);
    for (const active of await tx.find(MatchConfigurationRecordEntity, { status: 'ACTIVE' })) active.status = 'RETIRED';
    proposed.status = 'ACTIVE';
    proposed.approvedBy = actor;
    proposed.approvedAt = new Date();
    await tx.flush();
    const after = asConfiguration(proposed);
    // Customers are found by their keys: other blocking rules need every customer's keys anew.
    if (canonicalJson(before.blocking) !== canonicalJson(after.blocking)) await rebuildMatchKeys(tx, after);
    return proposed;
  });
}

/** How the party scores against the record under a configuration: the best of its records. */
function decisionFor(
  record: ReturnType<typeof sourceLinkageRecord>,
  party: LinkableParty,
  configuration: MatchConfiguration,
): MatchDecision {
  const best = partyLinkageRecords(party)
    .map((known) => scorePair(record, known, configuration))
    .reduce((a, b) => (b.score > a.score || (b.score === a.score && b.ceiling && !a.ceiling) ? b : a));
  return decide(best.score, configuration.thresholds, best.ceiling);
}

/**
 * Re-decides every pair ingestion decided (a record linked to its customer by a match, a record
 * queued for review against its candidate) under the configuration in force and under the
 * proposal, with the same engine, and counts what would change; writes nothing. A linked record is
 * compared with its customer's other records, never with itself.
 */
export async function sandboxMatchConfiguration(
  em: SqlEntityManager,
  proposal: Thresholds & { linkage?: string | null },
): Promise<SandboxReport & { comparedWith: string }> {
  const problem = thresholdProblem(proposal);
  if (problem) throw badUserInput(problem, 'thresholds');
  const current = await activeMatchConfiguration(em);
  const linkage = parseLinkage(proposal.linkage, proposal, current);
  const proposed: MatchConfiguration = {
    ...current,
    ...linkage,
    version: `${current.version} (proposal)`,
    thresholds: { autoMerge: proposal.autoMerge, review: proposal.review },
  };
  const reviews = await em.find(MatchReviewEntity, { rule: { $ne: 'ADDRESS_CHANGE' } });
  const links = await em.find(SourceRecordEntity, {
    $or: [
      { matchRule: { $nin: ['NEW_CUSTOMER', 'DEMO_SEED'] } },
      { id: { $in: reviews.map((r) => r.sourceRecordId) } },
    ],
  });
  const recordOf = new Map(links.map((link) => [link.id, link]));
  const pairs = [
    ...links
      .filter((link) => link.matchRule !== 'NEW_CUSTOMER' && link.matchRule !== 'DEMO_SEED')
      .map((link) => ({ sourceRecordId: link.id, customerId: link.customerId })),
    ...reviews.map((review) => ({ sourceRecordId: review.sourceRecordId, customerId: review.candidateCustomerId })),
  ];
  const customers = await em.find(CustomerEntity, { id: { $in: pairs.map((pair) => pair.customerId) } });
  const parties = new Map((await linkableParties(em, customers)).map((party) => [party.customer.id, party]));
  const decisions = pairs.flatMap(({ sourceRecordId, customerId }) => {
    const source = recordOf.get(sourceRecordId);
    const party = parties.get(customerId);
    if (!source || !party) return [];
    const record = sourceLinkageRecord(source.id, mapRecord(source.sourceSystem, source.payload).attributes);
    const withoutItself = { ...party, sources: party.sources.filter((other) => other.id !== source.id) };
    return [
      { before: decisionFor(record, withoutItself, current), after: decisionFor(record, withoutItself, proposed) },
    ];
  });
  return { ...compareDecisions(decisions), comparedWith: current.version };
}
