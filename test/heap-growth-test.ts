import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { builtFile } from './support/built-app';

/**
 * A process like a hub exporting a large file: 800 000 objects alive throughout, and 8 000 000 rows
 * each kept a while (long enough to reach the old generation), then dropped. Prints the largest
 * heap in use it saw, in MB.
 */
const CHURN = `
const { setHeapGrowth } = require(process.argv[1]);
setHeapGrowth(Number(process.argv[2]));
const live = Array.from({ length: 800000 }, (_, i) => ({ i, s: 'live ' + i }));
const kept = new Array(50000);
let peak = 0;
for (let round = 0; round < 8000000; round++) {
  kept[round % kept.length] = { round, text: 'row ' + round, cells: [round, round + 1] };
  if (round % 10000 === 0) peak = Math.max(peak, process.memoryUsage().heapUsed);
}
if (live.length !== 800000) throw new Error('lost what was alive');
process.stdout.write(String(Math.round(peak / 1e6)));
`;

async function peakHeapMb(module: string, percent: number): Promise<number> {
  // Full collections only when the heap reaches its limit, all at once: when they happen then
  // depends on the growth factor alone, not on how busy the machine is (incremental and concurrent
  // marking start early and finish at the pace of the other work).
  const { stdout } = await promisify(execFile)(process.execPath, [
    '--no-incremental-marking',
    '--no-concurrent-marking',
    '--single-threaded-gc',
    '-e',
    CHURN,
    module,
    String(percent),
  ]);
  return Number(stdout);
}

describe('the heap growth setting (HEAP_GROWTH_PERCENT)', () => {
  it('keeps the garbage of a long run near what is alive, in proportion to the percentage', async () => {
    const module = await builtFile('src/ops/heap-growth.js');
    // 300 % is the most V8 grows by on its own when collecting is cheap; whether it does depends on
    // the machine's load, so the comparison sets both.
    const [wide, bounded] = await Promise.all([peakHeapMb(module, 300), peakHeapMb(module, 50)]);
    // What is alive is about 90 MB; at 300 % the heap in use peaked at about 330 MB, at 50 % about 140 MB.
    expect(wide).toBeGreaterThan(250);
    expect(bounded).toBeLessThan(wide * 0.6);
  });
});
