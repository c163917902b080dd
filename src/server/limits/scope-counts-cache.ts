import type { MikroORM } from '@mikro-orm/postgresql';
import { loadScopeCounts, UNKNOWN_SCOPE_COUNTS, type ScopeCounts } from '../../analytics/scope-counts';
import { logger } from '../../ops/logger';

/** How often the counts are read again: places and programmes are added rarely, and a count a minute old still bounds the work well. */
const REFRESH_SECONDS = 60;

/** The hub's scope counts, read at start and again every minute, so costing an operation never waits for the database. */
export interface ScopeCountsCache {
  /** The latest counts; no bound at all until the first read answered. */
  readonly current: ScopeCounts;
  start(): Promise<void>;
  stop(): void;
}

export function createScopeCountsCache(orm: MikroORM): ScopeCountsCache {
  let current = UNKNOWN_SCOPE_COUNTS;
  let timer: NodeJS.Timeout | undefined;
  const refresh = async () => {
    try {
      current = await loadScopeCounts(orm.em.fork());
    } catch (error) {
      logger.warn({ err: error }, 'Could not read the scope counts analytics are priced by; keeping the previous ones');
    }
  };
  return {
    get current() {
      return current;
    },
    async start() {
      await refresh();
      timer = setInterval(() => void refresh(), REFRESH_SECONDS * 1000);
      timer.unref();
    },
    stop() {
      clearInterval(timer);
    },
  };
}
