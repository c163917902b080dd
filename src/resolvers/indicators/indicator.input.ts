import { ArrayUnique } from 'class-validator';
import { Field, InputType } from 'type-graphql';
import {
  Disaggregation,
  IndicatorAggregation,
  IndicatorComputation,
  IndicatorDirection,
  IndicatorLevel,
  IndicatorUnit,
} from '../../entities/indicator.entity';
import type { IndicatorFields } from '../../writes/indicator.writes';
import { CodeField, EnglishNameField, TextField } from '../record-writes/record-input-fields';

/** The editable fields of an indicator. */
@InputType({ description: 'The editable fields of an indicator; an update replaces all of them.' })
export class IndicatorInput implements IndicatorFields {
  @CodeField(
    'Stable natural key, unique among indicators, for example `HAJ_TANGIBLE_IMPROVEMENTS`; values are submitted by it.',
  )
  code!: string;

  @EnglishNameField()
  nameEn!: string;

  @TextField('What exactly is counted or measured.')
  definition?: string | null;

  @Field(() => IndicatorUnit, { description: 'What the values measure in; PERCENT values lie from 0 to 100.' })
  unit!: IndicatorUnit;

  @Field(() => IndicatorLevel, { description: 'Output, outcome or impact.' })
  level!: IndicatorLevel;

  @Field(() => IndicatorDirection, { description: 'Which way is better.' })
  direction!: IndicatorDirection;

  @Field(() => IndicatorAggregation, { description: 'How values combine across scopes and periods.' })
  aggregation!: IndicatorAggregation;

  @Field(() => [Disaggregation], { defaultValue: [], description: 'The dimensions values may be split by, each once.' })
  @ArrayUnique({ message: 'lists a dimension twice.' })
  disaggregations!: Disaggregation[];

  @Field(() => IndicatorComputation, {
    description: 'REPORTED (values are submitted) or COMPUTED by the hub (values are refused).',
  })
  computation!: IndicatorComputation;
}
