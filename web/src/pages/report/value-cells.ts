import type { Disaggregation, IndicatorUnit, PersonRole, Sex } from '../../graphql/graphql';

/** Every role a value may be split by, in the order the form lists them. */
export const PERSON_ROLES = [
  'ASSOCIATION_STAFF',
  'CIVIL_SERVANT',
  'GENDER_EQUALITY_STRATEGIST',
  'GENDER_EXPERT',
  'KEY_ACTOR',
  'MANAGER',
  'MUNICIPAL_REPRESENTATIVE',
  'NGO_REPRESENTATIVE',
  'POLITICIAN',
  'PROCESS_LEADER',
  'PROJECT_LEADER',
] as const satisfies readonly PersonRole[];

/** One value the form asks for: an indicator's total, one sex, or one role. */
export interface ValueCell {
  indicator: string;
  sex: Sex;
  role: PersonRole | null;
}

/** The key of a cell in the form's state and in the values the hub holds. */
export function cellKey(cell: { indicator: string; sex: Sex; role?: PersonRole | null }): string {
  return `${cell.indicator}|${cell.sex}|${cell.role ?? ''}`;
}

/**
 * The cells of one indicator, as the completeness report expects them: the TOTAL, FEMALE and MALE
 * when it is split by sex; then, when it is split by role, each role's total.
 */
export function cellsOf(indicator: { code: string; disaggregations: readonly Disaggregation[] }): ValueCell[] {
  const cells: ValueCell[] = [{ indicator: indicator.code, sex: 'TOTAL', role: null }];
  if (indicator.disaggregations.includes('SEX'))
    cells.push(
      { indicator: indicator.code, sex: 'FEMALE', role: null },
      { indicator: indicator.code, sex: 'MALE', role: null },
    );
  if (indicator.disaggregations.includes('ROLE'))
    for (const role of PERSON_ROLES) cells.push({ indicator: indicator.code, sex: 'TOTAL', role });
  return cells;
}

/** What the hub accepts for a unit (the rules of submitObservations), for the form to say beside each value. */
export function allowedRange(unit: IndicatorUnit): { min?: number; max?: number; whole: boolean } {
  switch (unit) {
    case 'PERCENT':
      return { min: 0, max: 100, whole: false };
    case 'BOOLEAN':
      return { min: 0, max: 1, whole: true };
    case 'COUNT':
      return { min: 0, whole: true };
    default:
      return { whole: false };
  }
}
