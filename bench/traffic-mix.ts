import type { BenchOperation } from './operations/bench-operation';

/**
 * The mixed run's traffic: the operations as a dashboard's visitors send them, one cycle of twelve
 * requests by operation name, interleaved so no operation comes twice in a row. Municipality
 * profiles are the pages most opened (4 of 12), then funders' dashboards (3), series charts (2)
 * and rankings (2); the deep page, a whole catalogue at once, is the rare one (1).
 */
export const TRAFFIC_MIX = [
  'BenchMunicipalityProfile',
  'BenchFunderDashboard',
  'BenchSexSeries',
  'BenchMunicipalityProfile',
  'BenchRanking',
  'BenchFunderDashboard',
  'BenchMunicipalityProfile',
  'BenchDeepPage',
  'BenchSexSeries',
  'BenchFunderDashboard',
  'BenchMunicipalityProfile',
  'BenchRanking',
] as const;

/** The cycle's operations in order; fails when the mix names one the benchmark does not have. */
export function mixedOperations(operations: BenchOperation[]): BenchOperation[] {
  return TRAFFIC_MIX.map((name) => {
    const operation = operations.find((candidate) => candidate.operationName === name);
    if (!operation) throw new Error(`The traffic mix names ${name}, which is not one of the benchmark's operations.`);
    return operation;
  });
}

/** The mix in words for the report: each operation's share of the requests. */
export function describeMix(operations: BenchOperation[]): string {
  const cycle = mixedOperations(operations);
  const counts = new Map<string, number>();
  for (const operation of cycle) counts.set(operation.name, (counts.get(operation.name) ?? 0) + 1);
  return `${[...counts].map(([name, count]) => `${count} × ${name}`).join('; ')} in every ${cycle.length} requests`;
}
