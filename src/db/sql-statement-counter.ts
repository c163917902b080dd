import { AsyncLocalStorage } from 'node:async_hooks';
import { DefaultLogger, type LogContext } from '@mikro-orm/core';

/** The SQL statements one request (or one counted block of work) has sent to the database. */
export interface SqlStatementTally {
  count: number;
}

const tallies = new AsyncLocalStorage<SqlStatementTally>();

/** Runs `work` and counts every SQL statement it sends, through any path of the ORM. */
export async function countSqlStatements<T>(work: () => Promise<T>): Promise<{ result: T; statements: number }> {
  const tally: SqlStatementTally = { count: 0 };
  const result = await tallies.run(tally, work);
  return { result, statements: tally.count };
}

/** Runs `work` with `tally` counting its SQL statements; the caller reads the tally when it wants. */
export function runCountingSql<T>(tally: SqlStatementTally, work: () => T): T {
  return tallies.run(tally, work);
}

/** MikroORM logger that adds each statement to the tally of the work that sent it. */
export class SqlCountingLogger extends DefaultLogger {
  override logQuery(context: { query: string } & LogContext): void {
    const tally = tallies.getStore();
    if (tally) tally.count += 1;
    super.logQuery(context);
  }
}
