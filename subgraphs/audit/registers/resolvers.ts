import { addDays, today } from '../../../lib/calendar';
import { requiredDate } from '../../../lib/dateInput';
import { badUserInput } from '../../../lib/errors';
import { optionalText, requiredText } from '../../../lib/textInput';
import { POLICY } from '../../../policies/policy';
import { PURPOSES, PURPOSE_NAMES, purposesInGrants } from '../../../policies/purposes';
import { ComplianceAlertEntity } from '../entities/ComplianceAlert';
import { DpiaEntity } from '../entities/Dpia';
import { ProcessingAgreementEntity } from '../entities/ProcessingAgreement';
import type { Resolvers } from '../generated/resolvers';
import { createAgreement, terminateAgreement, updateAgreement } from './agreementRegister';
import { raiseAlerts } from './complianceAlerts';
import { assertIndependentDecider } from './dpiaLifecycle';
import { changeDpia, createDpia } from './dpiaRegister';
import { daysUntil } from './expiryAlerts';
import { agreementFields, dpiaFields, purposeOf, reviewDate } from './registerInput';

/** The registers through the graph: stewards and admins keep them, auditors read them, the gateway asks which purposes it may honour. */

const MAX_NOTE = 1000;
const MAX_LISTED = 500;
/** How far ahead a caller may ask for expiring agreements, in days. */
const MAX_WINDOW_DAYS = 3660;

export const registerResolvers: Resolvers = {
  Query: {
    dpias: (_root, args, { em }) =>
      em.find(
        DpiaEntity,
        {
          ...(args.status ? { status: args.status } : {}),
          ...(args.purpose != null ? { purpose: purposeOf(args.purpose) } : {}),
        },
        { orderBy: { createdAt: 'desc', id: 'asc' }, limit: MAX_LISTED },
      ),

    purposeCoverage: async (_root, _args, { em }) => {
      const grants = purposesInGrants(POLICY);
      const approved = await em.find(DpiaEntity, { status: 'APPROVED' }, { orderBy: { decidedAt: 'desc' } });
      return PURPOSE_NAMES.map((purpose) => ({
        purpose,
        description: PURPOSES[purpose],
        grants: grants[purpose] ?? [],
        approvedDpia: approved.find((dpia) => dpia.purpose === purpose) ?? null,
      }));
    },

    approvedPurposes: async (_root, _args, { em }) => {
      const approved = await em.find(DpiaEntity, { status: 'APPROVED' }, { fields: ['purpose'] });
      return [...new Set(approved.map((dpia) => dpia.purpose))].sort();
    },

    processingAgreements: (_root, args, { em }) => {
      const window = args.expiringWithinDays;
      if (window != null && (!Number.isInteger(window) || window < 0 || window > MAX_WINDOW_DAYS))
        throw badUserInput(`expiringWithinDays is 0 to ${MAX_WINDOW_DAYS}`, 'expiringWithinDays');
      const until = window == null ? undefined : addDays(today(), window);
      return em.find(
        ProcessingAgreementEntity,
        {
          ...(args.kind ? { kind: args.kind } : {}),
          ...(args.status ? { status: args.status } : {}),
          ...(until ? { expiresOn: { $lte: until } } : {}),
        },
        { orderBy: { expiresOn: 'asc', id: 'asc' }, limit: MAX_LISTED },
      );
    },

    complianceAlerts: (_root, args, { em }) =>
      em.find(
        ComplianceAlertEntity,
        {
          ...(args.open === false ? {} : { clearedAt: null }),
          ...(args.kind ? { kind: args.kind } : {}),
        },
        { orderBy: { raisedAt: 'desc', id: 'asc' }, limit: MAX_LISTED },
      ),
  },

  Mutation: {
    createDpia: (_root, { input }, { em, principal }) => {
      const now = new Date();
      return createDpia(em, dpiaFields(input, today(now)), principal.sub, now);
    },

    updateDpia: (_root, { id, input }, { em, principal }) => {
      const now = new Date();
      const fields = dpiaFields(input, today(now));
      return changeDpia(em, id, 'update', () => ({
        ...fields,
        status: 'DRAFT',
        updatedBy: principal.sub,
        updatedAt: now,
      }));
    },

    submitDpia: (_root, { id }, { em, principal }) => {
      const now = new Date();
      return changeDpia(em, id, 'submit', () => ({
        status: 'SUBMITTED',
        submittedBy: principal.sub,
        submittedAt: now,
        decidedBy: null,
        decidedAt: null,
        decisionNote: null,
        updatedAt: now,
      }));
    },

    approveDpia: (_root, { id, note }, { em, principal }) => {
      const decisionNote = optionalText(note, 'note', MAX_NOTE);
      const now = new Date();
      return changeDpia(em, id, 'approve', (dpia) => {
        assertIndependentDecider(dpia, principal.sub);
        // An approval that is already due for review would be honoured on borrowed time.
        reviewDate(dpia.reviewOn, today(now));
        return { status: 'APPROVED', decidedBy: principal.sub, decidedAt: now, decisionNote, updatedAt: now };
      });
    },

    rejectDpia: (_root, { id, reason }, { em, principal }) => {
      const decisionNote = requiredText(reason, 'reason', MAX_NOTE);
      const now = new Date();
      return changeDpia(em, id, 'reject', (dpia) => {
        assertIndependentDecider(dpia, principal.sub);
        return { status: 'REJECTED', decidedBy: principal.sub, decidedAt: now, decisionNote, updatedAt: now };
      });
    },

    reviewDpia: (_root, { id, nextReviewOn, note }, { em, principal }) => {
      const now = new Date();
      const reviewOn = reviewDate(nextReviewOn, today(now), 'nextReviewOn');
      const reviewNote = requiredText(note, 'note', MAX_NOTE);
      return changeDpia(
        em,
        id,
        'review',
        () => ({
          reviewOn,
          lastReviewedBy: principal.sub,
          lastReviewedAt: now,
          decisionNote: reviewNote,
          updatedAt: now,
        }),
        { by: principal.sub, clearance: `reviewed; next review on ${reviewOn}`, now },
      );
    },

    retireDpia: (_root, { id, reason }, { em, principal }) => {
      const retirementReason = requiredText(reason, 'reason', MAX_NOTE);
      const now = new Date();
      return changeDpia(
        em,
        id,
        'retire',
        () => ({ status: 'RETIRED', retiredBy: principal.sub, retiredAt: now, retirementReason, updatedAt: now }),
        { by: principal.sub, clearance: 'DPIA retired', now },
      );
    },

    createProcessingAgreement: (_root, { input }, { em, principal }) =>
      createAgreement(em, agreementFields(input), principal.sub, new Date()),

    updateProcessingAgreement: (_root, { id, input }, { em, principal }) =>
      updateAgreement(em, id, agreementFields(input), principal.sub, new Date()),

    terminateProcessingAgreement: (_root, { id, reason }, { em, principal }) =>
      terminateAgreement(em, id, requiredText(reason, 'reason', MAX_NOTE), principal.sub, new Date()),

    raiseComplianceAlerts: (_root, { asOf }, { em, config }) => {
      const now = new Date();
      const day = asOf == null ? today(now) : requiredDate(asOf, 'asOf');
      return raiseAlerts(em, day, config.registers.expiryAlertDays, now);
    },
  },

  ProcessingAgreement: {
    expiresInDays: (agreement) => daysUntil(agreement.expiresOn, today()),
  },
};
