import type { IdleWait } from './idle-wait';

/** The figures both a run of one operation and a mixed run give: the hub against the floor. */
interface HubAgainstFloor {
  /** Observations in the dataset it ran on. */
  observations: number;
  concurrency: number;
  /** Node processes serving the hub: 1 is the single-process figure; more, a clustered one. */
  hubProcesses: number;
  rps: number;
  p50Ms: number;
  p99Ms: number;
  floorRps: number;
  floorP50Ms: number;
  floorP99Ms: number;
  /** Hub p50 over floor p50. */
  ratio: number;
  sqlPerRequest: number;
  /** The hub's largest resident memory from its run's start until it was idle again. */
  peakRssMb: number;
  /** The waits for idle before the hub's run and before the floor's. */
  idleWait: { hub: IdleWait; floor: IdleWait };
}

/** One operation at one concurrency on one dataset. */
export interface BenchResult extends HubAgainstFloor {
  name: string;
}

/** The operations interleaved as the traffic mix sends them, at one concurrency. */
export interface MixedResult extends HubAgainstFloor {
  /** The floor's largest resident memory over its run. */
  floorPeakRssMb: number;
}

/** The machine the benchmark ran on. */
export interface Machine {
  cpus: number;
  cpuModel: string;
  memoryGb: number;
  node: string;
  postgres: string;
  database: string;
}
