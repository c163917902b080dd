import { ObjectType } from 'type-graphql';

/** Root value: the figures of one indicator for one scope (see `IndicatorFigures`). */
@ObjectType({
  description:
    'Where one indicator stands for one scope: its latest baseline, target and actual (totals for both sexes and every role, approved values the viewer may read) and the progress between them.',
})
export class IndicatorResult {}
