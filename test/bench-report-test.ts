import { describe, expect, it } from 'vitest';
import type { BenchResult } from '../bench/bench-result';
import { markdownReport } from '../bench/report';

const idle = { waitedMs: 1000, timedOut: false };

function result(name: string, concurrency: number, sqlPerRequest: number): BenchResult {
  return {
    name,
    observations: 20_000,
    concurrency,
    hubProcesses: 1,
    rps: 2,
    p50Ms: 20,
    p99Ms: 30,
    floorRps: 2,
    floorP50Ms: 5,
    floorP99Ms: 10,
    ratio: 4,
    sqlPerRequest,
    peakRssMb: 170,
    idleWait: { hub: idle, floor: idle },
  };
}

function statementsLine(results: BenchResult[]): string {
  const report = markdownReport({
    results,
    mixed: [],
    machine: { cpus: 2, cpuModel: 'cpu', memoryGb: 8, node: 'v20', postgres: 'PostgreSQL 15', database: 'test' },
    date: new Date('2026-12-03T12:00:00Z'),
    wallSeconds: 60,
  });
  return report.split('\n').find((line) => line.startsWith('- SQL statements per request'))!;
}

describe('the benchmark report on SQL statements per request', () => {
  it('says the count is the same when every run of each operation averaged the same', () => {
    expect(
      statementsLine([
        result('municipality profile', 1, 10),
        result('municipality profile', 32, 10),
        result('funder dashboard', 1, 8),
        result('funder dashboard', 32, 8),
      ]),
    ).toBe('- SQL statements per request: the same at every concurrency and dataset size.');
  });

  it('gives the averages of an operation whose count depends on timing, beside the bounds and the reason its definition gives', () => {
    // A quick run: 19 statements over 2 requests, 634 over 64.
    const line = statementsLine([
      result('municipality profile', 1, 19 / 2),
      result('municipality profile', 32, 634 / 64),
    ]);
    expect(line).toMatch(
      /^- SQL statements per request: varies for municipality profile \(9\.50, 9\.91 on average over its runs, within the 9 to 10 one request sends: its participations' programmes and its initiatives' programmes are read in one statement when .*\)\.$/,
    );
  });

  it('says so when the averages leave the bounds, and when an operation that varies gives no reason', () => {
    expect(statementsLine([result('municipality profile', 1, 10), result('municipality profile', 32, 10.5)])).toContain(
      'municipality profile (10.00, 10.50 on average over its runs, OUTSIDE the 9 to 10 one request is known to send)',
    );
    expect(statementsLine([result('funder dashboard', 1, 8), result('funder dashboard', 32, 8.25)])).toBe(
      '- SQL statements per request: varies for funder dashboard (8.00, 8.25 on average over its runs; no reason known).',
    );
  });
});
