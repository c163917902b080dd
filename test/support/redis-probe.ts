import { connect } from 'node:net';

/** The Redis server the shared-state tests use: the run's REDIS_URL (see vitest.config.mts), or the usual local one. */
export const TEST_REDIS_URL = process.env.TEST_REDIS_URL || 'redis://127.0.0.1:6379';

/** Whether a Redis server answers at `url` within half a second. */
export function redisReachable(url: string = TEST_REDIS_URL): Promise<boolean> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve) => {
    const socket = connect({ host: hostname, port: Number(port || 6379), timeout: 500 });
    const done = (answer: boolean) => {
      socket.destroy();
      resolve(answer);
    };
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
    socket.once('timeout', () => done(false));
  });
}

/**
 * Whether the Redis tests run: yes when Redis answers at `url`; otherwise they skip, except in CI
 * (`CI` set), where a Redis that does not answer fails the run unless `REDIS_ABSENT=1` says that
 * this CI has none on purpose.
 */
export async function redisTestsRun(
  url: string = TEST_REDIS_URL,
  env: Record<string, string | undefined> = process.env,
  reachable = redisReachable,
): Promise<boolean> {
  if (await reachable(url)) return true;
  if (env.CI && env.REDIS_ABSENT !== '1') {
    throw new Error(
      `No Redis answers at ${url}, and CI runs the Redis tests: start one there (REDIS_URL), or set REDIS_ABSENT=1 where CI has none on purpose.`,
    );
  }
  return false;
}
