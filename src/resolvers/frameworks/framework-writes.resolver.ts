import { Indicator } from '../../entities/indicator.entity';
import { frameworkElementSpec, frameworkSpec } from '../../writes/framework.writes';
import { indicatorFrameworkElementsLinks } from '../../writes/indicator.links';
import { linkSetWriteResolver } from '../record-writes/link-set-write.resolver';
import { recordWriteResolver } from '../record-writes/record-write.resolver';
import { FrameworkElementInput, FrameworkInput, IndicatorFrameworkElementInput } from './framework.input';

/** createFramework, updateFramework, archiveFramework; the same for FrameworkElement; setIndicatorFrameworkElements. */
export const FrameworkWritesResolvers = [
  recordWriteResolver(frameworkSpec, FrameworkInput),
  recordWriteResolver(frameworkElementSpec, FrameworkElementInput),
  linkSetWriteResolver(
    indicatorFrameworkElementsLinks,
    Indicator,
    { input: IndicatorFrameworkElementInput },
    'the framework elements an indicator is mapped to, each with its rationale',
  ),
];
