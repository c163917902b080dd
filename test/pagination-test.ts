import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateProgrammes } from './support/generated-programmes';
import { initScratchHub, type TestHub } from './support/test-hub';

const PROGRAMME_PAGE = /* GraphQL */ `
  query Page($first: Int, $after: String, $last: Int, $before: String) {
    programmes(first: $first, after: $after, last: $last, before: $before, sort: { field: CODE, direction: ASC }) {
      totalCount
      edges {
        cursor
        node {
          code
        }
      }
      pageInfo {
        hasNextPage
        hasPreviousPage
        startCursor
        endCursor
      }
    }
  }
`;

const INITIATIVE_PAGE = /* GraphQL */ `
  query Nested($first: Int, $after: String, $last: Int, $before: String) {
    programmes(first: 2, sort: { field: CODE, direction: ASC }) {
      nodes {
        code
        initiatives(first: $first, after: $after, last: $last, before: $before) {
          totalCount
          edges {
            cursor
            node {
              code
            }
          }
          pageInfo {
            hasNextPage
            hasPreviousPage
          }
        }
      }
    }
  }
`;

type ProgrammePage = {
  programmes: {
    totalCount: number;
    edges: { cursor: string; node: { code: string } }[];
    pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
  };
};

describe('cursor pagination', () => {
  let hub: TestHub;
  beforeAll(async () => {
    hub = await initScratchHub();
    await generateProgrammes(hub.orm.em.fork(), 7, 5);
  });
  afterAll(() => hub.close());

  async function page(variables: Record<string, unknown>) {
    const result = await hub.query<ProgrammePage>(PROGRAMME_PAGE, variables);
    expect(result.errors).toBeUndefined();
    const { edges, pageInfo, totalCount } = result.data!.programmes;
    return { codes: edges.map((edge) => edge.node.code), pageInfo, totalCount, edges };
  }

  it('walks forward with first and after until the end', async () => {
    const one = await page({ first: 3 });
    expect(one.codes).toEqual(['P-000', 'P-001', 'P-002']);
    expect(one.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    expect(one.totalCount).toBe(7);
    const two = await page({ first: 3, after: one.pageInfo.endCursor });
    expect(two.codes).toEqual(['P-003', 'P-004', 'P-005']);
    expect(two.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: true });
    const three = await page({ first: 3, after: two.pageInfo.endCursor });
    expect(three.codes).toEqual(['P-006']);
    expect(three.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
  });

  it('walks backward with last and before', async () => {
    const tail = await page({ last: 2 });
    expect(tail.codes).toEqual(['P-005', 'P-006']);
    expect(tail.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
    const before = await page({ last: 2, before: tail.pageInfo.startCursor });
    expect(before.codes).toEqual(['P-003', 'P-004']);
    expect(before.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: true });
  });

  it('gives the default page of 20 and an empty page past the end', async () => {
    expect((await page({})).codes).toHaveLength(7);
    const last = await page({ first: 7 });
    const past = await page({ first: 3, after: last.pageInfo.endCursor });
    expect(past.codes).toEqual([]);
    expect(past.pageInfo).toMatchObject({
      hasNextPage: false,
      hasPreviousPage: true,
      startCursor: null,
      endCursor: null,
    });
  });

  it('pages nested initiatives per programme, forward and backward, in one statement per level', async () => {
    const first = await hub.query(INITIATIVE_PAGE, { first: 2 });
    expect(first.errors).toBeUndefined();
    const [p0, p1] = first.data!.programmes.nodes;
    expect(p0.initiatives.edges.map((edge: { node: { code: string } }) => edge.node.code)).toEqual([
      'P-0-I-000',
      'P-0-I-001',
    ]);
    expect(p1.initiatives.edges.map((edge: { node: { code: string } }) => edge.node.code)).toEqual([
      'P-1-I-000',
      'P-1-I-001',
    ]);
    expect(p0.initiatives).toMatchObject({ totalCount: 5, pageInfo: { hasNextPage: true, hasPreviousPage: false } });

    const next = await hub.query(INITIATIVE_PAGE, { first: 2, after: p0.initiatives.edges[1].cursor });
    expect(
      next.data!.programmes.nodes[0].initiatives.edges.map((edge: { node: { code: string } }) => edge.node.code),
    ).toEqual(['P-0-I-002', 'P-0-I-003']);

    const tail = await hub.query(INITIATIVE_PAGE, { last: 2 });
    expect(
      tail.data!.programmes.nodes[1].initiatives.edges.map((edge: { node: { code: string } }) => edge.node.code),
    ).toEqual(['P-1-I-003', 'P-1-I-004']);
    expect(tail.data!.programmes.nodes[1].initiatives.pageInfo).toEqual({ hasNextPage: false, hasPreviousPage: true });
    // programmes page, its total count, and one statement for every programme's initiatives page with counts
    expect(tail.statements).toBe(2);
  });

  it('sorts descending when asked', async () => {
    const result = await hub.query(
      `{ programmes(first: 3, sort: { field: CODE, direction: DESC }) { nodes { code } } }`,
    );
    expect(result.data!.programmes.nodes.map((node: { code: string }) => node.code)).toEqual([
      'P-006',
      'P-005',
      'P-004',
    ]);
  });

  it('refetches any object of a page by node(id)', async () => {
    const listed = await hub.query(
      `{ programmes(first: 1, sort: { field: CODE, direction: DESC }) { nodes { id code } } }`,
    );
    const { id, code } = listed.data!.programmes.nodes[0];
    const again = await hub.query(`query ($id: ID!) { node(id: $id) { id ... on Programme { code } } }`, { id });
    expect(again.errors).toBeUndefined();
    expect(again.data!.node).toEqual({ id, code });
  });
});
