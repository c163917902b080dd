import { Indicator } from '../entities/indicator.entity';
import type { IndicatorInput } from '../resolvers/indicators/indicator.input';
import { indicatorChangesBreakingValues } from './indicator-stored-values';
import { CODE_KEY, type RecordSpec } from './record-spec';

/** Indicators: ADMIN tokens only (every programme's values are measured by them). */
export const indicatorSpec: RecordSpec<IndicatorInput> = {
  typeName: 'Indicator',
  entity: Indicator,
  references: {},
  columns: (input) => ({
    code: input.code, name_en: input.nameEn, definition: input.definition ?? null, unit: input.unit, level: input.level,
    direction: input.direction, aggregation: input.aggregation, disaggregations: input.disaggregations, computation: input.computation,
  }),
  naturalKeys: [CODE_KEY],
  storedRows: indicatorChangesBreakingValues,
};
