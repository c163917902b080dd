import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cursorAt } from '../src/schema/page-args';
import { initScratchHub, type TestHub } from './support/test-hub';

const VALUES = /* GraphQL */ `
  query Values($first: Int, $after: String) {
    observations(first: $first, after: $after, filter: { indicator: "TRAINED" }) {
      edges {
        cursor
        node {
          id
          periodStart
        }
      }
      pageInfo {
        hasNextPage
        hasPreviousPage
        endCursor
      }
    }
  }
`;

interface ValuesPage {
  observations: {
    edges: { cursor: string; node: { id: string; periodStart: string } }[];
    pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; endCursor: string | null };
  };
}

/** 3 municipalities x 8 days of approved values of TRAINED: 24 values. */
async function createValues(hub: TestHub): Promise<void> {
  const em = hub.orm.em.fork();
  await em.execute(`insert into country (code, name_en, name_local) values ('NO', 'Norway', 'Norge')`);
  await em.execute(
    `insert into municipality (country_code, code, name_local, kind)
      select 'NO', 'K' || n, 'Kommune ' || n, 'MUNICIPALITY' from generate_series(1, 3) n`,
  );
  await em.execute(
    `insert into indicator (code, name_en, unit, level, direction, aggregation, disaggregations, computation)
      values ('TRAINED', 'People trained', 'COUNT', 'OUTPUT', 'HIGHER_IS_BETTER', 'SUM', '{SEX}', 'REPORTED')`,
  );
  await em.execute(
    `insert into observation (indicator_id, scope_kind, municipality_id, period_start, period_end, kind, value, review_status)
      select (select id from indicator), 'MUNICIPALITY', m.id, d, d, 'ACTUAL', 1, 'APPROVED'
        from municipality m cross join generate_series('2024-01-01'::date, '2024-01-08'::date, '1 day') d`,
  );
}

describe('pages that continue from their cursor', () => {
  let hub: TestHub;
  beforeAll(async () => {
    hub = await initScratchHub();
    await createValues(hub);
  });
  afterAll(() => hub.close());

  async function page(variables: Record<string, unknown>) {
    const { data, errors } = await hub.query<ValuesPage>(VALUES, variables);
    expect(errors).toBeUndefined();
    return data!.observations;
  }

  it('walks the whole list a page at a time in the order one page gives', async () => {
    const whole = (await page({ first: 100 })).edges.map((edge) => edge.node.id);
    expect(whole).toHaveLength(24);
    const walked: string[] = [];
    let after: string | null = null;
    do {
      const next = await page({ first: 5, after });
      walked.push(...next.edges.map((edge) => edge.node.id));
      expect(next.pageInfo.hasPreviousPage).toBe(after !== null);
      after = next.pageInfo.hasNextPage ? next.pageInfo.endCursor : null;
    } while (after);
    expect(walked).toEqual(whole);
  });

  it('continues after the item of the cursor when values were added before it meanwhile: nothing repeated, nothing skipped', async () => {
    const before = (await page({ first: 100 })).edges.map((edge) => edge.node.id);
    const first = await page({ first: 5 });
    await hub.orm.em.fork().execute(
      `insert into observation (indicator_id, scope_kind, municipality_id, period_start, period_end, kind, value, review_status)
          select (select id from indicator), 'MUNICIPALITY', m.id, '2023-12-31', '2023-12-31', 'ACTUAL', 1, 'APPROVED' from municipality m`,
    );
    const second = await page({ first: 5, after: first.pageInfo.endCursor });
    expect(second.edges.map((edge) => edge.node.id)).toEqual(before.slice(5, 10));
  });

  it("still reads a cursor that gives only a position, and refuses one whose values do not fit the list's order", async () => {
    const whole = (await page({ first: 100 })).edges.map((edge) => edge.node.id);
    expect((await page({ first: 2, after: cursorAt(3) })).edges.map((edge) => edge.node.id)).toEqual(whole.slice(4, 6));
    for (const key of [
      ['24 January', 1, 'TOTAL', 1],
      [1],
      ['2024-01-01', 1.5, 'TOTAL', 1],
      ['2024-02-30', 1, 'TOTAL', 1],
      // A NUL character, which PostgreSQL refuses in text: it answered INTERNAL_SERVER_ERROR.
      ['2024-01-01', 1, 'TOT\u0000AL', 1],
    ]) {
      const { errors } = await hub.query(VALUES, { first: 2, after: cursorAt(3, key) });
      expect(errors?.map((error) => [error.extensions?.code, error.extensions?.argument])).toEqual([
        ['BAD_USER_INPUT', 'after'],
      ]);
    }
    const { errors } = await hub.query(VALUES, { first: 2, after: Buffer.from('key:3:{}').toString('base64url') });
    expect(errors?.[0].message).toContain('is not a cursor this API issued');
  });
});
