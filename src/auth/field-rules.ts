import type { EntityClass } from '@mikro-orm/core';
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

/** An unpublished budget: only the programme's funders and implementers (and ADMIN) read it. */
export const PROGRAMME_BUDGET: FieldRule<Programme> = {
  properties: ['budgetAmount', 'budgetCurrency'],
  reads: async (viewer, loaders, programme) =>
    programme.budgetPublished || (await takesPartIn(viewer, loaders, programme.id)),
  refusal: (programme) => `The budget of ${programme.code} is not published.`,
  // A funding's amount follows its programme's budget (`FUNDING_AMOUNT`), in the programme's history too.
  linkColumns: { funders: ['amount', 'currency'] },
};

/** A funding's amount follows its programme's budget. */
export const FUNDING_AMOUNT: FieldRule<ProgrammeFunder> = {
  properties: ['amount', 'currency'],
  reads: async (viewer, loaders, funding) => {
    const programme = await loaders.programmeById.load(funding.programmeId);
    return Boolean(programme?.budgetPublished) || (await takesPartIn(viewer, loaders, funding.programmeId));
  },
  refusal: () => 'The funding amounts of a programme with an unpublished budget are not published.',
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
  [WorkingGroupMember, [MEMBER_NAME]],
]);
