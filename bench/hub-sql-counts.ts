/** How many requests of some operations the hub has answered, and the SQL statements they sent. */
export interface SqlCounts {
  requests: number;
  statements: number;
}

function counterValue(metrics: string, name: string, operation: string): number {
  const line = metrics.split('\n').find((text) => text.startsWith(`${name}{operation="${operation}"}`));
  return line ? Number(line.slice(line.lastIndexOf(' ') + 1)) : 0;
}

/** Reads the operations' request and SQL statement counters from the hub's `/metrics`, added up. */
export async function hubSqlCounts(metricsUrl: string, operationNames: string[]): Promise<SqlCounts> {
  const metrics = await (await fetch(metricsUrl)).text();
  const sum = (name: string) =>
    operationNames.reduce((total, operation) => total + counterValue(metrics, name, operation), 0);
  return { requests: sum('hub_graphql_requests_total'), statements: sum('hub_sql_statements_total') };
}
