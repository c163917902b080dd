import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Viewer } from '../src/auth/viewer';
import { toGlobalId } from '../src/schema/global-id';
import { buildAccessWorld, CALLERS, type Caller } from './support/access-fixture';
import { initScratchHub, type OperationResult, type TestHub } from './support/test-hub';

type Outcome = string;

/** One kind of operation, and how its answer reads as an outcome for the matrix. */
interface Probe {
  query: string;
  variables?: () => Record<string, unknown>;
  outcome: (result: OperationResult) => Outcome;
}

const codeOf = (result: OperationResult) => String(result.errors?.[0]?.extensions?.code ?? 'no error');
const listOf = (values: unknown[]) => values.map(String).sort().join(',') || '-';

let privateProgrammeId = 0;
let privateInitiativeId = 0;

const PROBES: Record<string, Probe> = {
  readPublished: {
    query: '{ programme(code: "PUBLIC") { code } }',
    outcome: (r) => (r.data?.programme?.code === 'PUBLIC' ? 'allowed' : codeOf(r)),
  },
  readUnpublished: {
    query: '{ programme(code: "PRIVATE") { code } }',
    outcome: (r) => (r.data?.programme?.code === 'PRIVATE' ? 'allowed' : codeOf(r)),
  },
  nestedFundings: {
    query: '{ organisation(code: "FUNDER") { fundings { programme { code } } } }',
    outcome: (r) => listOf(r.data!.organisation.fundings.map((funding: { programme: { code: string } }) => funding.programme.code)),
  },
  nestedCountryProgrammes: {
    query: '{ country(code: "SE") { programmes { code } } }',
    outcome: (r) => listOf(r.data!.country.programmes.map((programme: { code: string }) => programme.code)),
  },
  nodeUnpublishedProgramme: {
    query: 'query ($id: ID!) { node(id: $id) { id } }',
    variables: () => ({ id: toGlobalId('Programme', privateProgrammeId) }),
    outcome: (r) => (r.data?.node ? 'allowed' : codeOf(r)),
  },
  nodeInitiativeOfUnpublished: {
    query: 'query ($id: ID!) { node(id: $id) { id } }',
    variables: () => ({ id: toGlobalId('Initiative', privateInitiativeId) }),
    outcome: (r) => (r.data?.node ? 'allowed' : codeOf(r)),
  },
  countProgrammes: {
    query: '{ programmes { totalCount } }',
    outcome: (r) => String(r.data!.programmes.totalCount),
  },
  countInitiatives: {
    query: '{ initiatives { totalCount } programmes(filter: { search: "PRIVATE" }) { nodes { initiatives { totalCount } } } }',
    outcome: (r) => `${r.data!.initiatives.totalCount}/${listOf(r.data!.programmes.nodes.map((p: { initiatives: { totalCount: number } }) => p.initiatives.totalCount))}`,
  },
  approvedValues: {
    query: '{ observations { totalCount nodes { value } } }',
    outcome: (r) => listOf(r.data!.observations.nodes.map((node: { value: number }) => node.value)),
  },
  unapprovedValues: {
    query: '{ observations(filter: { reviewStatuses: [DRAFT, SUBMITTED, RETURNED] }) { nodes { value scope { __typename ... on Programme { code } ... on Municipality { nameLocal } } } } }',
    outcome: (r) => listOf(r.data!.observations.nodes.map((node: { scope: { code?: string; nameLocal?: string } }) => node.scope.code ?? node.scope.nameLocal)),
  },
  derivedIndicators: {
    query: '{ programmes { nodes { code indicators { code } } } }',
    outcome: (r) => listOf(r.data!.programmes.nodes.filter((p: { indicators: unknown[] }) => p.indicators.length).map((p: { code: string }) => p.code)),
  },
  aggregateResults: {
    query: '{ programmes { nodes { code results { indicator { code } latestActual { value } } } } }',
    outcome: (r) =>
      listOf(r.data!.programmes.nodes.flatMap((p: { code: string; results: { latestActual: { value: number } | null }[] }) =>
        p.results.map((result) => `${p.code}:${result.latestActual?.value ?? '-'}`))),
  },
  aggregateSeries: {
    query: `{ series(indicator: "TRAINED", from: "2020-01-01", to: "2021-12-31", period: YEAR, groupBy: [PROGRAMME],
      reviewStatuses: [APPROVED, SUBMITTED, DRAFT, RETURNED]) { points { periodStart programme { code } value empty } } }`,
    outcome: (r) =>
      listOf(r.data!.series.points.filter((point: { empty: boolean }) => !point.empty)
        .map((point: { periodStart: string; programme: { code: string } | null; value: number }) => `${point.programme?.code ?? 'none'}:${point.periodStart.slice(0, 4)}:${point.value}`)),
  },
  aggregateComputedFigures: {
    query: '{ programmes { nodes { code computedFigures { kind value } } } }',
    outcome: (r) =>
      listOf(r.data!.programmes.nodes.flatMap((p: { code: string; computedFigures: { kind: string; value: number | null }[] }) =>
        p.computedFigures.filter((figure) => figure.kind === 'INITIATIVE_COUNT').map((figure) => `${p.code}:${figure.value}`))),
  },
  unpublishedBudgetField: {
    query: '{ programme(code: "SECRET_BUDGET") { code budget { amount } } }',
    outcome: (r) => (r.data?.programme?.budget?.amount === 300 ? 'allowed' : `${r.data?.programme?.code} ${codeOf(r)}`),
  },
  memberNameField: {
    query: '{ workingGroup(code: "GROUP") { members { role name } } }',
    outcome: (r) => {
      const member = r.data?.workingGroup?.members?.[0];
      return member?.name === 'Ana Anić' ? 'allowed' : `${member?.role} ${codeOf(r)}`;
    },
  },
};

const PRIVILEGED = 'allowed';
const HIDDEN = 'NOT_FOUND';
/** What each caller must get from each probe. */
const EXPECTED: Record<string, Record<Caller, Outcome>> = {
  readPublished: { anonymous: PRIVILEGED, admin: PRIVILEGED, editor: PRIVILEGED, reviewer: PRIVILEGED, funderViewer: PRIVILEGED, otherViewer: PRIVILEGED, reporter: PRIVILEGED },
  readUnpublished: { anonymous: HIDDEN, admin: PRIVILEGED, editor: PRIVILEGED, reviewer: PRIVILEGED, funderViewer: PRIVILEGED, otherViewer: HIDDEN, reporter: HIDDEN },
  nestedFundings: { anonymous: 'SECRET_BUDGET', admin: 'PRIVATE,SECRET_BUDGET', editor: 'PRIVATE,SECRET_BUDGET', reviewer: 'PRIVATE,SECRET_BUDGET', funderViewer: 'PRIVATE,SECRET_BUDGET', otherViewer: 'SECRET_BUDGET', reporter: 'SECRET_BUDGET' },
  nestedCountryProgrammes: { anonymous: 'PUBLIC,SECRET_BUDGET', admin: 'PRIVATE,PUBLIC,SECRET_BUDGET', editor: 'PRIVATE,PUBLIC,SECRET_BUDGET', reviewer: 'PRIVATE,PUBLIC,SECRET_BUDGET', funderViewer: 'PRIVATE,PUBLIC,SECRET_BUDGET', otherViewer: 'PUBLIC,SECRET_BUDGET', reporter: 'PUBLIC,SECRET_BUDGET' },
  nodeUnpublishedProgramme: { anonymous: HIDDEN, admin: PRIVILEGED, editor: PRIVILEGED, reviewer: PRIVILEGED, funderViewer: PRIVILEGED, otherViewer: HIDDEN, reporter: HIDDEN },
  nodeInitiativeOfUnpublished: { anonymous: HIDDEN, admin: PRIVILEGED, editor: PRIVILEGED, reviewer: PRIVILEGED, funderViewer: PRIVILEGED, otherViewer: HIDDEN, reporter: HIDDEN },
  countProgrammes: { anonymous: '2', admin: '3', editor: '3', reviewer: '3', funderViewer: '3', otherViewer: '2', reporter: '2' },
  countInitiatives: { anonymous: '1/-', admin: '2/1', editor: '2/1', reviewer: '2/1', funderViewer: '2/1', otherViewer: '1/-', reporter: '1/-' },
  approvedValues: { anonymous: '2020', admin: '2020,2020', editor: '2020,2020', reviewer: '2020,2020', funderViewer: '2020,2020', otherViewer: '2020', reporter: '2020' },
  unapprovedValues: { anonymous: '-', admin: 'Elsewhere,Home,PRIVATE,PUBLIC', editor: 'PRIVATE', reviewer: 'PRIVATE', funderViewer: 'PRIVATE', otherViewer: 'PUBLIC', reporter: 'Home' },
  derivedIndicators: { anonymous: 'PUBLIC', admin: 'PRIVATE,PUBLIC', editor: 'PRIVATE,PUBLIC', reviewer: 'PRIVATE,PUBLIC', funderViewer: 'PRIVATE,PUBLIC', otherViewer: 'PUBLIC', reporter: 'PUBLIC' },
  aggregateResults: { anonymous: 'PUBLIC:2020', admin: 'PRIVATE:2020,PUBLIC:2020', editor: 'PRIVATE:2020,PUBLIC:2020', reviewer: 'PRIVATE:2020,PUBLIC:2020', funderViewer: 'PRIVATE:2020,PUBLIC:2020', otherViewer: 'PUBLIC:2020', reporter: 'PUBLIC:2020' },
  aggregateSeries: {
    anonymous: 'PUBLIC:2020:2020',
    admin: 'PRIVATE:2020:2020,PRIVATE:2021:2021,PUBLIC:2020:2020,PUBLIC:2021:2021,none:2021:4042',
    editor: 'PRIVATE:2020:2020,PRIVATE:2021:2021,PUBLIC:2020:2020',
    reviewer: 'PRIVATE:2020:2020,PRIVATE:2021:2021,PUBLIC:2020:2020',
    funderViewer: 'PRIVATE:2020:2020,PRIVATE:2021:2021,PUBLIC:2020:2020',
    otherViewer: 'PUBLIC:2020:2020,PUBLIC:2021:2021',
    reporter: 'PUBLIC:2020:2020,none:2021:2021',
  },
  aggregateComputedFigures: { anonymous: 'PUBLIC:1,SECRET_BUDGET:0', admin: 'PRIVATE:1,PUBLIC:1,SECRET_BUDGET:0', editor: 'PRIVATE:1,PUBLIC:1,SECRET_BUDGET:0', reviewer: 'PRIVATE:1,PUBLIC:1,SECRET_BUDGET:0', funderViewer: 'PRIVATE:1,PUBLIC:1,SECRET_BUDGET:0', otherViewer: 'PUBLIC:1,SECRET_BUDGET:0', reporter: 'PUBLIC:1,SECRET_BUDGET:0' },
  unpublishedBudgetField: { anonymous: 'SECRET_BUDGET FORBIDDEN', admin: PRIVILEGED, editor: 'SECRET_BUDGET FORBIDDEN', reviewer: 'SECRET_BUDGET FORBIDDEN', funderViewer: PRIVILEGED, otherViewer: 'SECRET_BUDGET FORBIDDEN', reporter: 'SECRET_BUDGET FORBIDDEN' },
  memberNameField: { anonymous: 'GENDER_EXPERT FORBIDDEN', admin: PRIVILEGED, editor: PRIVILEGED, reviewer: PRIVILEGED, funderViewer: 'GENDER_EXPERT FORBIDDEN', otherViewer: 'GENDER_EXPERT FORBIDDEN', reporter: 'GENDER_EXPERT FORBIDDEN' },
};

describe('authorization matrix: every caller against every kind of read', () => {
  let hub: TestHub;
  let viewers: Record<Caller, Viewer>;
  beforeAll(async () => {
    hub = await initScratchHub();
    viewers = await buildAccessWorld(hub.orm.em.fork());
    const ids = await hub.query('{ programme(code: "PRIVATE") { id initiatives { nodes { id } } } }', {}, viewers.admin);
    privateProgrammeId = Number(Buffer.from(ids.data!.programme.id, 'base64url').toString().split(':')[1]);
    privateInitiativeId = Number(Buffer.from(ids.data!.programme.initiatives.nodes[0].id, 'base64url').toString().split(':')[1]);
  });
  afterAll(() => hub.close());

  it(`gives each of ${CALLERS.length} callers x ${Object.keys(PROBES).length} operations exactly what the rules allow`, async () => {
    const observed: Record<string, Record<string, Outcome>> = {};
    for (const [name, probe] of Object.entries(PROBES)) {
      observed[name] = {};
      for (const caller of CALLERS) {
        const result = await hub.query(probe.query, probe.variables?.(), viewers[caller]);
        observed[name][caller] = probe.outcome(result);
      }
    }
    expect(observed).toEqual(EXPECTED);
  });
});
