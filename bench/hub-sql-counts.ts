/** How many requests of one operation the hub has answered, and the SQL statements they sent. */
export interface SqlCounts {
  requests: number;
  statements: number;
}

function counterValue(metrics: string, name: string, operation: string): number {
  const line = metrics.split('\n').find((text) => text.startsWith(`${name}{operation="${operation}"}`));
  return line ? Number(line.slice(line.lastIndexOf(' ') + 1)) : 0;
}

/** Reads the operation's request and SQL statement counters from the hub's `/metrics`. */
export async function hubSqlCounts(metricsUrl: string, operationName: string): Promise<SqlCounts> {
  const metrics = await (await fetch(metricsUrl)).text();
  return {
    requests: counterValue(metrics, 'hub_graphql_requests_total', operationName),
    statements: counterValue(metrics, 'hub_sql_statements_total', operationName),
  };
}
