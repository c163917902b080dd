/** The command-line options of `npm run bench` and `npm run bench:data`. */
export interface BenchOptions {
  /** The small dataset and short runs of CI: checks the answers, not the timings. */
  quick: boolean;
  /** Observations of the large dataset. */
  observations: number;
  /** Rebuild the datasets even when they are there. */
  fresh: boolean;
  /** Hub processes: 1, or the workers of a clustered hub (WEB_CONCURRENCY, which needs REDIS_URL). */
  workers: number;
}

/** Observations of the quick dataset. */
export const QUICK_OBSERVATIONS = 20_000;
/** Observations of the large dataset, and of the small one the ranking and the series are also run on. */
export const LARGE_OBSERVATIONS = 2_000_000;
export const SMALL_OBSERVATIONS = 200_000;

/** Reads `--quick`, `--fresh`, `--observations N` and `--workers N`; anything else is refused. */
export function parseBenchOptions(args: string[]): BenchOptions {
  const options: BenchOptions = { quick: false, observations: LARGE_OBSERVATIONS, fresh: false, workers: 1 };
  let observations: number | undefined;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--quick') options.quick = true;
    else if (arg === '--fresh') options.fresh = true;
    else if (arg === '--observations') {
      observations = Number(args[++i]);
      if (!Number.isSafeInteger(observations) || observations < 1)
        throw new Error(`--observations needs a whole number; got ${JSON.stringify(args[i])}.`);
    } else if (arg === '--workers') {
      options.workers = Number(args[++i]);
      if (!Number.isSafeInteger(options.workers) || options.workers < 1)
        throw new Error(`--workers needs a whole number of 1 or more; got ${JSON.stringify(args[i])}.`);
    } else
      throw new Error(
        `Unknown option ${JSON.stringify(arg)}; the options are --quick, --fresh, --observations N and --workers N.`,
      );
  }
  options.observations = observations ?? (options.quick ? QUICK_OBSERVATIONS : LARGE_OBSERVATIONS);
  return options;
}
