import { readFileSync } from 'node:fs';

/** The parts of a V8 CPU profile (`node --cpu-prof`) the summary reads. */
interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] }[];
  startTime: number;
  samples: number[];
  timeDeltas: number[];
}

/** A span of the monotonic clock (`process.hrtime`, µs) which V8 stamps samples by, in any process on the machine. */
export interface ClockSpan {
  fromUs: number;
  toUs: number;
}

/** Now on the monotonic clock, in µs. */
export const monotonicUs = () => Number(process.hrtime.bigint() / 1000n);

/** Where a function's self time is counted: by package, by the hub's own code, or V8's own entries. */
const CATEGORIES: [string, (name: string, url: string) => boolean][] = [
  ['idle', (name) => name === '(idle)'],
  ['garbage collection', (name) => name === '(garbage collector)'],
  ['graphql-js', (_name, url) => url.includes('/node_modules/graphql/')],
  ['type-graphql', (_name, url) => url.includes('/node_modules/type-graphql/')],
  ['MikroORM and knex', (_name, url) => /\/node_modules\/(@mikro-orm|knex)\//.test(url)],
  ['pg (driver)', (_name, url) => /\/node_modules\/(pg|pg-protocol|pg-types|pg-pool|postgres-[a-z]+)\//.test(url)],
  ['dataloader', (_name, url) => url.includes('/node_modules/dataloader/')],
  ['Apollo Server', (_name, url) => url.includes('/node_modules/@apollo/')],
  ['JSON (native)', (name, url) => url === '' && (name === 'stringify' || name === 'parse')],
  ['other packages', (_name, url) => url.includes('/node_modules/')],
  ['hub (dist/src)', (_name, url) => url.includes('/dist/src/')],
  ['node internals', (_name, url) => url.startsWith('node:')],
  ['V8 (program, native)', () => true],
];

/** Self time per category and the functions with the most self time, in ms, busy time only (idle left out of the shares). */
export interface ProfileSummary {
  busyMs: number;
  categories: { name: string; ms: number; share: number }[];
  top: { name: string; where: string; ms: number; share: number }[];
}

/**
 * Reads a `.cpuprofile` and sums each function's self time (the time samples landed in it), of the
 * samples taken within `spans` when given (the load runs, not the start-up).
 */
export function summariseCpuProfile(file: string, spans?: ClockSpan[], topCount = 25): ProfileSummary {
  const profile = JSON.parse(readFileSync(file, 'utf8')) as CpuProfile;
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const selfUs = new Map<number, number>();
  let at = profile.startTime;
  profile.samples.forEach((id, i) => {
    at += profile.timeDeltas[i] ?? 0;
    // A sample's delta is the time since the previous one: count it when it ends inside a span.
    if (spans && !spans.some((span) => at >= span.fromUs && at <= span.toUs)) return;
    selfUs.set(id, (selfUs.get(id) ?? 0) + (profile.timeDeltas[i + 1] ?? 0));
  });
  const categories = new Map<string, number>();
  const functions = new Map<string, { name: string; where: string; us: number }>();
  for (const [id, us] of selfUs) {
    const { functionName, url, lineNumber } = byId.get(id)!.callFrame;
    const name = functionName || '(anonymous)';
    const category = CATEGORIES.find(([, matches]) => matches(name, url))![0];
    categories.set(category, (categories.get(category) ?? 0) + us);
    if (category === 'idle') continue;
    const where = url ? `${url.replace(/^.*\/(node_modules|dist)\//, '$1/')}:${lineNumber + 1}` : '';
    const key = `${name} ${where}`;
    const entry = functions.get(key) ?? { name, where, us: 0 };
    entry.us += us;
    functions.set(key, entry);
  }
  const busyUs = [...categories].filter(([name]) => name !== 'idle').reduce((sum, [, us]) => sum + us, 0);
  return {
    busyMs: busyUs / 1000,
    categories: [...categories]
      .filter(([name]) => name !== 'idle')
      .map(([name, us]) => ({ name, ms: us / 1000, share: us / busyUs }))
      .sort((a, b) => b.ms - a.ms),
    top: [...functions.values()]
      .sort((a, b) => b.us - a.us)
      .slice(0, topCount)
      .map(({ name, where, us }) => ({ name, where, ms: us / 1000, share: us / busyUs })),
  };
}

/** The summary as Markdown lines. */
export function describeProfile(summary: ProfileSummary): string[] {
  const percent = (share: number) => `${(share * 100).toFixed(1)} %`;
  return [
    `Busy ${summary.busyMs.toFixed(0)} ms (idle left out).`,
    '',
    '| self time in | ms | share |',
    '|---|---:|---:|',
    ...summary.categories.map((c) => `| ${c.name} | ${c.ms.toFixed(0)} | ${percent(c.share)} |`),
    '',
    '| function | where | self ms | share |',
    '|---|---|---:|---:|',
    ...summary.top.map((f) => `| ${f.name} | ${f.where} | ${f.ms.toFixed(0)} | ${percent(f.share)} |`),
  ];
}
