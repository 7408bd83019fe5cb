import { DpiaEntity } from '../entities/Dpia';
import type { DemoSeeder } from '../../kit/seed';

/**
 * The demo's DPIA register: the customer service case-handling assessment, approved, so the policy's
 * `support` purpose is honoured in a demo and in tests as it was before purposes needed a DPIA. A
 * production register starts empty: every purpose waits for its own approved DPIA.
 */
export const DEMO_SUPPORT_DPIA_ID = 'dpia_demo_support';

export const seedRegisters: DemoSeeder = () => ({
  chunk: async () => {},
  finish: async (em) => {
    if ((await em.count(DpiaEntity, { id: DEMO_SUPPORT_DPIA_ID })) > 0) return;
    const at = new Date('2026-11-28T09:00:00.000Z');
    await em.insert(DpiaEntity, {
      id: DEMO_SUPPORT_DPIA_ID,
      initiative: 'Customer service case handling',
      purpose: 'support',
      dataCategories: ['PII'],
      risks: ['Contact data of people read outside a customer case'],
      mitigations: ['Unmasked only with the support purpose, in the agent’s regions; every read audited'],
      status: 'APPROVED',
      reviewOn: '2027-11-28',
      createdBy: 'demo:data-protection-office',
      createdAt: at,
      updatedBy: 'demo:data-protection-office',
      updatedAt: at,
      submittedBy: 'demo:data-protection-office',
      submittedAt: at,
      decidedBy: 'demo:head-of-compliance',
      decidedAt: at,
      decisionNote: 'Approved with the initial policy',
      lastReviewedBy: null,
      lastReviewedAt: null,
      retiredBy: null,
      retiredAt: null,
      retirementReason: null,
    });
  },
});
