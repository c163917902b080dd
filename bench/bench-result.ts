/** One operation at one concurrency on one dataset: the hub against the floor. */
export interface BenchResult {
  name: string;
  /** Observations in the dataset it ran on. */
  observations: number;
  concurrency: number;
  rps: number;
  p50Ms: number;
  p99Ms: number;
  floorRps: number;
  floorP50Ms: number;
  floorP99Ms: number;
  /** Hub p50 over floor p50. */
  ratio: number;
  sqlPerRequest: number;
  /** The hub's largest resident memory while the run lasted. */
  peakRssMb: number;
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
