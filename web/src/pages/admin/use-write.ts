import { useRef, useState } from 'react';

/**
 * Runs a form's writes one at a time: `busy` while one runs (the buttons that start one are
 * disabled meanwhile, and a start while one runs is ignored, so a double click sends it once).
 * A write whose request fails outright (the hub unreachable, or an answer that is no JSON) calls
 * `unreachable` instead of failing unseen.
 */
export function useWrite(unreachable: () => void) {
  const [busy, setBusy] = useState(false);
  const running = useRef(false);
  async function run(action: () => Promise<unknown>): Promise<void> {
    if (running.current) return;
    running.current = true;
    setBusy(true);
    try {
      await action();
    } catch {
      unreachable();
    } finally {
      running.current = false;
      setBusy(false);
    }
  }
  return { busy, run };
}
