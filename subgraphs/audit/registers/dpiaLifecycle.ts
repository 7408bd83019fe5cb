import { badUserInput, forbidden } from '../../../lib/errors';

/**
 * How a DPIA moves: written and rewritten as a DRAFT (a rejected one too), SUBMITTED for a decision,
 * APPROVED or REJECTED by a second person, reviewed while APPROVED, and RETIRED from any state but
 * RETIRED. Which roles may do each is in the policy's `mutations`; these are the rules on top.
 */

export type DpiaStatus = 'DRAFT' | 'SUBMITTED' | 'APPROVED' | 'REJECTED' | 'RETIRED';
export type DpiaAction = 'update' | 'submit' | 'approve' | 'reject' | 'review' | 'retire';

const FROM: Readonly<Record<DpiaAction, readonly DpiaStatus[]>> = {
  update: ['DRAFT', 'REJECTED'],
  submit: ['DRAFT'],
  approve: ['SUBMITTED'],
  reject: ['SUBMITTED'],
  review: ['APPROVED'],
  retire: ['DRAFT', 'SUBMITTED', 'APPROVED', 'REJECTED'],
};

/** Refuses an action the DPIA's status does not allow, saying from which statuses it is allowed. */
export function assertDpiaAction(status: string, action: DpiaAction): void {
  if (!(FROM[action] as readonly string[]).includes(status))
    throw badUserInput(
      `a ${status} DPIA cannot be ${action === 'review' ? 'reviewed' : `${action}d`}: only a ${FROM[action].join(' or ')} one`,
      'id',
    );
}

/** Who made a DPIA what it is: whoever wrote it, last rewrote it, or submitted it. */
export interface DpiaMakers {
  createdBy: string;
  updatedBy: string;
  submittedBy?: string | null;
}

/** Four eyes: nobody who wrote or submitted a DPIA decides on it. */
export function assertIndependentDecider(dpia: DpiaMakers, decider: string): void {
  if ([dpia.createdBy, dpia.updatedBy, dpia.submittedBy].includes(decider))
    throw forbidden('You wrote or submitted this DPIA; another person must approve or reject it');
}
