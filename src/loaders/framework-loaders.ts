import type DataLoader from 'dataloader';
import { IndicatorFrameworkElement } from '../entities/framework-element-indicator.entity';
import { FrameworkElement } from '../entities/framework-element.entity';
import { Indicator } from '../entities/indicator.entity';
import { createFrameworkCoverageLoader, type FrameworkCoverageRow } from './framework-coverage.loader';
import { createLinkedRowsLoader } from './linked-rows.loader';
import type { Reader } from './reader';
import type { ResultScopeColumn } from './results-by-scope.loader';
import { createRowsByForeignKeyLoader } from './rows-by-foreign-key.loader';

/** One scope results are kept for: the observation column that holds it, and its key. */
export interface ResultScope {
  column: ResultScopeColumn;
  key: string | number;
}

/** The loaders of frameworks, their elements and the indicators mapped to them, for one request. */
export function createFrameworkLoaders(reader: Reader) {
  const coverages = new Map<string, DataLoader<number, FrameworkCoverageRow>>();
  return {
    elementsByFramework: createRowsByForeignKeyLoader<FrameworkElement, number>(
      reader,
      FrameworkElement,
      'frameworkId',
      ['position', 'code'],
    ),
    indicatorsByFrameworkElement: createLinkedRowsLoader<IndicatorFrameworkElement, Indicator, number>(reader, {
      link: IndicatorFrameworkElement,
      from: 'elementId',
      to: 'indicatorId',
      target: Indicator,
      targetKey: 'id',
      orderBy: 'code',
    }),
    frameworkMappingsByIndicator: createRowsByForeignKeyLoader<IndicatorFrameworkElement, number>(
      reader,
      IndicatorFrameworkElement,
      'indicatorId',
      ['id'],
    ),
    frameworkElementsByIndicator: createLinkedRowsLoader<IndicatorFrameworkElement, FrameworkElement, number>(reader, {
      link: IndicatorFrameworkElement,
      from: 'indicatorId',
      to: 'elementId',
      target: FrameworkElement,
      targetKey: 'id',
      orderBy: ['frameworkId', 'position'],
    }),

    /** The coverage loader of one scope, made on first use: frameworks asked about the same scope share a statement. */
    frameworkCoverage(scope: ResultScope): DataLoader<number, FrameworkCoverageRow> {
      const key = `${scope.column}|${scope.key}`;
      let loader = coverages.get(key);
      if (!loader) coverages.set(key, (loader = createFrameworkCoverageLoader(reader, scope.column, scope.key)));
      return loader;
    },
  };
}
