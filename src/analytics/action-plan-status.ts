import { registerEnumType } from 'type-graphql';
import type { CharterSignature } from '../entities/charter-signature.entity';

/** Where a Charter signatory stands with its Equality Action Plan. */
export enum ActionPlanStatus {
  ADOPTED = 'ADOPTED',
  DUE = 'DUE',
  OVERDUE = 'OVERDUE',
  UNKNOWN = 'UNKNOWN',
}
registerEnumType(ActionPlanStatus, {
  name: 'ActionPlanStatus',
  description: 'Where a Charter signatory stands with its Equality Action Plan.',
  valuesConfig: {
    ADOPTED: { description: 'The action plan is adopted.' },
    DUE: { description: 'No action plan yet, and the two years after signing have not run out.' },
    OVERDUE: { description: 'No action plan, and more than two years have passed since signing.' },
    UNKNOWN: { description: 'No action plan recorded and no signing date to count from.' },
  },
});

/** A Charter signatory commits to adopt its Equality Action Plan within two years of signing. */
export const ACTION_PLAN_YEARS = 2;

/** `YYYY-MM-DD` plus whole years; 29 February becomes 28 February in a year without one (as PostgreSQL's `+ interval` does). */
export function addYears(date: string, years: number): string {
  const [year, month, day] = date.split('-').map(Number);
  const target = year + years;
  const leap = (target % 4 === 0 && target % 100 !== 0) || target % 400 === 0;
  const clampedDay = month === 2 && day === 29 && !leap ? 28 : day;
  return `${String(target).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(clampedDay).padStart(2, '0')}`;
}

/** Today's date in UTC as `YYYY-MM-DD`, the day the status is judged on. */
export function todayUtc(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}

/** The last day to adopt the action plan; null without a signing date. */
export function actionPlanDueOn(signature: Pick<CharterSignature, 'signedOn'>): string | null {
  return signature.signedOn == null ? null : addYears(signature.signedOn, ACTION_PLAN_YEARS);
}

/** The action plan's status on `today` (`YYYY-MM-DD`; dates in that form compare as strings). */
export function actionPlanStatusOf(
  signature: Pick<CharterSignature, 'signedOn' | 'actionPlanAdoptedOn'>,
  today: string,
): ActionPlanStatus {
  if (signature.actionPlanAdoptedOn != null) return ActionPlanStatus.ADOPTED;
  const dueOn = actionPlanDueOn(signature);
  if (dueOn == null) return ActionPlanStatus.UNKNOWN;
  return today > dueOn ? ActionPlanStatus.OVERDUE : ActionPlanStatus.DUE;
}
