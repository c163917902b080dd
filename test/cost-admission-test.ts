import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCostAdmission } from '../src/server/limits/cost-admission';
import { serverSettingsFromEnv } from '../src/server/server-settings';
import { initTestHub, type TestHub } from './support/test-hub';

const settle = () => new Promise((resolve) => setImmediate(resolve));

describe('the cost admitted at once', () => {
  it('lets operations in while their summed cost fits, then one by one in arrival order', async () => {
    const admission = createCostAdmission(100);
    const order: string[] = [];
    const enter = (name: string, cost: number) => admission.enter(cost).then((leave) => (order.push(name), leave));
    const first = await enter('first', 60);
    const second = enter('second', 50);
    const third = enter('third', 10);
    await settle();
    // The cheap third waits behind the second: first come, first served.
    expect(order).toEqual(['first']);
    expect(admission.running).toBe(60);
    first();
    first();
    const leaveSecond = await second;
    const leaveThird = await third;
    expect(order).toEqual(['first', 'second', 'third']);
    expect(admission.running).toBe(60);
    leaveSecond();
    leaveThird();
    expect(admission.running).toBe(0);
  });

  it('runs an operation costlier than the limit alone, and queues nothing when switched off', async () => {
    const admission = createCostAdmission(100);
    const alone = await admission.enter(500);
    const next = admission.enter(1);
    let admitted = false;
    void next.then(() => (admitted = true));
    await settle();
    expect(admitted).toBe(false);
    alone();
    (await next)();
    const off = createCostAdmission(0);
    await Promise.all([off.enter(1_000_000), off.enter(1_000_000)]);
    expect(off.running).toBe(0);
  });
});

describe('the admission queue under the API', () => {
  let hub: TestHub;
  beforeAll(async () => {
    const settings = serverSettingsFromEnv();
    // Room for one programme page at a time: the rest wait, and every one is answered.
    hub = await initTestHub(undefined, { ...settings, limits: { ...settings.limits, maxCostInFlight: 30 } });
  });
  afterAll(() => hub.close());

  it('answers every one of many concurrent operations, none lost while queued', async () => {
    const query = '{ programmes(first: 5) { totalCount nodes { code initiatives(first: 2) { totalCount } } } }';
    const results = await Promise.all(Array.from({ length: 12 }, () => hub.query(query)));
    for (const result of results) {
      expect(result.errors).toBeUndefined();
      expect(result.data!.programmes.totalCount).toBeGreaterThan(0);
    }
    const refused = await hub.query('{ programmes(first: 1000) { totalCount } }');
    expect(refused.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    expect((await hub.query(query)).errors).toBeUndefined();
  });
});
