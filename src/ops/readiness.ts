import type { MikroORM } from '@mikro-orm/postgresql';

/** Whether the hub can serve: the database answers and has every migration the code knows. */
export type Readiness = { ready: true } | { ready: false; reason: string; detail?: string };

/** Rejects with `message` when `work` takes longer than `ms`; `work` itself is left to finish. */
async function within<T>(ms: number, message: string, work: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(message)), ms);
  });
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Checks that `select 1` answers within `timeoutMs` and no migration is pending. `reason` is
 * safe to show to anyone; `detail` (the driver's message) is for the log.
 */
export async function checkReadiness(orm: MikroORM, timeoutMs = 1000): Promise<Readiness> {
  try {
    await within(timeoutMs, `no answer within ${timeoutMs} ms`, orm.em.getConnection().execute('select 1'));
  } catch (error) {
    return {
      ready: false,
      reason: 'The database is unreachable.',
      detail: error instanceof Error ? error.message : String(error),
    };
  }
  let pending: string[];
  try {
    const migrations = await within(
      timeoutMs,
      `no answer within ${timeoutMs} ms`,
      orm.getMigrator().getPendingMigrations(),
    );
    pending = migrations.map((migration) => migration.name);
  } catch (error) {
    return {
      ready: false,
      reason: 'The migrations could not be checked.',
      detail: error instanceof Error ? error.message : String(error),
    };
  }
  if (pending.length > 0) return { ready: false, reason: `Migrations pending: ${pending.join(', ')}.` };
  return { ready: true };
}
