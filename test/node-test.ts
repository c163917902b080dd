import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { initTestHub, type TestHub } from './support/test-hub';

/** One object of every seeded Node type, found through its list, with a field that names it. */
const FIRST_OF_EACH = /* GraphQL */ `
  {
    activities(first: 1) { nodes { __typename id code } }
    countries { __typename id code }
    goodPractices(first: 1) { nodes { __typename id code } }
    indicators(first: 1) { nodes { __typename id code } }
    municipalities(first: 1) { nodes { __typename id municipalityCode: code } }
    networks(first: 1) { nodes { __typename id code } }
    observations(first: 1) { nodes { __typename id value } }
    organisations(first: 1) { nodes { __typename id code } }
    policyDocuments(first: 1) { nodes { __typename id code } }
    programmes(first: 1) { nodes { __typename id code components { __typename id position } } }
    sources(first: 1) { nodes { __typename id key } }
    themes { __typename id code }
    workingGroups(first: 1) { nodes { __typename id code } }
  }
`;

const REFETCH = /* GraphQL */ `
  query ($id: ID!) {
    node(id: $id) {
      __typename
      id
      ... on Activity { code }
      ... on Country { code }
      ... on GoodPractice { code }
      ... on Indicator { code }
      ... on Municipality { municipalityCode: code }
      ... on Network { code }
      ... on Observation { value }
      ... on Organisation { code }
      ... on PolicyDocument { code }
      ... on Programme { code }
      ... on ProgrammeComponent { position }
      ... on Source { key }
      ... on Theme { code }
      ... on WorkingGroup { code }
    }
  }
`;

describe('node(id)', () => {
  let hub: TestHub;
  beforeAll(async () => {
    hub = await initTestHub();
  });
  afterAll(() => hub.close());

  it('returns every seeded type again, by the id its list gave', async () => {
    const { data, errors } = await hub.query(FIRST_OF_EACH);
    expect(errors).toBeUndefined();
    const firsts: Record<string, unknown>[] = [];
    for (const value of Object.values(data!)) {
      const nodes = Array.isArray(value) ? value : (value as { nodes: Record<string, unknown>[] }).nodes;
      expect(nodes.length).toBeGreaterThan(0);
      firsts.push(nodes[0]);
    }
    const component = (data!.programmes.nodes[0].components as Record<string, unknown>[])[0];
    if (component) firsts.push(component);
    for (const { components: _components, ...first } of firsts) {
      const again = await hub.query(REFETCH, { id: first.id });
      expect(again.errors, String(first.__typename)).toBeUndefined();
      expect(again.data!.node).toEqual(first);
    }
    expect(new Set(firsts.map((first) => first.__typename)).size).toBe(firsts.length);
  });

  it('answers a page of countries with nested municipalities, Charter signatures and programmes in a fixed number of statements', async () => {
    const result = await hub.query(`{
      countries {
        code
        programmes { code }
        municipalities(first: 50) {
          totalCount
          nodes { nameLocal charterSignature { actionPlanStatus } programmeParticipations { programme { code } grant { amount } } }
        }
      }
    }`);
    expect(result.errors).toBeUndefined();
    const norway = result.data!.countries.find((country: { code: string }) => country.code === 'NO');
    expect(norway.municipalities.totalCount).toBe(20);
    expect(norway.programmes.map((programme: { code: string }) => programme.code)).toEqual(['NO_LIKESTILTE_KOMMUNER']);
    // countries, programmes by country, municipality pages, signatures, participations, their programmes
    expect(result.statements).toBe(6);
  });
});
