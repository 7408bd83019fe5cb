import { badUserInput } from '../../../lib/errors';
import { AllocationError } from '../revrec/allocateTransactionPrice';
import { DiscountApprovalError } from '../revrec/discountApproval';
import { ForecastError } from '../revrec/forecastDeferredRevenue';
import { PricingTierError } from '../revrec/pricingTiers';
import { ModificationError } from '../revrec/modifyContract';
import { ScheduleError } from '../revrec/revenueSchedule';
import { VariableConsiderationError } from '../revrec/variableConsideration';

const DOMAIN_ERRORS = [
  AllocationError,
  DiscountApprovalError,
  ForecastError,
  ModificationError,
  PricingTierError,
  ScheduleError,
  VariableConsiderationError,
];

/** Runs revenue domain logic; its refusals (bad allocation, impossible modification, ...) become BAD_USER_INPUT. */
export function asUserInput<T>(run: () => T): T {
  try {
    return run();
  } catch (error) {
    if (DOMAIN_ERRORS.some((kind) => error instanceof kind)) throw badUserInput((error as Error).message);
    throw error;
  }
}
