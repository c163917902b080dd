import { indicatorSpec } from '../../writes/indicator.writes';
import { IndicatorInput } from './indicator.input';
import { recordWriteResolver } from '../record-writes/record-write.resolver';

/** createIndicator, updateIndicator, archiveIndicator. */
export const IndicatorWritesResolver = recordWriteResolver(indicatorSpec, IndicatorInput);
