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
  const { stdout } = await promisify(execFile)(process.execPath, ['-e', CHURN, module, String(percent)]);
  return Number(stdout);
}

describe('the heap growth setting (HEAP_GROWTH_PERCENT)', () => {
  it('keeps the garbage of a long run near what is alive, where V8 alone lets it grow to several times that', async () => {
    const module = await builtFile('src/ops/heap-growth.js');
    const [own, bounded] = await Promise.all([peakHeapMb(module, 0), peakHeapMb(module, 50)]);
    // What is alive is about 90 MB; V8 alone peaked at about 330 MB here, 50 % at about 140 MB.
    expect(own).toBeGreaterThan(200);
    expect(bounded).toBeLessThan(own * 0.6);
  });
});
