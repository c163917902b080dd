import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BenchResult, Machine } from './bench-result';

/** The targets of the performance issue, checked on every report. */
const MAX_RATIO_AT_32 = 1.5;
const MAX_PEAK_RSS_MB = 512;
const MAX_SLOWDOWN_AT_10X = 10;

const fixed = (value: number, digits: number) => value.toFixed(digits);

/** The results as a Markdown report: when, on what, the table, the scaling comparison and each target met or missed. */
export function markdownReport(results: BenchResult[], machine: Machine, date: Date, wallSeconds: number): string {
  const largest = Math.max(...results.map((result) => result.observations));
  const lines = [
    `Run ${date.toISOString().slice(0, 16).replace('T', ' ')} UTC in ${Math.round(wallSeconds)} s on ${machine.cpus} cores (${machine.cpuModel}), ${fixed(machine.memoryGb, 1)} GB memory, Node ${machine.node}, ${machine.postgres} (${machine.database}).`,
    '',
    '| operation | observations | concurrency | rps | p50 ms | p99 ms | floor rps | floor p50 ms | hub/floor p50 | SQL/request | peak RSS MB |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
    ...results.map(
      (r) =>
        `| ${r.name} | ${r.observations.toLocaleString('en')} | ${r.concurrency} | ${fixed(r.rps, 1)} | ${fixed(r.p50Ms, 1)} | ${fixed(r.p99Ms, 1)} | ${fixed(r.floorRps, 1)} | ${fixed(r.floorP50Ms, 1)} | ${fixed(r.ratio, 2)} | ${fixed(r.sqlPerRequest, 1)} | ${Math.round(r.peakRssMb)} |`,
    ),
    '',
  ];
  const scaled = results.filter((r) => r.observations !== largest);
  for (const small of scaled) {
    const large = results.find(
      (r) => r.name === small.name && r.concurrency === small.concurrency && r.observations === largest,
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
  const peak = Math.max(...results.map((r) => r.peakRssMb));
  lines.push(
    `- Peak hub memory under load: ${Math.round(peak)} MB (target < ${MAX_PEAK_RSS_MB} MB) ${peak < MAX_PEAK_RSS_MB ? 'met' : 'MISSED'}.`,
  );
  const varying = [...new Set(results.map((r) => r.name))].filter(
    (name) => new Set(results.filter((r) => r.name === name).map((r) => r.sqlPerRequest)).size > 1,
  );
  lines.push(
    `- SQL statements per request: ${varying.length === 0 ? 'the same at every concurrency and dataset size' : `varies for ${varying.join(', ')}`}.`,
  );
  return `${lines.join('\n')}\n`;
}

/** Writes `latest.json` and `latest.md` into `directory`. */
export function writeReport(
  directory: string,
  results: BenchResult[],
  machine: Machine,
  date: Date,
  wallSeconds: number,
): string {
  mkdirSync(directory, { recursive: true });
  const json = { date: date.toISOString(), wallSeconds: Math.round(wallSeconds), machine, operations: results };
  writeFileSync(join(directory, 'latest.json'), `${JSON.stringify(json, null, 2)}\n`);
  const markdown = markdownReport(results, machine, date, wallSeconds);
  writeFileSync(join(directory, 'latest.md'), markdown);
  return markdown;
}
