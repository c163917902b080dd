import type { Client } from 'pg';
import { cpuTimeMs } from './process-cpu';

/**
 * What "idle" means before a run: over a quiet window of `QUIET_WINDOW_MS`, every server process
 * used at most `QUIET_CPU_MS` of CPU time, and at no poll (every `POLL_MS`) was a backend of the
 * benchmark database, other than the poller's own, in any state but idle. Waits give up after
 * `IDLE_TIMEOUT_MS`, and the report says so.
 */
export const POLL_MS = 100;
export const QUIET_WINDOW_MS = 1_000;
export const QUIET_CPU_MS = 20;
export const IDLE_TIMEOUT_MS = 60_000;

/** How long a wait for idle took, and whether it gave up. */
export interface IdleWait {
  waitedMs: number;
  timedOut: boolean;
}

/** Backends of the poller's database, other than its own, doing anything but waiting for a query. */
async function busyBackends(poller: Client): Promise<number> {
  const result = await poller.query<{ busy: number }>(
    `select count(*)::int as busy from pg_stat_activity
     where datname = current_database() and pid <> pg_backend_pid() and state is distinct from 'idle' and state is not null`,
  );
  return result.rows[0].busy;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Waits until the processes `pids` and PostgreSQL (the backends of `poller`'s database) are idle
 * as defined above, or `IDLE_TIMEOUT_MS` has passed.
 */
export async function waitUntilIdle(pids: number[], poller: Client): Promise<IdleWait> {
  const started = Date.now();
  const cpuOfAll = () => pids.map(cpuTimeMs);
  let windowStarted = Date.now();
  let cpuAtWindowStart = cpuOfAll();
  for (;;) {
    await sleep(POLL_MS);
    const now = Date.now();
    const cpu = cpuOfAll();
    const busy = (await busyBackends(poller)) > 0 || cpu.some((ms, i) => ms - cpuAtWindowStart[i] > QUIET_CPU_MS);
    if (busy) {
      windowStarted = now;
      cpuAtWindowStart = cpu;
    } else if (now - windowStarted >= QUIET_WINDOW_MS) return { waitedMs: now - started, timedOut: false };
    if (now - started >= IDLE_TIMEOUT_MS) return { waitedMs: now - started, timedOut: true };
  }
}

/** The idle rule in words, for the report. */
export function idleRule(): string {
  return (
    `both servers' processes used at most ${QUIET_CPU_MS} ms of CPU time (/proc/<pid>/stat) over ${QUIET_WINDOW_MS / 1000} s, ` +
    `and in that second no backend of the benchmark database but the poller's was in any state but idle ` +
    `(pg_stat_activity, polled every ${POLL_MS} ms); a wait gives up after ${IDLE_TIMEOUT_MS / 1000} s`
  );
}
