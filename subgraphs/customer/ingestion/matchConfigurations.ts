import type { SqlEntityManager } from '@mikro-orm/knex';
import { badUserInput, notFound } from '../../../lib/errors';
import { assertDifferentApprover } from '../../../policies/makerChecker';
import { MatchConfigurationRecordEntity, type MatchConfigurationRecord } from '../entities/MatchConfigurationRecord';
import { MatchReviewEntity } from '../entities/MatchReview';
import { SourceRecordEntity } from '../entities/SourceRecord';
import { MATCH_CONFIGURATION, type MatchConfiguration } from './matchConfiguration';
import { compareThresholds, thresholdProblem, type SandboxReport, type Thresholds } from './sandbox';
import { requiredText } from '../../../lib/textInput';

/**
 * The life of a match configuration: proposed by one steward, approved by another (then in force,
 * the previous one retired), never applied before approval. Without any approved in the database,
 * the built-in initial configuration is in force.
 */

export async function activeMatchConfiguration(em: SqlEntityManager): Promise<MatchConfiguration> {
  const [active] = await em.find(
    MatchConfigurationRecordEntity,
    { status: 'ACTIVE' },
    { orderBy: { approvedAt: 'desc' }, limit: 1 },
  );
  if (!active) return MATCH_CONFIGURATION;
  return {
    version: active.version,
    approvedBy: active.approvedBy ?? '',
    approvedAt: active.approvedAt?.toISOString() ?? '',
    thresholds: { autoMerge: active.autoMerge, review: active.review },
  };
}

export async function proposeMatchConfiguration(
  em: SqlEntityManager,
  input: { version: string } & Thresholds & { notes: string },
  actor: string,
): Promise<MatchConfigurationRecord> {
  const version = requiredText(input.version, 'version', 64);
  const problem = thresholdProblem(input);
  if (problem) throw badUserInput(problem, 'thresholds');
  if (version === MATCH_CONFIGURATION.version || (await em.findOne(MatchConfigurationRecordEntity, { version }))) {
    throw badUserInput(`configuration ${version} already exists`, 'version');
  }
  const record = em.create(MatchConfigurationRecordEntity, {
    version,
    autoMerge: input.autoMerge,
    review: input.review,
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
    for (const active of await tx.find(MatchConfigurationRecordEntity, { status: 'ACTIVE' })) active.status = 'RETIRED';
    proposed.status = 'ACTIVE';
    proposed.approvedBy = actor;
    proposed.approvedAt = new Date();
    return proposed;
  });
}

/** Re-decides every recorded name-match score under the proposed thresholds; writes nothing. */
export async function sandboxMatchConfiguration(
  em: SqlEntityManager,
  proposed: Thresholds,
): Promise<SandboxReport & { comparedWith: string }> {
  const problem = thresholdProblem(proposed);
  if (problem) throw badUserInput(problem, 'thresholds');
  const current = await activeMatchConfiguration(em);
  const [links, reviews] = await Promise.all([
    em.find(SourceRecordEntity, { matchRule: 'NAME' }, { fields: ['matchScore'] }),
    em.find(MatchReviewEntity, { rule: 'NAME' }, { fields: ['score'] }),
  ]);
  const scores = [...links.map((l) => l.matchScore ?? 0), ...reviews.map((r) => r.score)];
  return { ...compareThresholds(scores, current.thresholds, proposed), comparedWith: current.version };
}
