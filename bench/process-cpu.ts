import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

/** The kernel's clock ticks a second, which /proc counts CPU time in. */
const ticksPerSecond = (() => {
  try {
    return Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
  } catch {
    return 100;
  }
})();

/**
 * The command name of a process, the CPU time (user and system, ms) it used, and that its ended
 * children used (once it reaped them), from /proc/<pid>/stat; undefined once it is gone.
 */
function processCpu(pid: number | string): { command: string; cpuMs: number; endedChildrenCpuMs: number } | undefined {
  let stat: string;
  try {
    stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  } catch {
    return undefined;
  }
  // The command name (field 2) may hold spaces and parentheses: count fields after its last ')'.
  const nameEnd = stat.lastIndexOf(')');
  const fields = stat.slice(nameEnd + 2).split(' ');
  const ms = (ticks: number) => (ticks * 1000) / ticksPerSecond;
  return {
    command: stat.slice(stat.indexOf('(') + 1, nameEnd),
    cpuMs: ms(Number(fields[11]) + Number(fields[12])), // utime (field 14) + stime (field 15)
    endedChildrenCpuMs: ms(Number(fields[13]) + Number(fields[14])), // cutime (field 16) + cstime (field 17)
  };
}

/** CPU time (user and system) a process has used so far, in ms. */
export function cpuTimeMs(pid: number): number {
  const cpu = processCpu(pid);
  if (!cpu) throw new Error(`Process ${pid} is gone: a server under test exited; its output is in the servers' log.`);
  return cpu.cpuMs;
}

/**
 * CPU time (ms) PostgreSQL has used so far: every running process named `postgres` (the server of
 * the benchmark database, local or embedded, with its backends and workers), and what its ended
 * children used (a backend that closed, a parallel worker), which the kernel adds to the
 * postmaster that reaped them.
 */
export function postgresCpuTimeMs(): number {
  let total = 0;
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const cpu = processCpu(entry);
    if (cpu?.command === 'postgres') total += cpu.cpuMs + cpu.endedChildrenCpuMs;
  }
  return total;
}
