import {
  indicatorRecord,
  type Disaggregation,
  type IndicatorAggregation,
  type IndicatorComputation,
  type IndicatorDirection,
  type IndicatorLevel,
  type IndicatorUnit,
} from '../entities/indicator.entity';
import { indicatorChangesBreakingValues } from './indicator-stored-values';
import { recordSpec } from './record-spec';

/** What a write of an indicator reads from its input: the editable fields, and the records it names by global id (or code). */
export interface IndicatorFields {
  code: string;
  nameEn: string;
  definition?: string | null;
  unit: IndicatorUnit;
  level: IndicatorLevel;
  direction: IndicatorDirection;
  aggregation: IndicatorAggregation;
  disaggregations: Disaggregation[];
  computation: IndicatorComputation;
}

/** Indicators: ADMIN tokens only (every programme's values are measured by them). */
export const indicatorSpec = recordSpec<IndicatorFields>(indicatorRecord, {
  references: {},
  columns: (input) => ({
    code: input.code,
    name_en: input.nameEn,
    definition: input.definition ?? null,
    unit: input.unit,
    level: input.level,
    direction: input.direction,
    aggregation: input.aggregation,
    disaggregations: input.disaggregations,
    computation: input.computation,
  }),
  storedRows: indicatorChangesBreakingValues,
});
