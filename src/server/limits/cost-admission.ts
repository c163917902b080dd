/** Lets an operation run once the cost already running leaves room for its own. */
export interface CostAdmission {
  /** Waits (first come, first served) until `cost` fits under the limit, then returns the function that gives it back. */
  enter(cost: number): Promise<() => void>;
  /** The cost running now. */
  readonly running: number;
}

/**
 * Holds the summed cost of the operations running at once under `maxCostInFlight`: operations
 * beyond it wait in arrival order instead of all materialising their rows at the same time, so
 * memory stays bounded under load while the cores stay busy. An operation costlier than the limit
 * runs alone; 0 turns the queue off.
 */
export function createCostAdmission(maxCostInFlight: number): CostAdmission {
  let running = 0;
  const waiting: { cost: number; admit: () => void }[] = [];
  const fits = (cost: number) => running === 0 || running + cost <= maxCostInFlight;
  const admitWaiting = () => {
    while (waiting.length > 0 && fits(waiting[0].cost)) waiting.shift()!.admit();
  };
  const enter = (cost: number): Promise<() => void> => {
    if (maxCostInFlight === 0) return Promise.resolve(() => undefined);
    return new Promise((resolve) => {
      const admit = () => {
        running += cost;
        let released = false;
        resolve(() => {
          if (released) return;
          released = true;
          running -= cost;
          admitWaiting();
        });
      };
      if (waiting.length === 0 && fits(cost)) admit();
      else waiting.push({ cost, admit });
    });
  };
  return {
    enter,
    get running() {
      return running;
    },
  };
}
