import { setFlagsFromString } from 'node:v8';

/**
 * Tells V8 to collect once its heap has grown `percent` past what the last full collection left
 * alive (0: V8's own choice). V8 reads the factor at every full collection, so this holds from the
 * next one on. It bounds garbage, not what is alive: the heap still grows with the live data.
 */
export function setHeapGrowth(percent: number): void {
  if (percent > 0) setFlagsFromString(`--heap-growing-percent=${percent}`);
}
