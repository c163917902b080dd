import { readFileSync } from 'node:fs';

/** Resident memory of a process in MB, from /proc/<pid>/status (`VmRSS`, or `VmHWM`: its peak so far). */
export function residentMb(pid: number, field: 'VmRSS' | 'VmHWM' = 'VmRSS'): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kilobytes = Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1]);
  return kilobytes / 1024;
}

/** Samples a process's resident memory every `everyMs` until stopped; `stop()` gives the peak seen, in MB. */
export function sampleResidentMemory(pid: number, everyMs = 50): { stop(): number } {
  let peak = residentMb(pid);
  const timer = setInterval(() => {
    peak = Math.max(peak, residentMb(pid));
  }, everyMs);
  return {
    stop() {
      clearInterval(timer);
      return Math.max(peak, residentMb(pid));
    },
  };
}
