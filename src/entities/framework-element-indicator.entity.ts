import { Entity, ManyToOne, Property } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { BaseEntity } from './base.entity';
import { FrameworkElement } from './framework-element.entity';
import { Indicator } from './indicator.entity';
import type { RecordPart } from './record-type';
import { recordType } from './record-type';

/** An indicator mapped to a framework element; an indicator may map to elements of several frameworks at once. */
@Entity()
@ObjectType('IndicatorFrameworkMapping', {
  description: 'An indicator mapped to a framework element, with the reason given for the mapping.',
})
export class IndicatorFrameworkElement extends BaseEntity {
  @ManyToOne(() => Indicator, { deleteRule: 'restrict', mapToPk: true, fieldName: 'indicator_id' })
  indicatorId!: number;

  @ManyToOne(() => FrameworkElement, { deleteRule: 'restrict', mapToPk: true, fieldName: 'element_id', index: true })
  elementId!: number;

  /** Why the indicator measures the element: a mapping is a claim, and the claim keeps its reason. */
  @Property({ type: 'text', nullable: true })
  @Field(() => String, {
    nullable: true,
    description: 'Why the indicator measures the element, as written when it was mapped.',
  })
  rationale?: string | null;
}

/** The mappings of an indicator are part of it: `setIndicatorFrameworkElements` writes them, and they stay in place while it is archived. */
const INDICATOR_PART: RecordPart = { owner: Indicator, table: 'indicator', column: 'indicator_id' };

/** IndicatorFrameworkElement as `src/entities/record-types.ts` lists it. */
export const indicatorFrameworkElementRecord = recordType(IndicatorFrameworkElement, {
  node: undefined,
  naturalKeys: [{ properties: ['indicatorId', 'elementId'] }],
  readRule: 'public',
  partOf: INDICATOR_PART,
});
