import type { EntityClass } from '@mikro-orm/core';
import { Disbursement } from '../entities/disbursement.entity';
import { ProgrammeBudget } from '../entities/programme-budget.entity';
import { ProgrammeFunder } from '../entities/programme-funder.entity';
import { Programme } from '../entities/programme.entity';
import { WorkingGroupMember } from '../entities/working-group-member.entity';
import type { Loaders } from '../loaders/loaders';
import { actsFor, takesPartIn } from './programme-access';
import type { Viewer } from './viewer';

/**
 * A rule over some fields of one record type, which not every viewer that reads the record may
 * read. Written once: the field resolvers answer FORBIDDEN by it, and `history` shows the
 * properties it guards as null by it, in every version of the record it shows.
 */
export interface FieldRule<Entity> {
  /** The properties the rule guards (their columns are what `history` hides). */
  properties: (keyof Entity & string)[];
  /** Whether the viewer reads them on `record`: the record as it stands, or as one version in its history stood. */
  reads(viewer: Viewer, loaders: Loaders, record: Entity): boolean | Promise<boolean>;
  /** Why a field resolver refuses. */
  refusal(record: Entity): string;
  /** Columns of the links a record's audit rows hold by set (`setProgrammeFunders`), which the rule guards in each link too. */
  linkColumns?: Record<string, string[]>;
}

/** A field rule as `history` applies it to a version of a record of any type. */
export interface RecordFieldRule {
  properties: string[];
  reads(viewer: Viewer, loaders: Loaders, record: object): boolean | Promise<boolean>;
  linkColumns?: Record<string, string[]>;
}

/**
 * The one rule of a programme's money: while its budget is unpublished, only its funders and
 * implementers (and ADMIN) read its amounts (the total, the fundings, the budgets per period and
 * the disbursements). `programme` is the programme as the viewer reads it (null: unreadable).
 */
async function readsMoneyOf(
  viewer: Viewer,
  loaders: Loaders,
  programmeId: number,
  programme?: Pick<Programme, 'budgetPublished'> | null,
): Promise<boolean> {
  const stood = programme === undefined ? await loaders.programmeById.load(programmeId) : programme;
  return Boolean(stood?.budgetPublished) || (await takesPartIn(viewer, loaders, programmeId));
}

/** An unpublished budget: only the programme's funders and implementers (and ADMIN) read it. */
export const PROGRAMME_BUDGET: FieldRule<Programme> = {
  properties: ['budgetAmount', 'budgetCurrency'],
  reads: (viewer, loaders, programme) => readsMoneyOf(viewer, loaders, programme.id, programme),
  refusal: (programme) => `The budget of ${programme.code} is not published.`,
  // A funding's amount follows its programme's budget (`FUNDING_AMOUNT`), in the programme's history too.
  linkColumns: { funders: ['amount', 'currency'] },
};

/** A funding's amount follows its programme's budget. */
export const FUNDING_AMOUNT: FieldRule<ProgrammeFunder> = {
  properties: ['amount', 'currency'],
  reads: (viewer, loaders, funding) => readsMoneyOf(viewer, loaders, funding.programmeId),
  refusal: () => 'The funding amounts of a programme with an unpublished budget are not published.',
};

/** The amount of a budget per period follows its programme's budget. */
export const PERIOD_BUDGET_AMOUNT: FieldRule<ProgrammeBudget> = {
  properties: ['amount', 'currency'],
  reads: (viewer, loaders, budget) => readsMoneyOf(viewer, loaders, budget.programmeId),
  refusal: () => 'The budgets of a programme with an unpublished budget are not published.',
};

/** The amount of a disbursement follows its programme's budget. */
export const DISBURSEMENT_AMOUNT: FieldRule<Disbursement> = {
  properties: ['amount', 'currency'],
  reads: (viewer, loaders, disbursement) => readsMoneyOf(viewer, loaders, disbursement.programmeId),
  refusal: () => 'The disbursements of a programme with an unpublished budget are not published.',
};

/** Member names are personal data: only the organisation that runs the group (and ADMIN) reads them. */
export const MEMBER_NAME: FieldRule<WorkingGroupMember> = {
  properties: ['name'],
  reads: async (viewer, loaders, member) => {
    const group = await loaders.workingGroupById.load(member.workingGroupId);
    return group !== null && actsFor(viewer, group.organisationId);
  },
  refusal: () => 'Member names are personal data; only the organisation that runs the group reads them.',
};

/** Every field rule, by the record type whose fields it guards. */
export const FIELD_RULES = new Map<EntityClass<object>, RecordFieldRule[]>([
  [Programme, [PROGRAMME_BUDGET]],
  [ProgrammeFunder, [FUNDING_AMOUNT]],
  [ProgrammeBudget, [PERIOD_BUDGET_AMOUNT]],
  [Disbursement, [DISBURSEMENT_AMOUNT]],
  [WorkingGroupMember, [MEMBER_NAME]],
]);
