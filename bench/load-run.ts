import autocannon from 'autocannon';

/** What one load run measured. */
export interface LoadResult {
  rps: number;
  p50Ms: number;
  p99Ms: number;
  requests: number;
}

/** How long a run lasts: for a number of seconds, or until a number of requests are answered. */
export type RunLength = { seconds: number } | { requests: number };

/** One request of a mixed run: the path it is POSTed to on the run's origin, and its JSON body. */
export interface MixedRequest {
  path: string;
  body: string;
}

/**
 * Runs autocannon from `connections` connections, each sending its next request when the last is
 * answered, for the run's length. Any error, timeout or non-2xx answer fails the run (timings of
 * failures would flatter), and so does a run in which no request was answered.
 */
async function load(
  options: Pick<autocannon.Options, 'url' | 'body' | 'requests'>,
  connections: number,
  length: RunLength,
): Promise<LoadResult> {
  const result = await autocannon({
    ...options,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    connections,
    timeout: 60,
    ...('seconds' in length ? { duration: length.seconds } : { amount: length.requests }),
  });
  if (result.errors > 0 || result.timeouts > 0 || result.non2xx > 0) {
    throw new Error(
      `${options.url} at ${connections} connections: ${result.errors} errors, ${result.timeouts} timeouts, ${result.non2xx} non-2xx answers.`,
    );
  }
  if (result.requests.total === 0)
    throw new Error(`${options.url} at ${connections} connections: no request was answered.`);
  return {
    rps: result.requests.average,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    requests: result.requests.total,
  };
}

/** POSTs `body` to `url` from `connections` connections for the run's length. */
export function runLoad(url: string, body: string, connections: number, length: RunLength): Promise<LoadResult> {
  return load({ url, body }, connections, length);
}

/**
 * POSTs the `cycle` of requests to `origin` from `connections` connections for the run's length:
 * whichever connection sends next takes the cycle's next request, so the server sees the cycle's
 * order and shares whatever the number of connections.
 */
export function runMixedLoad(
  origin: string,
  cycle: MixedRequest[],
  connections: number,
  length: RunLength,
): Promise<LoadResult> {
  let next = 0;
  return load(
    {
      url: origin,
      requests: [{ setupRequest: (request) => ({ ...request, ...cycle[next++ % cycle.length] }) }],
    },
    connections,
    length,
  );
}
