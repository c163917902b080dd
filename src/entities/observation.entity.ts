import { Check, Entity, Enum, Index, ManyToOne, Property, type Opt } from '@mikro-orm/core';
import { Field, Float, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Node } from '../schema/node.interface';
import { LocalDate } from '../schema/scalars';
import { Activity } from './activity.entity';
import { BaseEntity } from './base.entity';
import { Country } from './country.entity';
import { Indicator } from './indicator.entity';
import { Initiative } from './initiative.entity';
import { Municipality } from './municipality.entity';
import { OBSERVATION_SCOPES, ScopeKind } from './observation-scope-types';
import { Organisation } from './organisation.entity';
import { PersonRole } from './person-role.enum';
import { Programme } from './programme.entity';
import { Sex } from './sex.enum';
import { Source } from './source.entity';
import { recordType } from './record-type';

export { ScopeKind };

/** Whether a value is where things started, where they should get, or where they got. */
export enum ObservationKind {
  BASELINE = 'BASELINE',
  TARGET = 'TARGET',
  ACTUAL = 'ACTUAL',
}
/** Where a value stands in review; only APPROVED values are the official record. */
export enum ReviewStatus {
  DRAFT = 'DRAFT',
  SUBMITTED = 'SUBMITTED',
  APPROVED = 'APPROVED',
  RETURNED = 'RETURNED',
}
registerEnumType(ObservationKind, { name: 'ObservationKind', description: 'Baseline, target or actual value.' });
registerEnumType(ScopeKind, { name: 'ScopeKind', description: 'What an observation is about.' });
registerEnumType(ReviewStatus, {
  name: 'ReviewStatus',
  description: 'Where a value stands in review; only APPROVED values are the official record.',
});

@Entity()
@Index({ properties: ['indicatorId', 'periodStart'] })
// An observation is about exactly one thing: the scope column that scope_kind names, and no other.
@Check({
  name: 'observation_scope_check',
  expression: OBSERVATION_SCOPES.map(
    (scope) => `("scope_kind" = '${scope.kind}') = ("${scope.column}" is not null)`,
  ).join('\n    and '),
})
@Check({ name: 'observation_period_check', expression: '"period_start" <= "period_end"' })
@ObjectType({
  implements: Node,
  description: 'One value of one indicator for one scope, period and disaggregation cell, with its source.',
})
export class Observation extends BaseEntity {
  @ManyToOne(() => Indicator, { deleteRule: 'restrict', mapToPk: true, fieldName: 'indicator_id', index: true })
  indicatorId!: number;

  @Enum({ items: () => ScopeKind })
  @Index()
  @Field(() => ScopeKind, { description: 'What the value is about; the matching scope field holds it.' })
  scopeKind!: ScopeKind;

  @ManyToOne(() => Country, {
    deleteRule: 'restrict',
    nullable: true,
    mapToPk: true,
    fieldName: 'country_code',
    index: true,
  })
  countryCode?: string | null;

  @ManyToOne(() => Programme, {
    deleteRule: 'restrict',
    nullable: true,
    mapToPk: true,
    fieldName: 'programme_id',
    index: true,
  })
  programmeId?: number | null;

  @ManyToOne(() => Initiative, {
    deleteRule: 'restrict',
    nullable: true,
    mapToPk: true,
    fieldName: 'initiative_id',
    index: true,
  })
  initiativeId?: number | null;

  @ManyToOne(() => Municipality, {
    deleteRule: 'restrict',
    nullable: true,
    mapToPk: true,
    fieldName: 'municipality_id',
    index: true,
  })
  municipalityId?: number | null;

  @ManyToOne(() => Organisation, {
    deleteRule: 'restrict',
    nullable: true,
    mapToPk: true,
    fieldName: 'organisation_id',
    index: true,
  })
  organisationId?: number | null;

  @ManyToOne(() => Activity, {
    deleteRule: 'restrict',
    nullable: true,
    mapToPk: true,
    fieldName: 'activity_id',
    index: true,
  })
  activityId?: number | null;

  @Property({ type: 'date' })
  @Index()
  @Field(() => LocalDate, { description: 'First day of the period the value covers (YYYY-MM-DD).' })
  periodStart!: string;

  @Property({ type: 'date' })
  @Field(() => LocalDate, { description: 'Last day of the period the value covers (YYYY-MM-DD).' })
  periodEnd!: string;

  @Enum({ items: () => Sex, default: Sex.TOTAL })
  @Index()
  @Field(() => Sex, { description: 'Sex disaggregation cell: TOTAL, FEMALE or MALE.' })
  sex: Opt<Sex> = Sex.TOTAL;

  @Enum({ items: () => PersonRole, nullable: true })
  @Field(() => PersonRole, {
    nullable: true,
    description: 'Role disaggregation cell; null when the value covers every role.',
  })
  role?: PersonRole | null;

  @Enum({ items: () => ObservationKind })
  @Index()
  @Field(() => ObservationKind, { description: 'Baseline, target or actual.' })
  kind!: ObservationKind;

  @Property({ type: 'decimal', precision: 20, scale: 4 })
  @Field(() => Float, { description: "The value, in the indicator's unit (a percentage as 63 for 63 %)." })
  value!: string;

  @Property({ type: 'decimal', precision: 20, scale: 4, nullable: true })
  @Field(() => Float, { nullable: true, description: 'Numerator of a percentage, where known.' })
  numerator?: string | null;

  @Property({ type: 'decimal', precision: 20, scale: 4, nullable: true })
  @Field(() => Float, { nullable: true, description: 'Denominator of a percentage, where known.' })
  denominator?: string | null;

  @ManyToOne(() => Source, {
    deleteRule: 'restrict',
    nullable: true,
    mapToPk: true,
    fieldName: 'source_id',
    index: true,
  })
  sourceId?: number | null;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'The words of the source that state the value.' })
  sourceQuote?: string | null;

  @Enum({ items: () => ReviewStatus, default: ReviewStatus.DRAFT })
  @Index()
  @Field(() => ReviewStatus, { description: 'Where the value stands in review.' })
  reviewStatus: Opt<ReviewStatus> = ReviewStatus.DRAFT;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, {
    nullable: true,
    description: "The reviewer's comment when the value was last returned or approved.",
  })
  reviewComment?: string | null;

  @Property({ type: 'json', default: '[]' })
  @Field(() => [String], { description: 'Links to documents that back the value (evidence), as sent with it.' })
  evidenceUrls: Opt<string[]> = [];

  // Optimistic lock: every change adds one; a write that names an older version is refused with CONFLICT.
  @Property({ type: 'integer', version: true })
  @Field(() => Int, {
    description: 'Changes with every write; send it back with an update so a stale one is refused with CONFLICT.',
  })
  version!: Opt<number>;
}

/** Observation as `src/entities/record-types.ts` lists it. */
export const observationRecord = recordType(Observation, {
  node: { typeName: 'Observation', key: 'id' },
  naturalKeys: [
    {
      // One value per indicator, scope, period, disaggregation cell and kind: the natural key that
      // makes re-sending a value idempotent. Only the scope's own column is set, so the others are
      // null and must count as equal.
      properties: [
        'indicatorId',
        'scopeKind',
        ...OBSERVATION_SCOPES.map((scope) => scope.property),
        'periodStart',
        'periodEnd',
        'sex',
        'role',
        'kind',
      ],
      nullsNotDistinct: { indexName: 'observation_natural_key' },
    },
  ],
  readRule: 'observation',
});
