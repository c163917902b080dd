import { readdirSync, readFileSync } from 'node:fs';

/** Resident memory of a process in MB, from /proc/<pid>/status (`VmRSS`, or `VmHWM`: its peak so far). */
export function residentMb(pid: number, field: 'VmRSS' | 'VmHWM' = 'VmRSS'): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kilobytes = Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1]);
  return kilobytes / 1024;
}

/** The parent of a process, from /proc/<pid>/stat; undefined when it is gone. */
function parentOf(pid: number): number | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name (field 2) may hold spaces and parentheses: the parent is the second field after its last ')'.
    return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
  } catch {
    return undefined;
  }
}

/** A process and its descendants (a clustered hub's primary and its workers), from /proc. */
export function processTree(pid: number): number[] {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const parent = parentOf(Number(entry));
    if (parent !== undefined) children.set(parent, [...(children.get(parent) ?? []), Number(entry)]);
  }
  const tree = [pid];
  for (let index = 0; index < tree.length; index += 1) tree.push(...(children.get(tree[index]) ?? []));
  return tree;
}

/** Resident memory of a process and its descendants, summed, in MB; a descendant gone meanwhile counts 0. */
export function treeResidentMb(pid: number): number {
  return processTree(pid).reduce((sum, member) => {
    if (member === pid) return sum + residentMb(member);
    try {
      return sum + residentMb(member);
    } catch {
      return sum;
    }
  }, 0);
}

/**
 * Samples a process's resident memory every `everyMs` until stopped; `stop()` gives the peak seen, in MB.
 * With `tree`, each sample sums the process and its descendants (a clustered hub: the primary and its workers).
 */
export function sampleResidentMemory(pid: number, everyMs = 50, tree = false): { stop(): number } {
  const sample = () => (tree ? treeResidentMb(pid) : residentMb(pid));
  let peak = sample();
  const timer = setInterval(() => {
    peak = Math.max(peak, sample());
  }, everyMs);
  return {
    stop() {
      clearInterval(timer);
      return Math.max(peak, sample());
    },
  };
}
