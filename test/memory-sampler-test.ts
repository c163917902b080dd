import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { describe, expect, it } from 'vitest';
import { sampleResidentMemory } from '../bench/memory-sampler';

describe('the benchmarks’ memory sampler', () => {
  it('keeps the peak it saw when the process it samples ends before it is stopped', async () => {
    const child = spawn(process.execPath, ['-e', "process.stdout.write('up'); setInterval(() => {}, 1000)"], {
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    await once(child.stdout, 'data');
    const sampler = sampleResidentMemory(child.pid!, 10);
    await new Promise((resolve) => setTimeout(resolve, 50));
    child.kill('SIGKILL');
    await once(child, 'exit');
    // Samples fall due after the process is gone (as when a measurement fails and its hub is stopped first).
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(sampler.stop()).toBeGreaterThan(10);
  });
});
