import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateProgrammes } from './support/generated-programmes';
import { NESTED } from './support/nested-operation';
import { initScratchHub, type TestHub } from './support/test-hub';

/** The statements the nested operation runs, whatever the page size. */
const NESTED_OPERATION_STATEMENTS = 11;

describe('a nested operation runs a fixed number of SQL statements', () => {
  const hubs: TestHub[] = [];

  async function hubWith(programmes: number): Promise<TestHub> {
    const hub = await initScratchHub();
    hubs.push(hub);
    await generateProgrammes(hub.orm.em.fork(), programmes);
    return hub;
  }

  let small: TestHub;
  let large: TestHub;
  beforeAll(async () => {
    [small, large] = await Promise.all([hubWith(3), hubWith(60)]);
  });
  afterAll(async () => {
    for (const hub of hubs) await hub.close();
  });

  it('runs the same statements for 3 programmes as for 60', async () => {
    const three = await small.query(NESTED, { first: 3 });
    const sixty = await large.query(NESTED, { first: 60 });
    expect(three.errors).toBeUndefined();
    expect(sixty.errors).toBeUndefined();
    expect(three.data!.programmes.nodes).toHaveLength(3);
    expect(sixty.data!.programmes.nodes).toHaveLength(60);
    expect(sixty.data!.programmes.totalCount).toBe(60);
    expect(sixty.data!.programmes.nodes[59].initiatives.totalCount).toBe(5);
    expect(sixty.data!.programmes.nodes[59].initiatives.nodes[0].municipalities).toHaveLength(3);
    expect(three.statements).toBe(NESTED_OPERATION_STATEMENTS);
    expect(sixty.statements).toBe(NESTED_OPERATION_STATEMENTS);
  });
});
