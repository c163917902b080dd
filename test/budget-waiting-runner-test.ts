import { describe, expect, it } from 'vitest';
import { budgetWaitingRunner } from '../src/server/budget-waiting-runner';
import { RequestError } from '../src/server/http-json';

const SPENT = () => new RequestError(429, 'The rate budget is spent.', 'SERVICE_UNAVAILABLE', 1);

/** An operation refused `refusals` times (429, retry after 1 s), then answered; counts its runs. */
function operationRefused(refusals: number) {
  const runs = { count: 0 };
  const run = <Data>(): Promise<Data> => {
    runs.count += 1;
    return runs.count <= refusals ? Promise.reject(SPENT()) : Promise.resolve({ ok: true } as Data);
  };
  return { run, runs };
}

describe('a download waiting for the rate budget', () => {
  it('waits for the window to renew and runs the operation again, once sending', async () => {
    const { run, runs } = operationRefused(1);
    await expect(budgetWaitingRunner(run, () => true)('{ x }', {})).resolves.toEqual({ ok: true });
    expect(runs.count).toBe(2);
  });

  it('gives up on an operation the renewed budget still refuses twice, instead of waiting for ever', async () => {
    const { run, runs } = operationRefused(Number.POSITIVE_INFINITY);
    await expect(budgetWaitingRunner(run, () => true)('{ x }', {})).rejects.toMatchObject({ status: 429 });
    expect(runs.count).toBe(3);
  });

  it('answers the refusal at once before sending, and within the total wait it is given', async () => {
    const before = operationRefused(1);
    await expect(budgetWaitingRunner(before.run, () => false)('{ x }', {})).rejects.toMatchObject({ status: 429 });
    expect(before.runs.count).toBe(1);
    const capped = operationRefused(2);
    await expect(budgetWaitingRunner(capped.run, () => true, 1_500)('{ x }', {})).rejects.toMatchObject({
      status: 429,
    });
    expect(capped.runs.count).toBe(2);
  });
});
