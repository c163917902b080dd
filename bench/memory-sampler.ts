import { readFileSync } from 'node:fs';

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

/**
 * Samples a process's resident memory every `everyMs` until stopped; `stop()` gives the peak seen,
 * in MB. Sampling ends by itself when the process does (a measurement that failed stops its server
 * before the sampler is stopped).
 */
export function sampleResidentMemory(pid: number, everyMs = 50): { stop(): number } {
  let peak = residentMb(pid);
  const sample = () => {
    const now = residentMbWhileAlive(pid);
    if (now === undefined) clearInterval(timer);
    else peak = Math.max(peak, now);
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
