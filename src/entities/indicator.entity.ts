import { Entity, Enum, Property, type Opt } from '@mikro-orm/core';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { Node } from '../schema/node.interface';
import { EditableEntity } from './editable.entity';
import { CODE_KEY, recordType } from './record-type';

/** What an indicator's values measure in. */
export enum IndicatorUnit {
  PERCENT = 'PERCENT',
  COUNT = 'COUNT',
  MONEY = 'MONEY',
  SCORE = 'SCORE',
  BOOLEAN = 'BOOLEAN',
}
/** The results-chain level of an indicator (IATI result types 1-3). */
export enum IndicatorLevel {
  OUTPUT = 'OUTPUT',
  OUTCOME = 'OUTCOME',
  IMPACT = 'IMPACT',
}
/** Which way is better for an indicator's values. */
export enum IndicatorDirection {
  HIGHER_IS_BETTER = 'HIGHER_IS_BETTER',
  LOWER_IS_BETTER = 'LOWER_IS_BETTER',
  NEUTRAL = 'NEUTRAL',
}
/** How an indicator's values combine across scopes and periods. */
export enum IndicatorAggregation {
  SUM = 'SUM',
  MEAN = 'MEAN',
  SHARE = 'SHARE',
  LATEST = 'LATEST',
}
/** The dimensions an indicator's values may be split by. */
export enum Disaggregation {
  SEX = 'SEX',
  ROLE = 'ROLE',
}
/** Whether values are published figures or derived by the hub from its records. */
export enum IndicatorComputation {
  REPORTED = 'REPORTED',
  COMPUTED = 'COMPUTED',
}
registerEnumType(IndicatorUnit, { name: 'IndicatorUnit', description: "What an indicator's values measure in." });
registerEnumType(IndicatorLevel, {
  name: 'IndicatorLevel',
  description: 'The results-chain level of an indicator (IATI result types output, outcome, impact).',
});
registerEnumType(IndicatorDirection, {
  name: 'IndicatorDirection',
  description: "Which way is better for an indicator's values.",
});
registerEnumType(IndicatorAggregation, {
  name: 'IndicatorAggregation',
  description: "How an indicator's values combine across scopes and periods.",
});
registerEnumType(Disaggregation, {
  name: 'Disaggregation',
  description: "A dimension an indicator's values may be split by.",
});
registerEnumType(IndicatorComputation, {
  name: 'IndicatorComputation',
  description: 'Whether values are published figures or derived by the hub from its records.',
});

@Entity()
@ObjectType({
  implements: Node,
  description: 'Something measured about programmes, initiatives, municipalities or organisations.',
})
export class Indicator extends EditableEntity {
  @Property({ type: 'text' })
  @Field({ description: 'Stable natural key, for example `HAJ_TANGIBLE_IMPROVEMENTS`.' })
  code!: string;

  @Property({ type: 'text' })
  @Field({ description: 'Name in English.' })
  nameEn!: string;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'What exactly is counted or measured.' })
  definition?: string | null;

  @Enum({ items: () => IndicatorUnit })
  @Field(() => IndicatorUnit, { description: 'What the values measure in.' })
  unit!: IndicatorUnit;

  @Enum({ items: () => IndicatorLevel })
  @Field(() => IndicatorLevel, { description: 'Output, outcome or impact.' })
  level!: IndicatorLevel;

  @Enum({ items: () => IndicatorDirection })
  @Field(() => IndicatorDirection, { description: 'Which way is better.' })
  direction!: IndicatorDirection;

  @Enum({ items: () => IndicatorAggregation })
  @Field(() => IndicatorAggregation, { description: 'How values combine across scopes and periods.' })
  aggregation!: IndicatorAggregation;

  @Enum({ items: () => Disaggregation, array: true, default: [] })
  @Field(() => [Disaggregation], { description: 'The dimensions values may be split by.' })
  disaggregations: Opt<Disaggregation[]> = [];

  @Enum({ items: () => IndicatorComputation })
  @Field(() => IndicatorComputation, { description: 'Reported (a published figure) or computed by the hub.' })
  computation!: IndicatorComputation;
}

/** Indicator as `src/entities/record-types.ts` lists it. */
export const indicatorRecord = recordType(Indicator, {
  node: { typeName: 'Indicator', key: 'id' },
  naturalKeys: [CODE_KEY],
  readRule: 'public',
});
