import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BenchResult, Machine, MixedResult } from './bench-result';
import { idleRule } from './idle-wait';
import { describeMix } from './traffic-mix';
import { benchOperations } from './operations';

/** The targets of the performance issue, checked on every report. */
const MAX_RATIO_AT_32 = 1.5;
const MAX_PEAK_RSS_MB = 512;
const MAX_SLOWDOWN_AT_10X = 10;

/** Everything one `npm run bench` measured, and when and where. */
export interface BenchReport {
  results: BenchResult[];
  mixed: MixedResult[];
  machine: Machine;
  date: Date;
  wallSeconds: number;
}

const fixed = (value: number, digits: number) => value.toFixed(digits);
/** The hub's processes as a table cell: a single process, or a clustered run with its workers. */
const processes = (count: number) => (count === 1 ? '1' : `${count} (clustered)`);

/** What the waits for idle took, and which of them gave up. */
function idleLines(report: BenchReport): string[] {
  const runs = [
    ...report.results.map((r) => ({
      label: `${r.name} at ${r.observations.toLocaleString('en')}, concurrency ${r.concurrency}`,
      wait: r.idleWait,
    })),
    ...report.mixed.map((r) => ({ label: `traffic mix, concurrency ${r.concurrency}`, wait: r.idleWait })),
  ];
  const waits = runs.flatMap((run) => [run.wait.hub, run.wait.floor]);
  const total = waits.reduce((sum, wait) => sum + wait.waitedMs, 0);
  const longest = Math.max(...waits.map((wait) => wait.waitedMs));
  const gaveUp = runs.flatMap((run) =>
    (['hub', 'floor'] as const)
      .filter((server) => run.wait[server].timedOut)
      .map((server) => `the ${server}'s ${run.label}`),
  );
  return [
    `Every run, of the hub and of the floor, starts from idle: ${idleRule()}. The waits took ${fixed(total / 1000, 1)} s in all, the longest ${fixed(longest / 1000, 1)} s; ${gaveUp.length === 0 ? 'every run started idle' : `NOT idle before ${gaveUp.length} run${gaveUp.length === 1 ? '' : 's'}: ${gaveUp.join('; ')}`}.`,
  ];
}

/** The traffic mix's table, or nothing when the run had none. */
function mixedLines(report: BenchReport): string[] {
  if (report.mixed.length === 0) return [];
  return [
    `Traffic mix on ${report.mixed[0].observations.toLocaleString('en')} observations: the operations interleaved as a dashboard's visitors send them (${describeMix(benchOperations())}), whichever connection sends next taking the cycle's next request.`,
    '',
    '| concurrency | hub processes | rps | p50 ms | p99 ms | floor rps | floor p50 ms | floor p99 ms | hub/floor p50 | SQL/request | peak RSS MB | floor peak RSS MB |',
    '|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
    ...report.mixed.map(
      (r) =>
        `| ${r.concurrency} | ${processes(r.hubProcesses)} | ${fixed(r.rps, 1)} | ${fixed(r.p50Ms, 1)} | ${fixed(r.p99Ms, 1)} | ${fixed(r.floorRps, 1)} | ${fixed(r.floorP50Ms, 1)} | ${fixed(r.floorP99Ms, 1)} | ${fixed(r.ratio, 2)} | ${fixed(r.sqlPerRequest, 1)} | ${Math.round(r.peakRssMb)} | ${Math.round(r.floorPeakRssMb)} |`,
    ),
    '',
  ];
}

/**
 * The summary line on SQL statements per request: the same at every concurrency and dataset size,
 * or, for each operation whose averages differ, the averages measured and, when its definition
 * says why a request's count depends on timing (`statementsVary`), whether they lie within the
 * fewest and the most one request sends, and why.
 */
function statementsLine(results: BenchResult[]): string {
  const operations = new Map(benchOperations().map((operation) => [operation.name, operation]));
  const varying = [...new Set(results.map((r) => r.name))].flatMap((name) => {
    const averages = [...new Set(results.filter((r) => r.name === name).map((r) => r.sqlPerRequest))].sort(
      (a, b) => a - b,
    );
    if (averages.length === 1) return [];
    const measured = `${averages.map((average) => fixed(average, 2)).join(', ')} on average over its runs`;
    const bounds = operations.get(name)?.statementsVary;
    if (!bounds) return [`${name} (${measured}; no reason known)`];
    const range = `${bounds.fewest} to ${bounds.most}`;
    return averages.every((average) => average >= bounds.fewest && average <= bounds.most)
      ? [`${name} (${measured}, within the ${range} one request sends: ${bounds.why})`]
      : [`${name} (${measured}, OUTSIDE the ${range} one request is known to send)`];
  });
  return `- SQL statements per request: ${varying.length === 0 ? 'the same at every concurrency and dataset size' : `varies for ${varying.join('; ')}`}.`;
}

/**
 * The results as a Markdown report: when, on what, how runs start, the table of operations, the
 * traffic mix, the scaling comparison and each target met or missed.
 */
export function markdownReport(report: BenchReport): string {
  const { results, machine, date, wallSeconds } = report;
  const largest = Math.max(...results.map((result) => result.observations));
  /** The workers of a clustered run; undefined for a single-process one. */
  const clustered = [...results, ...report.mixed].find((r) => r.hubProcesses > 1)?.hubProcesses;
  const lines = [
    `Run ${date.toISOString().slice(0, 16).replace('T', ' ')} UTC in ${Math.round(wallSeconds)} s on ${machine.cpus} cores (${machine.cpuModel}), ${fixed(machine.memoryGb, 1)} GB memory, Node ${machine.node}, ${machine.postgres} (${machine.database}).`,
    '',
    ...idleLines(report),
    '',
    'Hub processes: 1 is the hub as one Node process (single-process figures); a row with more is a clustered run, labelled so.',
    ...(clustered
      ? [
          '',
          `Clustered runs: WEB_CONCURRENCY=${clustered} worker processes (node:cluster) sharing the port, with REDIS_URL set (a clustered hub needs it: each request's rate budget is spent in Redis); peak RSS is the primary's and the workers' summed, and SQL/request comes from the workers' metrics summed by the primary. The single-process figures are in latest.md.`,
        ]
      : []),
    '',
    '| operation | observations | concurrency | hub processes | rps | p50 ms | p99 ms | floor rps | floor p50 ms | hub/floor p50 | SQL/request | peak RSS MB |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
    ...results.map(
      (r) =>
        `| ${r.name} | ${r.observations.toLocaleString('en')} | ${r.concurrency} | ${processes(r.hubProcesses)} | ${fixed(r.rps, 1)} | ${fixed(r.p50Ms, 1)} | ${fixed(r.p99Ms, 1)} | ${fixed(r.floorRps, 1)} | ${fixed(r.floorP50Ms, 1)} | ${fixed(r.ratio, 2)} | ${fixed(r.sqlPerRequest, 1)} | ${Math.round(r.peakRssMb)} |`,
    ),
    '',
    ...mixedLines(report),
  ];
  const scaled = results.filter((r) => r.observations !== largest);
  for (const small of scaled) {
    const large = results.find(
      (r) =>
        r.name === small.name &&
        r.concurrency === small.concurrency &&
        r.hubProcesses === small.hubProcesses &&
        r.observations === largest,
    )!;
    const slowdown = large.p50Ms / small.p50Ms;
    lines.push(
      `- ${small.name}, concurrency ${small.concurrency}: p50 ${fixed(small.p50Ms, 1)} ms at ${small.observations.toLocaleString('en')} observations, ${fixed(large.p50Ms, 1)} ms at ${largest.toLocaleString('en')}: ${fixed(slowdown, 2)}x (target ≤ ${MAX_SLOWDOWN_AT_10X}x) ${slowdown <= MAX_SLOWDOWN_AT_10X ? 'met' : 'MISSED'}.`,
    );
  }
  const at32 = results.filter((r) => r.concurrency === 32 && r.observations === largest);
  const worst = at32.reduce((a, b) => (b.ratio > a.ratio ? b : a), at32[0]);
  if (worst)
    lines.push(
      `- Hub/floor p50 at concurrency 32 (target ≤ ${MAX_RATIO_AT_32}): worst ${fixed(worst.ratio, 2)} (${worst.name}); ${at32.filter((r) => r.ratio > MAX_RATIO_AT_32).length} of ${at32.length} operations above it.`,
    );
  const peak = Math.max(...[...results, ...report.mixed].map((r) => r.peakRssMb));
  lines.push(
    `- Peak hub memory under load, traffic mix included: ${Math.round(peak)} MB (target < ${MAX_PEAK_RSS_MB} MB) ${peak < MAX_PEAK_RSS_MB ? 'met' : 'MISSED'}.`,
  );
  lines.push(statementsLine(results));
  return `${lines.join('\n')}\n`;
}

/** Writes `<name>.json` and `<name>.md` (`latest` unless given) into `directory`. */
export function writeReport(directory: string, report: BenchReport, name = 'latest'): string {
  mkdirSync(directory, { recursive: true });
  const json = {
    date: report.date.toISOString(),
    wallSeconds: Math.round(report.wallSeconds),
    machine: report.machine,
    operations: report.results,
    mixed: report.mixed,
  };
  writeFileSync(join(directory, `${name}.json`), `${JSON.stringify(json, null, 2)}\n`);
  const markdown = markdownReport(report);
  writeFileSync(join(directory, `${name}.md`), markdown);
  return markdown;
}
