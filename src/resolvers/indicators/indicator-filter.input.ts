import { Field, InputType } from 'type-graphql';
import { IndicatorLevel, IndicatorUnit } from '../../entities/indicator.entity';
import type { IndicatorListFilter } from '../../loaders/indicator-list.query';

@InputType({ description: 'Which indicators to list; every condition given must hold.' })
export class IndicatorFilter implements IndicatorListFilter {
  @Field(() => IndicatorLevel, { nullable: true, description: 'Only output, outcome or impact indicators.' })
  level?: IndicatorLevel | null;

  @Field(() => IndicatorUnit, { nullable: true, description: 'Only indicators measured in this unit.' })
  unit?: IndicatorUnit | null;

  @Field(() => String, { nullable: true, description: 'Text contained in the code or name, ignoring case.' })
  search?: string | null;
}
