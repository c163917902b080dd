import { describe, expect, it } from 'vitest';
import { redisTestsRun } from './support/redis-probe';

const answers = (reachable: boolean) => async () => reachable;
const REDIS = 'redis://127.0.0.1:6379';

describe('the Redis tests in CI', () => {
  it('run wherever Redis answers', async () => {
    expect(await redisTestsRun(REDIS, { CI: '1' }, answers(true))).toBe(true);
    expect(await redisTestsRun(REDIS, {}, answers(true))).toBe(true);
  });

  it('skip outside CI when no Redis answers', async () => {
    expect(await redisTestsRun(REDIS, {}, answers(false))).toBe(false);
  });

  it('fail the run in CI when no Redis answers, unless REDIS_ABSENT=1 says it is absent on purpose', async () => {
    await expect(redisTestsRun(REDIS, { CI: '1' }, answers(false))).rejects.toThrow(
      /^No Redis answers at redis:\/\/127\.0\.0\.1:6379, and CI runs the Redis tests/,
    );
    await expect(redisTestsRun(REDIS, { CI: 'true', REDIS_ABSENT: '0' }, answers(false))).rejects.toThrow();
    expect(await redisTestsRun(REDIS, { CI: '1', REDIS_ABSENT: '1' }, answers(false))).toBe(false);
  });
});
