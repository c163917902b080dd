import { readdirSync, readFileSync } from 'node:fs';

/** Resident memory of a process in MB, from /proc/<pid>/status (`VmRSS`, or `VmHWM`: its peak so far). */
export function residentMb(pid: number, field: 'VmRSS' | 'VmHWM' = 'VmRSS'): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kilobytes = Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1]);
  return kilobytes / 1024;
}

/** Resident memory of a process in MB, as residentMb; undefined once the process has ended (a zombie has no VmRSS, a reaped process no status). */
function residentMbWhileAlive(pid: number): number | undefined {
  try {
    const mb = residentMb(pid);
    return Number.isFinite(mb) ? mb : undefined;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
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

/** Resident memory of a process and its descendants, summed, in MB; a process gone meanwhile counts 0. */
export function treeResidentMb(pid: number): number {
  return processTree(pid).reduce((sum, member) => sum + (residentMbWhileAlive(member) ?? 0), 0);
}

/**
 * Samples a process's resident memory every `everyMs` until stopped; `stop()` gives the peak seen,
 * in MB. With `tree`, each sample sums the process and its descendants (a clustered hub: the
 * primary and its workers). Sampling ends by itself when the process does (a measurement that
 * failed stops its server before the sampler is stopped).
 */
export function sampleResidentMemory(pid: number, everyMs = 50, tree = false): { stop(): number } {
  let peak = tree ? treeResidentMb(pid) : residentMb(pid);
  const sample = () => {
    const now = residentMbWhileAlive(pid);
    if (now === undefined) clearInterval(timer);
    else peak = Math.max(peak, tree ? treeResidentMb(pid) : now);
  };
  const timer = setInterval(sample, everyMs);
  return {
    stop() {
      clearInterval(timer);
      sample();
      return peak;
    },
  };
}
