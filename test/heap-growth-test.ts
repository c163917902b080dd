import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { builtFile } from './support/built-app';

/** Keeps about 15 MB alive, sets the growth, and collects in full twice. */
const COLLECT = `
require(process.argv[1]).setHeapGrowth(Number(process.argv[2]));
const alive = Array.from({ length: 300000 }, (_, i) => ({ i }));
gc();
gc();
if (alive.length !== 300000) throw new Error('lost what was alive');
`;

/**
 * The old generation's limit V8 set after each full collection: what was alive, the limit, the
 * factor it grew by, and the factor V8 would have chosen on its own.
 */
async function limitsAfterCollections(
  percent: number,
): Promise<{ alive: number; limit: number; factor: number; ownFactor: number }[]> {
  const module = await builtFile('src/ops/heap-growth.js');
  // V8 prints the limit it computes after each full collection when asked for verbose traces.
  const { stdout } = await promisify(execFile)(process.execPath, [
    '--expose-gc',
    '--trace-gc-verbose',
    '-e',
    COLLECT,
    module,
    String(percent),
  ]);
  const pattern =
    /\[HeapController\] factor ([\d.]+) based on [^\n]*\n[^\n]*\[HeapController\] Limit: old size: (\d+) KB, new limit: (\d+) KB \(([\d.]+)\)/g;
  return [...stdout.matchAll(pattern)].map(([, ownFactor, alive, limit, factor]) => ({
    alive: Number(alive),
    limit: Number(limit),
    factor: Number(factor),
    ownFactor: Number(ownFactor),
  }));
}

describe('the heap growth setting (HEAP_GROWTH_PERCENT)', () => {
  // V8's heuristics decide when the limit is reached (objects promoted or allocated old, marking
  // paced by the clock), so a peak measured under a busy machine says little; the limit itself,
  // set at every full collection, follows the setting alone.
  it.each([50, 120, 300])(
    'makes V8 collect once the heap has grown %i % past what the last full collection left alive',
    async (percent) => {
      const limits = await limitsAfterCollections(percent);
      expect(limits.length).toBeGreaterThanOrEqual(2);
      for (const { alive, limit, factor } of limits) {
        expect(factor).toBe(Number((1 + percent / 100).toFixed(1)));
        expect(limit).toBeGreaterThanOrEqual(alive * factor);
      }
    },
  );

  it("leaves V8's own choice at 0", async () => {
    const limits = await limitsAfterCollections(0);
    expect(limits.length).toBeGreaterThanOrEqual(2);
    for (const { factor, ownFactor } of limits) expect(factor).toBe(ownFactor);
  });
});
