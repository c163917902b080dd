import DataLoader from 'dataloader';
import { loadComputedFigures, type ComputedFigureRow, type DayRange } from '../analytics/computed-programme-figures';
import { groupByKey } from './rows-by-foreign-key.loader';
import type { Reader } from './reader';

/**
 * The computed figures of programmes, by programme id: one loader per period asked for (made on
 * first use), each answering a batch of programmes with one statement.
 */
export function createComputedFiguresLoaders(
  reader: Reader,
): (period: DayRange | null) => DataLoader<number, ComputedFigureRow[]> {
  const byPeriod = new Map<string, DataLoader<number, ComputedFigureRow[]>>();
  return (period) => {
    const key = period ? `${period.from}..${period.to}` : '';
    let loader = byPeriod.get(key);
    if (!loader) {
      loader = new DataLoader<number, ComputedFigureRow[]>(async (programmeIds) =>
        groupByKey(programmeIds, await loadComputedFigures(reader, programmeIds, period), (row) => row.programmeId),
      );
      byPeriod.set(key, loader);
    }
    return loader;
  };
}
