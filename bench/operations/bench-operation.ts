/** One representative operation: its GraphQL document and variables, and the floor's one SQL statement. */
export interface BenchOperation {
  /** Short name in the report. */
  name: string;
  /** The GraphQL operation's name, which `/metrics` counts requests and SQL statements by. */
  operationName: string;
  query: string;
  variables: Record<string, unknown>;
  /**
   * One hand-written SQL statement that builds the same `data` as JSON in PostgreSQL, under the
   * hub's read rules for an anonymous caller (published programmes, approved values). It returns
   * one row with one column, `data`, as text.
   */
  floorSql: string;
  /** The statement's parameters, from the request's variables. */
  floorParams: (variables: Record<string, unknown>) => unknown[];
  /** Also run on the small dataset, to see how it scales with the number of observations. */
  scales: boolean;
  /**
   * When one request's SQL statements depend on timing: the fewest and the most a request sends,
   * and why. The report then gives the averages it measured beside them instead of only "varies".
   */
  statementsVary?: { fewest: number; most: number; why: string };
}

/** SQL for a date column as the API writes it, or null. */
export const localDate = (column: string) => `to_char(${column}, 'YYYY-MM-DD')`;

/** SQL for `Money` from an amount and a currency column: null when either is missing. */
export const money = (amount: string, currency: string) =>
  `case when ${amount} is not null and ${currency} is not null then json_build_object('amount', ${amount}::float8, 'currency', ${currency}) end`;

/** SQL for the hub's global id of a row (`base64url("Type:key")`). */
export const globalId = (typeName: string, key: string) =>
  `translate(rtrim(encode(convert_to('${typeName}:' || ${key}, 'UTF8'), 'base64'), '='), '+/', '-_')`;

/**
 * SQL for an indicator result's `progress` (`src/analytics/progress.ts`) over float8 values
 * `b`, `t`, `a` (baseline, target, latest actual) and the indicator's `direction`.
 */
export const progress = (b: string, t: string, a: string, direction: string) => `
  case when ${a} is null or ${t} is null or ${direction} = 'NEUTRAL' then null
       when ${b} is not null then case when ${t} = ${b} then null else (${a} - ${b}) / (${t} - ${b}) end
       when ${direction} = 'LOWER_IS_BETTER' or ${t} = 0 then null
       else ${a} / ${t} end`;

/**
 * SQL for the latest approved totals (sex TOTAL, every role) of each indicator and kind of the
 * scope `column = key`, as `IndicatorFigures` do: one row per indicator and kind.
 */
export const latestTotals = (column: string, key: string) => `
  select distinct on (o.indicator_id, o.kind) o.*
  from observation o
  where o.${column} = ${key} and o.sex = 'TOTAL' and o.role is null and o.review_status = 'APPROVED'
  order by o.indicator_id, o.kind, o.period_end desc, o.id desc`;
