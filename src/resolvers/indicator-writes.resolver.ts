import { Indicator } from '../entities/indicator.entity';
import { indicatorSpec } from '../writes/indicator.spec';
import { IndicatorInput } from './indicator.input';
import { recordWriteResolver } from './record-write.resolver';

/** createIndicator, updateIndicator, archiveIndicator. */
export const IndicatorWritesResolver = recordWriteResolver(indicatorSpec, Indicator, IndicatorInput);
