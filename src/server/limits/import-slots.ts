import type { LimitSettings } from '../server-settings';

/** Why an import could not start now: the client already runs its share, or the instance runs all it may. */
export type ImportRefusal = 'client' | 'instance';

/** The imports one instance runs at once. */
export interface ImportSlots {
  /** Takes a slot for an import of `clientKey` and returns the function that gives it back, or says why there is none. */
  take(clientKey: string): { release: () => void } | { refused: ImportRefusal };
}

/**
 * Holds the imports one instance runs at once to `importMaxConcurrent`, and those of one client
 * (`token:<id>`) to `importMaxConcurrentPerClient`. Each import holds a database connection of its
 * own and a temporary table for minutes, so an import over either limit is refused at once rather
 * than queued: a queued upload would hold its HTTP connection and its bytes all the same.
 */
export function createImportSlots(
  limits: Pick<LimitSettings, 'importMaxConcurrent' | 'importMaxConcurrentPerClient'>,
): ImportSlots {
  const byClient = new Map<string, number>();
  let running = 0;
  return {
    take(clientKey) {
      const ofClient = byClient.get(clientKey) ?? 0;
      if (ofClient >= limits.importMaxConcurrentPerClient) return { refused: 'client' };
      if (running >= limits.importMaxConcurrent) return { refused: 'instance' };
      running += 1;
      byClient.set(clientKey, ofClient + 1);
      let released = false;
      return {
        release: () => {
          if (released) return;
          released = true;
          running -= 1;
          const left = byClient.get(clientKey)! - 1;
          if (left === 0) byClient.delete(clientKey);
          else byClient.set(clientKey, left);
        },
      };
    },
  };
}
