import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  DISBURSEMENT_AMOUNT,
  FIELD_RULES,
  MEMBER_NAME,
  PERIOD_BUDGET_AMOUNT,
  PROGRAMME_BUDGET,
  type RecordFieldRule,
} from '../src/auth/field-rules';
import type { Viewer } from '../src/auth/viewer';
import { Indicator } from '../src/entities/indicator.entity';
import { Municipality } from '../src/entities/municipality.entity';
import { ImplementerRole, ProgrammeImplementer } from '../src/entities/programme-implementer.entity';
import { Programme } from '../src/entities/programme.entity';
import { Observation, ObservationKind, ReviewStatus, ScopeKind } from '../src/entities/observation.entity';
import { Organisation, OrganisationKind } from '../src/entities/organisation.entity';
import { WorkingGroup } from '../src/entities/working-group.entity';
import { Source, SourceKind } from '../src/entities/source.entity';
import { columnOf, referencesOf } from '../src/loaders/plain-rows';
import { toGlobalId } from '../src/schema/global-id';
import { buildAccessWorld, CALLERS, type Caller } from './support/access-fixture';
import { initScratchHub, type OperationResult, type TestHub } from './support/test-hub';
import { graphqlAs, signIn, type BrowserSession } from './support/browser-session';
import { insertAccount } from '../src/auth/accounts';

const SESSION_PASSWORD = 'correct horse battery staple';

type Outcome = string;

/** One kind of operation, and how its answer reads as an outcome for the matrix. */
interface Probe {
  query: string;
  variables?: () => Record<string, unknown>;
  /** Makes what a write probe of `caller` acts on, so no caller's write changes another's answer. */
  prepare?: (caller: Caller) => Promise<Record<string, unknown>>;
  outcome: (result: OperationResult) => Outcome;
}

const codeOf = (result: OperationResult) => String(result.errors?.[0]?.extensions?.code ?? 'no error');
const listOf = (values: unknown[]) => values.map(String).sort().join(',') || '-';

let privateProgrammeId = 0;
let privateInitiativeId = 0;
let homeId = 0;
let elsewhereId = 0;
let hub: TestHub;

const SUBMIT = 'mutation ($rows: [ObservationInput!]!) { submitObservations(rows: $rows) { received } }';
const submitted = (r: OperationResult) => (r.data?.submitObservations?.received === 1 ? 'allowed' : codeOf(r));
const submitRow = (municipalityId: number) => ({
  rows: [
    {
      indicator: 'TRAINED',
      scope: toGlobalId('Municipality', municipalityId),
      periodStart: '2031-01-01',
      periodEnd: '2031-12-31',
      value: 3,
    },
  ],
});

const UPDATE_PROGRAMME =
  'mutation ($id: ID!, $version: Int!, $input: ProgrammeInput!) { updateProgramme(id: $id, version: $version, input: $input) { version } }';
/** An update of programme `code` at its current version that keeps what the read probes see. */
const programmeUpdate = async (code: string, caller: Caller) => {
  const [programme] = await hub.orm.em
    .fork()
    .execute<{ id: number; version: number; published: boolean; budget_published: boolean }[]>(
      'select id, version, published, budget_published from programme where code = ?',
      [code],
    );
  return {
    id: toGlobalId('Programme', programme.id),
    version: programme.version,
    input: {
      code,
      nameEn: `Updated by ${caller}`,
      published: programme.published,
      budgetPublished: programme.budget_published,
    },
  };
};

/**
 * Writes that change a reference: to a record the caller's organisations do not hold rights over
 * (an organisation it does not act for, a municipality outside its programmes, a programme it may
 * not write), away from one, or back to the record itself. Each caller acts on records of its own.
 */
const REFERENCE_PROBES = (): Record<string, Probe> => {
  const organisationId = async (code: string) => (await hub.orm.em.fork().findOneOrFail(Organisation, { code })).id;
  /** An unpublished programme that IMPLEMENTER implements, coded `code`. */
  const implementersProgramme = async (code: string) => {
    const em = hub.orm.em.fork();
    const programme = em.create(Programme, { code, nameEn: code, published: false });
    await em.flush();
    em.create(ProgrammeImplementer, {
      programmeId: programme.id,
      organisationId: await organisationId('IMPLEMENTER'),
      role: ImplementerRole.LEAD,
    });
    await em.flush();
    return programme;
  };
  const programmeInput = (programme: Programme, references: Record<string, string>) => ({
    id: toGlobalId('Programme', programme.id),
    version: programme.version,
    input: { code: programme.code, nameEn: programme.nameEn, ...references },
  });
  const written = (r: OperationResult) => (r.data && Object.values(r.data)[0] ? 'allowed' : codeOf(r));
  return {
    takeOverWorkingGroup: {
      query:
        'mutation ($id: ID!, $input: WorkingGroupInput!) { updateWorkingGroup(id: $id, version: 1, input: $input) { version } }',
      prepare: async (caller) => {
        const em = hub.orm.em.fork();
        const group = em.create(WorkingGroup, {
          code: `FUNDERS-${caller}`,
          nameEn: caller,
          organisationId: await organisationId('FUNDER'),
          programmeId: privateProgrammeId,
        });
        await em.flush();
        const input = {
          code: group.code,
          nameEn: caller,
          organisation: toGlobalId('Organisation', await organisationId('IMPLEMENTER')),
          programme: toGlobalId('Programme', privateProgrammeId),
        };
        return { id: toGlobalId('WorkingGroup', group.id), input };
      },
      outcome: written,
    },
    initiativeLedElsewhere: {
      query: 'mutation ($input: InitiativeInput!) { createInitiative(input: $input) { code } }',
      prepare: async (caller) => ({
        input: {
          programme: toGlobalId('Programme', privateProgrammeId),
          code: `LED-${caller}`,
          nameEn: caller,
          leadMunicipality: toGlobalId('Municipality', elsewhereId),
        },
      }),
      outcome: written,
    },
    attachUnderPublishedProgramme: {
      query: UPDATE_PROGRAMME,
      prepare: async (caller) => {
        const published = await hub.orm.em.fork().findOneOrFail(Programme, { code: 'PUBLIC' });
        return programmeInput(await implementersProgramme(`ATTACHED-${caller}`), {
          parent: toGlobalId('Programme', published.id),
        });
      },
      outcome: written,
    },
    parentIsItself: {
      query: UPDATE_PROGRAMME,
      prepare: async (caller) => {
        const programme = await implementersProgramme(`SELF-${caller}`);
        return programmeInput(programme, { parent: toGlobalId('Programme', programme.id) });
      },
      outcome: written,
    },
  };
};

/**
 * The writes of a programme's and an initiative's links (`setProgrammeFunders`, ...): each caller
 * sets one set of a programme IMPLEMENTER implements (or of an initiative under it), made for it,
 * to records of the EDITOR's scope, or (`...Outside`) to one outside it at the link's other end.
 */
const LINK_PROBES = (): Record<string, Probe> => {
  let linkRecords = 0;
  const idOf = async (table: string, where: string) =>
    (await hub.orm.em.fork().execute<{ id: number }[]>(`select id from ${table} where ${where}`))[0].id;
  /**
   * An unpublished programme coded `code` that IMPLEMENTER implements (ADMIN's own is implemented
   * by nobody: its links never widen the EDITOR's scope); with `initiative`, an initiative under it.
   */
  const implementersRecord = async (code: string, caller: Caller, initiative: boolean) => {
    const em = hub.orm.em.fork();
    const programme = em.create(Programme, { code, nameEn: code, published: false });
    await em.flush();
    if (caller !== 'admin')
      await em.execute(
        `insert into programme_implementer (programme_id, organisation_id, role) select ?, id, 'LEAD' from organisation where code = 'IMPLEMENTER'`,
        [programme.id],
      );
    if (!initiative) return toGlobalId('Programme', programme.id);
    const [{ id }] = await em.execute<{ id: number }[]>(
      `insert into initiative (programme_id, code, name_en) values (?, ?, ?) returning id`,
      [programme.id, `${code}-I`, code],
    );
    return toGlobalId('Initiative', id);
  };
  const probe = (
    type: 'Programme' | 'Initiative',
    field: string,
    items: string,
    set: () => Promise<unknown[]>,
  ): Probe => {
    const mutation = `set${type}${field[0].toUpperCase()}${field.slice(1)}`;
    return {
      query: `mutation ($id: ID!, $set: [${items}!]!) { ${mutation}(id: $id, version: 1, ${field}: $set) { version } }`,
      prepare: async (caller) => ({
        id: await implementersRecord(`LINKS-${++linkRecords}-${caller}`.toUpperCase(), caller, type === 'Initiative'),
        set: await set(),
      }),
      outcome: (r) => (r.data?.[mutation] ? 'allowed' : codeOf(r)),
    };
  };
  const organisation = async (code: string) =>
    toGlobalId('Organisation', await idOf('organisation', `code = '${code}'`));
  const municipality = async (name: string) =>
    toGlobalId('Municipality', await idOf('municipality', `name_local = '${name}'`));
  const theme = async () => {
    await hub.orm.em.fork().execute(`insert into theme (code, name_en) values ('T', 'Theme') on conflict do nothing`);
    return toGlobalId('Theme', await idOf('theme', `code = 'T'`));
  };
  return {
    setFunders: probe('Programme', 'funders', 'ProgrammeFunderInput', async () => [
      { organisation: await organisation('IMPLEMENTER'), amount: 10, currency: 'EUR' },
    ]),
    setFundersOutside: probe('Programme', 'funders', 'ProgrammeFunderInput', async () => [
      { organisation: await organisation('OTHER') },
    ]),
    setImplementers: probe('Programme', 'implementers', 'ProgrammeImplementerInput', async () => [
      { organisation: await organisation('IMPLEMENTER'), role: 'PARTNER' },
    ]),
    setCountries: probe('Programme', 'countries', 'String', async () => ['SE']),
    setThemes: probe('Programme', 'themes', 'ID', async () => [await theme()]),
    setSources: probe('Programme', 'sources', 'ID', async () => {
      await hub.orm.em
        .fork()
        .execute(`insert into source (key, title, kind) values ('S', 'S', 'REPORT') on conflict do nothing`);
      return [toGlobalId('Source', await idOf('source', `key = 'S'`))];
    }),
    setParticipantsOutside: probe('Programme', 'participants', 'ProgrammeParticipantInput', async () => [
      { municipality: await municipality('Elsewhere'), grantAmount: 5, grantCurrency: 'EUR' },
    ]),
    setInitiativeMunicipalitiesOutside: probe('Initiative', 'municipalities', 'ID', async () => [
      await municipality('Elsewhere'),
    ]),
    setInitiativeThemes: probe('Initiative', 'themes', 'ID', async () => [await theme()]),
  };
};

/**
 * The writes of frameworks, their elements, indicator mappings, networks with their members and a
 * municipality's successor: ADMIN only. Each caller acts on records made for it, which every caller reads.
 */
const FRAMEWORK_NETWORK_PROBES = (): Record<string, Probe> => {
  let made = 0;
  const insert = async (statement: string, params: unknown[] = []) =>
    (await hub.orm.em.fork().execute<{ id: number }[]>(`${statement} returning id`, params))[0].id;
  const framework = (caller: Caller) =>
    insert(`insert into framework (code, name_en) values (?, ?)`, [`FW-${++made}-${caller}`, caller]);
  const element = async (caller: Caller) =>
    insert(`insert into framework_element (framework_id, code, position, name_en) values (?, 'E', 1, ?)`, [
      await framework(caller),
      caller,
    ]);
  const network = async (caller: Caller) =>
    insert(
      `insert into network (code, name_en, organisation_id) select ?, ?, id from organisation where code = 'OTHER'`,
      [`NET-${++made}-${caller}`, caller],
    );
  const organisation = async () =>
    toGlobalId('Organisation', (await hub.orm.em.fork().findOneOrFail(Organisation, { code: 'OTHER' })).id);
  const written = (r: OperationResult) => (r.data && Object.values(r.data)[0] ? 'allowed' : codeOf(r));
  const update = (type: string) =>
    `mutation ($id: ID!, $input: ${type}Input!) { update${type}(id: $id, version: 1, input: $input) { version } }`;
  const archive = (type: string) => `mutation ($id: ID!) { archive${type}(id: $id, version: 1) { version } }`;
  return {
    createFramework: {
      query: 'mutation ($input: FrameworkInput!) { createFramework(input: $input) { code } }',
      prepare: async (caller) => ({ input: { code: `NEW-FW-${caller}`, nameEn: caller } }),
      outcome: written,
    },
    updateFramework: {
      query: update('Framework'),
      prepare: async (caller) => {
        const id = await framework(caller);
        return { id: toGlobalId('Framework', id), input: { code: `UPDATED-FW-${id}`, nameEn: caller } };
      },
      outcome: written,
    },
    archiveFramework: {
      query: archive('Framework'),
      prepare: async (caller) => ({ id: toGlobalId('Framework', await framework(caller)) }),
      outcome: written,
    },
    createFrameworkElement: {
      query: 'mutation ($input: FrameworkElementInput!) { createFrameworkElement(input: $input) { code } }',
      prepare: async (caller) => ({
        input: { framework: toGlobalId('Framework', await framework(caller)), code: 'E', position: 1, nameEn: caller },
      }),
      outcome: written,
    },
    updateFrameworkElement: {
      query: update('FrameworkElement'),
      prepare: async (caller) => {
        const id = await element(caller);
        const [{ framework_id }] = await hub.orm.em
          .fork()
          .execute<{ framework_id: number }[]>('select framework_id from framework_element where id = ?', [id]);
        return {
          id: toGlobalId('FrameworkElement', id),
          input: { framework: toGlobalId('Framework', framework_id), code: 'E2', position: 2, nameEn: caller },
        };
      },
      outcome: written,
    },
    archiveFrameworkElement: {
      query: archive('FrameworkElement'),
      prepare: async (caller) => ({ id: toGlobalId('FrameworkElement', await element(caller)) }),
      outcome: written,
    },
    setIndicatorFrameworkElements: {
      query:
        'mutation ($id: ID!, $version: Int!, $set: [IndicatorFrameworkElementInput!]!) { setIndicatorFrameworkElements(id: $id, version: $version, frameworkElements: $set) { version } }',
      prepare: async (caller) => {
        const indicator = await insert(
          `insert into indicator (code, name_en, unit, level, direction, aggregation, computation) values (?, ?, 'COUNT', 'OUTPUT', 'NEUTRAL', 'SUM', 'REPORTED')`,
          [`MAPPED-${++made}-${caller}`, caller],
        );
        return {
          id: toGlobalId('Indicator', indicator),
          version: 1,
          set: [{ element: toGlobalId('FrameworkElement', await element(caller)), rationale: 'measures it' }],
        };
      },
      outcome: written,
    },
    createNetwork: {
      query: 'mutation ($input: NetworkInput!) { createNetwork(input: $input) { code } }',
      prepare: async (caller) => ({
        input: { code: `NEW-NET-${caller}`, nameEn: caller, organisation: await organisation() },
      }),
      outcome: written,
    },
    updateNetwork: {
      query: update('Network'),
      prepare: async (caller) => {
        const id = await network(caller);
        return {
          id: toGlobalId('Network', id),
          input: { code: `UPDATED-NET-${id}`, nameEn: caller, organisation: await organisation() },
        };
      },
      outcome: written,
    },
    archiveNetwork: {
      query: archive('Network'),
      prepare: async (caller) => ({ id: toGlobalId('Network', await network(caller)) }),
      outcome: written,
    },
    setNetworkMembers: {
      query:
        'mutation ($id: ID!, $set: [NetworkMemberInput!]!) { setNetworkMembers(id: $id, version: 1, members: $set) { version } }',
      prepare: async (caller) => ({
        id: toGlobalId('Network', await network(caller)),
        set: [{ municipality: toGlobalId('Municipality', homeId), fromYear: 2019, toYear: 2024 }],
      }),
      outcome: written,
    },
    setMunicipalitySuccessor: {
      query: update('Municipality'),
      prepare: async (caller) => {
        const code = `M${++made}`;
        const id = await insert(
          `insert into municipality (country_code, code, name_local, kind) values ('SE', ?, ?, 'MUNICIPALITY')`,
          [code, caller],
        );
        return {
          id: toGlobalId('Municipality', id),
          input: {
            country: 'SE',
            code,
            nameLocal: caller,
            kind: 'MUNICIPALITY',
            successor: toGlobalId('Municipality', homeId),
            validTo: '2023-12-31',
          },
        };
      },
      outcome: written,
    },
  };
};

/**
 * Budgets per period and disbursements: written by ADMIN and by an EDITOR in its programmes; their
 * amounts, where the programme's budget is unpublished, read only by its funders and implementers.
 */
const MONEY_PROBES = (): Record<string, Probe> => {
  let moneyRecords = 0;
  const programmeId = async (code: string) => (await hub.orm.em.fork().findOneOrFail(Programme, { code })).id;
  const organisationId = async (code: string) => (await hub.orm.em.fork().findOneOrFail(Organisation, { code })).id;
  /** A source of its own for each write, so no caller's write changes another's answer. */
  const newSource = async () => {
    const em = hub.orm.em.fork();
    const source = em.create(Source, { key: `money-${++moneyRecords}`, title: 'Money', kind: SourceKind.REPORT });
    await em.flush();
    return toGlobalId('Source', source.id);
  };
  const written = (r: OperationResult) => (r.data && Object.values(r.data)[0] ? 'allowed' : codeOf(r));
  return {
    createBudgetInUnpublished: {
      query: 'mutation ($input: ProgrammeBudgetInput!) { createProgrammeBudget(input: $input) { id } }',
      prepare: async () => ({
        input: {
          programme: toGlobalId('Programme', privateProgrammeId),
          periodStart: '2031-01-01',
          periodEnd: '2031-12-31',
          type: 'ORIGINAL',
          status: 'INDICATIVE',
          amount: 10,
          currency: 'EUR',
          source: await newSource(),
        },
      }),
      outcome: written,
    },
    createDisbursementInPublished: {
      query: 'mutation ($input: DisbursementInput!) { createDisbursement(input: $input) { id } }',
      prepare: async () => ({
        input: {
          programme: toGlobalId('Programme', await programmeId('PUBLIC')),
          disbursedOn: '2031-02-01',
          amount: 5,
          currency: 'EUR',
          provider: toGlobalId('Organisation', await organisationId('OTHER')),
          source: await newSource(),
        },
      }),
      outcome: written,
    },
    secretBudgetAmounts: {
      query: '{ programme(code: "SECRET_BUDGET") { budgets { value { amount } } disbursements { value { amount } } } }',
      prepare: async () => {
        const id = await programmeId('SECRET_BUDGET');
        const em = hub.orm.em.fork();
        const [{ n }] = await em.execute<{ n: number }[]>(
          'select count(*)::int as n from programme_budget where programme_id = ?',
          [id],
        );
        if (n === 0) {
          const source = await newSource();
          const sourceId = Number(Buffer.from(source, 'base64url').toString().split(':')[1]);
          await em.execute(
            `insert into programme_budget (programme_id, period_start, period_end, type, status, amount, currency, source_id) values (?, '2031-01-01', '2031-12-31', 'ORIGINAL', 'COMMITTED', 30, 'EUR', ?)`,
            [id, sourceId],
          );
          await em.execute(
            `insert into disbursement (programme_id, disbursed_on, amount, currency, provider_id, source_id) values (?, '2031-02-01', 3, 'EUR', ?, ?)`,
            [id, await organisationId('FUNDER'), sourceId],
          );
        }
        return {};
      },
      outcome: (r) => {
        const programme = r.data?.programme as
          | { budgets: { value: { amount: number } | null }[]; disbursements: { value: { amount: number } | null }[] }
          | undefined;
        if (!programme) return codeOf(r);
        return [...programme.budgets, ...programme.disbursements]
          .map((entry) => (entry.value ? String(entry.value.amount) : codeOf(r)))
          .join(',');
      },
    },
  };
};

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
    outcome: (r) =>
      listOf(r.data!.organisation.fundings.map((funding: { programme: { code: string } }) => funding.programme.code)),
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
    query:
      '{ initiatives { totalCount } programmes(filter: { search: "PRIVATE" }) { nodes { initiatives { totalCount } } } }',
    outcome: (r) =>
      `${r.data!.initiatives.totalCount}/${listOf(r.data!.programmes.nodes.map((p: { initiatives: { totalCount: number } }) => p.initiatives.totalCount))}`,
  },
  approvedValues: {
    query: '{ observations { totalCount nodes { value } } }',
    outcome: (r) => listOf(r.data!.observations.nodes.map((node: { value: number }) => node.value)),
  },
  unapprovedValues: {
    query:
      '{ observations(filter: { reviewStatuses: [DRAFT, SUBMITTED, RETURNED] }) { nodes { value scope { __typename ... on Programme { code } ... on Municipality { nameLocal } } } } }',
    outcome: (r) =>
      listOf(
        r.data!.observations.nodes.map(
          (node: { scope: { code?: string; nameLocal?: string } }) => node.scope.code ?? node.scope.nameLocal,
        ),
      ),
  },
  derivedIndicators: {
    query: '{ programmes { nodes { code indicators { code } } } }',
    outcome: (r) =>
      listOf(
        r
          .data!.programmes.nodes.filter((p: { indicators: unknown[] }) => p.indicators.length)
          .map((p: { code: string }) => p.code),
      ),
  },
  aggregateResults: {
    query: '{ programmes { nodes { code results { indicator { code } latestActual { value } } } } }',
    outcome: (r) =>
      listOf(
        r.data!.programmes.nodes.flatMap((p: { code: string; results: { latestActual: { value: number } | null }[] }) =>
          p.results.map((result) => `${p.code}:${result.latestActual?.value ?? '-'}`),
        ),
      ),
  },
  aggregateSeries: {
    query: `{ series(indicator: "TRAINED", from: "2020-01-01", to: "2021-12-31", period: YEAR, groupBy: [PROGRAMME],
      reviewStatuses: [APPROVED, SUBMITTED, DRAFT, RETURNED]) { points { periodStart programme { code } value empty } } }`,
    outcome: (r) =>
      listOf(
        r
          .data!.series.points.filter((point: { empty: boolean }) => !point.empty)
          .map(
            (point: { periodStart: string; programme: { code: string } | null; value: number }) =>
              `${point.programme?.code ?? 'none'}:${point.periodStart.slice(0, 4)}:${point.value}`,
          ),
      ),
  },
  aggregateComputedFigures: {
    query: '{ programmes { nodes { code computedFigures { kind value } } } }',
    outcome: (r) =>
      listOf(
        r.data!.programmes.nodes.flatMap(
          (p: { code: string; computedFigures: { kind: string; value: number | null }[] }) =>
            p.computedFigures
              .filter((figure) => figure.kind === 'INITIATIVE_COUNT')
              .map((figure) => `${p.code}:${figure.value}`),
        ),
      ),
  },
  unpublishedBudgetField: {
    query: '{ programme(code: "SECRET_BUDGET") { code budget { amount } } }',
    outcome: (r) => (r.data?.programme?.budget?.amount === 300 ? 'allowed' : `${r.data?.programme?.code} ${codeOf(r)}`),
  },
  submitForHome: {
    query: SUBMIT,
    variables: () => submitRow(homeId),
    outcome: submitted,
  },
  submitForElsewhere: {
    query: SUBMIT,
    variables: () => submitRow(elsewhereId),
    outcome: submitted,
  },
  reviewPrivateValue: {
    query: 'mutation ($ids: [ID!]!) { reviewObservations(ids: $ids, decision: APPROVE) { reviewStatus } }',
    prepare: async (caller) => {
      const em = hub.orm.em.fork();
      const observation = em.create(Observation, {
        indicatorId: (await em.findOneOrFail(Indicator, { code: 'TRAINED' })).id,
        scopeKind: ScopeKind.PROGRAMME,
        programmeId: privateProgrammeId,
        periodStart: `${2050 + CALLERS.indexOf(caller)}-01-01`,
        periodEnd: `${2050 + CALLERS.indexOf(caller)}-12-31`,
        kind: ObservationKind.ACTUAL,
        value: '1',
        reviewStatus: ReviewStatus.SUBMITTED,
      } as Observation);
      await em.flush();
      return { ids: [toGlobalId('Observation', observation.id)] };
    },
    outcome: (r) => (r.data?.reviewObservations?.[0]?.reviewStatus === 'APPROVED' ? 'allowed' : codeOf(r)),
  },
  historyOfApprovedValue: {
    query: 'query ($id: ID!) { history(id: $id) { action } }',
    prepare: async () => {
      const em = hub.orm.em.fork();
      const programme = await em.findOneOrFail(Programme, { code: 'PUBLIC' });
      const approved = await em.findOneOrFail(Observation, {
        programmeId: programme.id,
        reviewStatus: ReviewStatus.APPROVED,
      });
      return { id: toGlobalId('Observation', approved.id) };
    },
    outcome: (r) => (Array.isArray(r.data?.history) ? 'allowed' : codeOf(r)),
  },
  memberNameField: {
    query: '{ workingGroup(code: "GROUP") { members { role name } } }',
    outcome: (r) => {
      const member = r.data?.workingGroup?.members?.[0];
      return member?.name === 'Ana Anić' ? 'allowed' : `${member?.role} ${codeOf(r)}`;
    },
  },
  createInitiativeInUnpublished: {
    query: 'mutation ($input: InitiativeInput!) { createInitiative(input: $input) { code } }',
    prepare: async (caller) => ({
      input: { programme: toGlobalId('Programme', privateProgrammeId), code: `NEW-${caller}`, nameEn: caller },
    }),
    outcome: (r) => (r.data?.createInitiative ? 'allowed' : codeOf(r)),
  },
  updateUnpublishedProgramme: {
    query: UPDATE_PROGRAMME,
    prepare: (caller) => programmeUpdate('PRIVATE', caller),
    outcome: (r) => (r.data?.updateProgramme ? 'allowed' : codeOf(r)),
  },
  updatePublishedProgramme: {
    query: UPDATE_PROGRAMME,
    prepare: (caller) => programmeUpdate('PUBLIC', caller),
    outcome: (r) => (r.data?.updateProgramme ? 'allowed' : codeOf(r)),
  },
  archiveOrganisation: {
    query: 'mutation ($id: ID!) { archiveOrganisation(id: $id, version: 1) { archivedAt } }',
    prepare: async (caller) => {
      const em = hub.orm.em.fork();
      const organisation = em.create(Organisation, {
        code: `ARCHIVE-${caller}`,
        nameEn: caller,
        kind: OrganisationKind.NGO,
      });
      await em.flush();
      return { id: toGlobalId('Organisation', organisation.id) };
    },
    outcome: (r) => (r.data?.archiveOrganisation ? 'allowed' : codeOf(r)),
  },
  createWorkingGroupInUnpublished: {
    query: 'mutation ($input: WorkingGroupInput!) { createWorkingGroup(input: $input) { code } }',
    prepare: async (caller) => {
      const implementer = await hub.orm.em.fork().findOneOrFail(Organisation, { code: 'IMPLEMENTER' });
      const input = {
        code: `WG-${caller}`,
        nameEn: caller,
        organisation: toGlobalId('Organisation', implementer.id),
        programme: toGlobalId('Programme', privateProgrammeId),
      };
      return { input };
    },
    outcome: (r) => (r.data?.createWorkingGroup ? 'allowed' : codeOf(r)),
  },
  createIndicator: {
    query: 'mutation ($input: IndicatorInput!) { createIndicator(input: $input) { code } }',
    prepare: async (caller) => ({
      input: {
        code: `NEW-${caller}`,
        nameEn: caller,
        unit: 'COUNT',
        level: 'OUTPUT',
        direction: 'NEUTRAL',
        aggregation: 'SUM',
        computation: 'REPORTED',
      },
    }),
    outcome: (r) => (r.data?.createIndicator ? 'allowed' : codeOf(r)),
  },
  inviteAccount: {
    query: 'mutation ($input: AccountInvitationInput!) { inviteAccount(input: $input) { link } }',
    prepare: async (caller) => ({ input: { email: `invited-${caller}@example.org`, role: 'ADMIN' } }),
    outcome: (r) => (r.data?.inviteAccount?.link ? 'allowed' : codeOf(r)),
  },
  listAccounts: {
    query: '{ accounts { email } apiTokens { name } }',
    outcome: (r) => (r.data?.accounts ? 'allowed' : codeOf(r)),
  },
  createApiToken: {
    query: 'mutation ($input: ApiTokenInput!) { createApiToken(input: $input) { secret } }',
    prepare: async (caller) => ({ input: { name: `made by ${caller}`, role: 'ADMIN' } }),
    outcome: (r) => (r.data?.createApiToken?.secret ? 'allowed' : codeOf(r)),
  },
  createSource: {
    query: 'mutation ($input: SourceInput!) { createSource(input: $input) { key } }',
    prepare: async (caller) => ({ input: { key: `new-${caller}`, title: caller, kind: 'REPORT' } }),
    outcome: (r) => (r.data?.createSource ? 'allowed' : codeOf(r)),
  },
  historyOfUnpublishedProgramme: {
    query: 'query ($id: ID!) { history(id: $id) { action } }',
    variables: () => ({ id: toGlobalId('Programme', privateProgrammeId) }),
    outcome: (r) => (Array.isArray(r.data?.history) ? 'allowed' : codeOf(r)),
  },
  ...REFERENCE_PROBES(),
  ...LINK_PROBES(),
  ...FRAMEWORK_NETWORK_PROBES(),
  ...MONEY_PROBES(),
};

const PRIVILEGED = 'allowed';
const HIDDEN = 'NOT_FOUND';
const ANONYMOUS = 'UNAUTHENTICATED';
const REFUSED = 'FORBIDDEN';
/** A write only ADMIN makes. */
const ADMIN_ONLY: Record<Caller, Outcome> = {
  anonymous: ANONYMOUS,
  admin: PRIVILEGED,
  editor: REFUSED,
  reviewer: REFUSED,
  funderViewer: REFUSED,
  otherViewer: REFUSED,
  reporter: REFUSED,
};
/** What each caller must get from each probe. */
const EXPECTED: Record<string, Record<Caller, Outcome>> = {
  readPublished: {
    anonymous: PRIVILEGED,
    admin: PRIVILEGED,
    editor: PRIVILEGED,
    reviewer: PRIVILEGED,
    funderViewer: PRIVILEGED,
    otherViewer: PRIVILEGED,
    reporter: PRIVILEGED,
  },
  readUnpublished: {
    anonymous: HIDDEN,
    admin: PRIVILEGED,
    editor: PRIVILEGED,
    reviewer: PRIVILEGED,
    funderViewer: PRIVILEGED,
    otherViewer: HIDDEN,
    reporter: HIDDEN,
  },
  nestedFundings: {
    anonymous: 'SECRET_BUDGET',
    admin: 'PRIVATE,SECRET_BUDGET',
    editor: 'PRIVATE,SECRET_BUDGET',
    reviewer: 'PRIVATE,SECRET_BUDGET',
    funderViewer: 'PRIVATE,SECRET_BUDGET',
    otherViewer: 'SECRET_BUDGET',
    reporter: 'SECRET_BUDGET',
  },
  nestedCountryProgrammes: {
    anonymous: 'PUBLIC,SECRET_BUDGET',
    admin: 'PRIVATE,PUBLIC,SECRET_BUDGET',
    editor: 'PRIVATE,PUBLIC,SECRET_BUDGET',
    reviewer: 'PRIVATE,PUBLIC,SECRET_BUDGET',
    funderViewer: 'PRIVATE,PUBLIC,SECRET_BUDGET',
    otherViewer: 'PUBLIC,SECRET_BUDGET',
    reporter: 'PUBLIC,SECRET_BUDGET',
  },
  nodeUnpublishedProgramme: {
    anonymous: HIDDEN,
    admin: PRIVILEGED,
    editor: PRIVILEGED,
    reviewer: PRIVILEGED,
    funderViewer: PRIVILEGED,
    otherViewer: HIDDEN,
    reporter: HIDDEN,
  },
  nodeInitiativeOfUnpublished: {
    anonymous: HIDDEN,
    admin: PRIVILEGED,
    editor: PRIVILEGED,
    reviewer: PRIVILEGED,
    funderViewer: PRIVILEGED,
    otherViewer: HIDDEN,
    reporter: HIDDEN,
  },
  countProgrammes: {
    anonymous: '2',
    admin: '3',
    editor: '3',
    reviewer: '3',
    funderViewer: '3',
    otherViewer: '2',
    reporter: '2',
  },
  countInitiatives: {
    anonymous: '1/-',
    admin: '2/1',
    editor: '2/1',
    reviewer: '2/1',
    funderViewer: '2/1',
    otherViewer: '1/-',
    reporter: '1/-',
  },
  approvedValues: {
    anonymous: '2020',
    admin: '2020,2020',
    editor: '2020,2020',
    reviewer: '2020,2020',
    funderViewer: '2020,2020',
    otherViewer: '2020',
    reporter: '2020',
  },
  unapprovedValues: {
    anonymous: '-',
    admin: 'Elsewhere,Home,PRIVATE,PUBLIC',
    editor: 'PRIVATE',
    reviewer: 'PRIVATE',
    funderViewer: 'PRIVATE',
    otherViewer: 'PUBLIC',
    reporter: 'Home',
  },
  derivedIndicators: {
    anonymous: 'PUBLIC',
    admin: 'PRIVATE,PUBLIC',
    editor: 'PRIVATE,PUBLIC',
    reviewer: 'PRIVATE,PUBLIC',
    funderViewer: 'PRIVATE,PUBLIC',
    otherViewer: 'PUBLIC',
    reporter: 'PUBLIC',
  },
  aggregateResults: {
    anonymous: 'PUBLIC:2020',
    admin: 'PRIVATE:2020,PUBLIC:2020',
    editor: 'PRIVATE:2020,PUBLIC:2020',
    reviewer: 'PRIVATE:2020,PUBLIC:2020',
    funderViewer: 'PRIVATE:2020,PUBLIC:2020',
    otherViewer: 'PUBLIC:2020',
    reporter: 'PUBLIC:2020',
  },
  aggregateSeries: {
    anonymous: 'PUBLIC:2020:2020',
    admin: 'PRIVATE:2020:2020,PRIVATE:2021:2021,PUBLIC:2020:2020,PUBLIC:2021:2021,none:2021:4042',
    editor: 'PRIVATE:2020:2020,PRIVATE:2021:2021,PUBLIC:2020:2020',
    reviewer: 'PRIVATE:2020:2020,PRIVATE:2021:2021,PUBLIC:2020:2020',
    funderViewer: 'PRIVATE:2020:2020,PRIVATE:2021:2021,PUBLIC:2020:2020',
    otherViewer: 'PUBLIC:2020:2020,PUBLIC:2021:2021',
    reporter: 'PUBLIC:2020:2020,none:2021:2021',
  },
  aggregateComputedFigures: {
    anonymous: 'PUBLIC:1,SECRET_BUDGET:0',
    admin: 'PRIVATE:1,PUBLIC:1,SECRET_BUDGET:0',
    editor: 'PRIVATE:1,PUBLIC:1,SECRET_BUDGET:0',
    reviewer: 'PRIVATE:1,PUBLIC:1,SECRET_BUDGET:0',
    funderViewer: 'PRIVATE:1,PUBLIC:1,SECRET_BUDGET:0',
    otherViewer: 'PUBLIC:1,SECRET_BUDGET:0',
    reporter: 'PUBLIC:1,SECRET_BUDGET:0',
  },
  unpublishedBudgetField: {
    anonymous: 'SECRET_BUDGET FORBIDDEN',
    admin: PRIVILEGED,
    editor: 'SECRET_BUDGET FORBIDDEN',
    reviewer: 'SECRET_BUDGET FORBIDDEN',
    funderViewer: PRIVILEGED,
    otherViewer: 'SECRET_BUDGET FORBIDDEN',
    reporter: 'SECRET_BUDGET FORBIDDEN',
  },
  submitForHome: {
    anonymous: ANONYMOUS,
    admin: PRIVILEGED,
    editor: REFUSED,
    reviewer: REFUSED,
    funderViewer: REFUSED,
    otherViewer: REFUSED,
    reporter: PRIVILEGED,
  },
  submitForElsewhere: {
    anonymous: ANONYMOUS,
    admin: PRIVILEGED,
    editor: REFUSED,
    reviewer: REFUSED,
    funderViewer: REFUSED,
    otherViewer: REFUSED,
    reporter: REFUSED,
  },
  reviewPrivateValue: {
    anonymous: ANONYMOUS,
    admin: PRIVILEGED,
    editor: REFUSED,
    reviewer: PRIVILEGED,
    funderViewer: REFUSED,
    otherViewer: REFUSED,
    reporter: REFUSED,
  },
  historyOfApprovedValue: {
    anonymous: 'UNAUTHENTICATED',
    admin: PRIVILEGED,
    editor: 'FORBIDDEN',
    reviewer: 'FORBIDDEN',
    funderViewer: 'FORBIDDEN',
    otherViewer: PRIVILEGED,
    reporter: 'FORBIDDEN',
  },
  memberNameField: {
    anonymous: 'GENDER_EXPERT FORBIDDEN',
    admin: PRIVILEGED,
    editor: PRIVILEGED,
    reviewer: PRIVILEGED,
    funderViewer: 'GENDER_EXPERT FORBIDDEN',
    otherViewer: 'GENDER_EXPERT FORBIDDEN',
    reporter: 'GENDER_EXPERT FORBIDDEN',
  },
  createInitiativeInUnpublished: {
    anonymous: ANONYMOUS,
    admin: PRIVILEGED,
    editor: PRIVILEGED,
    reviewer: REFUSED,
    funderViewer: REFUSED,
    otherViewer: REFUSED,
    reporter: REFUSED,
  },
  updateUnpublishedProgramme: {
    anonymous: ANONYMOUS,
    admin: PRIVILEGED,
    editor: PRIVILEGED,
    reviewer: REFUSED,
    funderViewer: REFUSED,
    otherViewer: REFUSED,
    reporter: REFUSED,
  },
  updatePublishedProgramme: {
    anonymous: ANONYMOUS,
    admin: PRIVILEGED,
    editor: REFUSED,
    reviewer: REFUSED,
    funderViewer: REFUSED,
    otherViewer: REFUSED,
    reporter: REFUSED,
  },
  archiveOrganisation: {
    anonymous: ANONYMOUS,
    admin: PRIVILEGED,
    editor: REFUSED,
    reviewer: REFUSED,
    funderViewer: REFUSED,
    otherViewer: REFUSED,
    reporter: REFUSED,
  },
  createWorkingGroupInUnpublished: {
    anonymous: ANONYMOUS,
    admin: PRIVILEGED,
    editor: PRIVILEGED,
    reviewer: REFUSED,
    funderViewer: REFUSED,
    otherViewer: REFUSED,
    reporter: REFUSED,
  },
  createIndicator: {
    anonymous: ANONYMOUS,
    admin: PRIVILEGED,
    editor: REFUSED,
    reviewer: REFUSED,
    funderViewer: REFUSED,
    otherViewer: REFUSED,
    reporter: REFUSED,
  },
  inviteAccount: {
    anonymous: ANONYMOUS,
    admin: PRIVILEGED,
    editor: REFUSED,
    reviewer: REFUSED,
    funderViewer: REFUSED,
    otherViewer: REFUSED,
    reporter: REFUSED,
  },
  listAccounts: {
    anonymous: ANONYMOUS,
    admin: PRIVILEGED,
    editor: REFUSED,
    reviewer: REFUSED,
    funderViewer: REFUSED,
    otherViewer: REFUSED,
    reporter: REFUSED,
  },
  createApiToken: {
    anonymous: ANONYMOUS,
    admin: PRIVILEGED,
    editor: REFUSED,
    reviewer: REFUSED,
    funderViewer: REFUSED,
    otherViewer: REFUSED,
    reporter: REFUSED,
  },
  createSource: {
    anonymous: ANONYMOUS,
    admin: PRIVILEGED,
    editor: REFUSED,
    reviewer: REFUSED,
    funderViewer: REFUSED,
    otherViewer: REFUSED,
    reporter: REFUSED,
  },
  historyOfUnpublishedProgramme: {
    anonymous: ANONYMOUS,
    admin: PRIVILEGED,
    editor: PRIVILEGED,
    reviewer: PRIVILEGED,
    funderViewer: PRIVILEGED,
    otherViewer: HIDDEN,
    reporter: HIDDEN,
  },
  takeOverWorkingGroup: {
    anonymous: ANONYMOUS,
    admin: PRIVILEGED,
    editor: REFUSED,
    reviewer: REFUSED,
    funderViewer: REFUSED,
    otherViewer: REFUSED,
    reporter: REFUSED,
  },
  initiativeLedElsewhere: {
    anonymous: ANONYMOUS,
    admin: PRIVILEGED,
    editor: REFUSED,
    reviewer: REFUSED,
    funderViewer: REFUSED,
    otherViewer: REFUSED,
    reporter: REFUSED,
  },
  attachUnderPublishedProgramme: {
    anonymous: ANONYMOUS,
    admin: PRIVILEGED,
    editor: REFUSED,
    reviewer: REFUSED,
    funderViewer: REFUSED,
    otherViewer: REFUSED,
    reporter: REFUSED,
  },
  parentIsItself: {
    anonymous: ANONYMOUS,
    admin: 'BAD_USER_INPUT',
    editor: 'BAD_USER_INPUT',
    reviewer: REFUSED,
    funderViewer: REFUSED,
    otherViewer: REFUSED,
    reporter: REFUSED,
  },
  setFunders: {
    anonymous: ANONYMOUS,
    admin: PRIVILEGED,
    editor: PRIVILEGED,
    reviewer: REFUSED,
    funderViewer: REFUSED,
    otherViewer: REFUSED,
    reporter: REFUSED,
  },
  setFundersOutside: {
    anonymous: ANONYMOUS,
    admin: PRIVILEGED,
    editor: REFUSED,
    reviewer: REFUSED,
    funderViewer: REFUSED,
    otherViewer: REFUSED,
    reporter: REFUSED,
  },
  setImplementers: {
    anonymous: ANONYMOUS,
    admin: PRIVILEGED,
    editor: PRIVILEGED,
    reviewer: REFUSED,
    funderViewer: REFUSED,
    otherViewer: REFUSED,
    reporter: REFUSED,
  },
  setCountries: {
    anonymous: ANONYMOUS,
    admin: PRIVILEGED,
    editor: PRIVILEGED,
    reviewer: REFUSED,
    funderViewer: REFUSED,
    otherViewer: REFUSED,
    reporter: REFUSED,
  },
  setThemes: {
    anonymous: ANONYMOUS,
    admin: PRIVILEGED,
    editor: PRIVILEGED,
    reviewer: REFUSED,
    funderViewer: REFUSED,
    otherViewer: REFUSED,
    reporter: REFUSED,
  },
  setSources: {
    anonymous: ANONYMOUS,
    admin: PRIVILEGED,
    editor: PRIVILEGED,
    reviewer: REFUSED,
    funderViewer: REFUSED,
    otherViewer: REFUSED,
    reporter: REFUSED,
  },
  setParticipantsOutside: {
    anonymous: ANONYMOUS,
    admin: PRIVILEGED,
    editor: REFUSED,
    reviewer: REFUSED,
    funderViewer: REFUSED,
    otherViewer: REFUSED,
    reporter: REFUSED,
  },
  setInitiativeMunicipalitiesOutside: {
    anonymous: ANONYMOUS,
    admin: PRIVILEGED,
    editor: REFUSED,
    reviewer: REFUSED,
    funderViewer: REFUSED,
    otherViewer: REFUSED,
    reporter: REFUSED,
  },
  setInitiativeThemes: {
    anonymous: ANONYMOUS,
    admin: PRIVILEGED,
    editor: PRIVILEGED,
    reviewer: REFUSED,
    funderViewer: REFUSED,
    otherViewer: REFUSED,
    reporter: REFUSED,
  },
  createFramework: ADMIN_ONLY,
  updateFramework: ADMIN_ONLY,
  archiveFramework: ADMIN_ONLY,
  createFrameworkElement: ADMIN_ONLY,
  updateFrameworkElement: ADMIN_ONLY,
  archiveFrameworkElement: ADMIN_ONLY,
  setIndicatorFrameworkElements: ADMIN_ONLY,
  createNetwork: ADMIN_ONLY,
  updateNetwork: ADMIN_ONLY,
  archiveNetwork: ADMIN_ONLY,
  setNetworkMembers: ADMIN_ONLY,
  setMunicipalitySuccessor: ADMIN_ONLY,
  createBudgetInUnpublished: {
    anonymous: ANONYMOUS,
    admin: PRIVILEGED,
    editor: PRIVILEGED,
    reviewer: REFUSED,
    funderViewer: REFUSED,
    otherViewer: REFUSED,
    reporter: REFUSED,
  },
  createDisbursementInPublished: {
    anonymous: ANONYMOUS,
    admin: PRIVILEGED,
    editor: REFUSED,
    reviewer: REFUSED,
    funderViewer: REFUSED,
    otherViewer: REFUSED,
    reporter: REFUSED,
  },
  secretBudgetAmounts: {
    anonymous: 'FORBIDDEN,FORBIDDEN',
    admin: '30,3',
    editor: 'FORBIDDEN,FORBIDDEN',
    reviewer: 'FORBIDDEN,FORBIDDEN',
    funderViewer: '30,3',
    otherViewer: 'FORBIDDEN,FORBIDDEN',
    reporter: 'FORBIDDEN,FORBIDDEN',
  },
};

/** Points the probes at a new hub over a scratch database holding the access world; returns a viewer per caller. */
async function startMatrixHub(): Promise<Record<Caller, Viewer>> {
  hub = await initScratchHub();
  const viewers = await buildAccessWorld(hub.orm.em.fork());
  const ids = await hub.query('{ programme(code: "PRIVATE") { id initiatives { nodes { id } } } }', {}, viewers.admin);
  privateProgrammeId = Number(Buffer.from(ids.data!.programme.id, 'base64url').toString().split(':')[1]);
  privateInitiativeId = Number(
    Buffer.from(ids.data!.programme.initiatives.nodes[0].id, 'base64url').toString().split(':')[1],
  );
  const municipalities = await hub.orm.em.fork().find(Municipality, {});
  homeId = municipalities.find((municipality) => municipality.nameLocal === 'Home')!.id;
  elsewhereId = municipalities.find((municipality) => municipality.nameLocal === 'Elsewhere')!.id;
  return viewers;
}

describe('authorization matrix: every caller against every kind of read and write', () => {
  let viewers: Record<Caller, Viewer>;
  beforeAll(async () => {
    viewers = await startMatrixHub();
  });
  afterAll(() => hub.close());

  it(`gives each of ${CALLERS.length} callers x ${Object.keys(PROBES).length} operations exactly what the rules allow`, async () => {
    const observed: Record<string, Record<string, Outcome>> = {};
    for (const [name, probe] of Object.entries(PROBES)) {
      observed[name] = {};
      for (const caller of CALLERS) {
        const variables = probe.prepare ? await probe.prepare(caller) : probe.variables?.();
        const result = await hub.query(probe.query, variables, viewers[caller]);
        observed[name][caller] = probe.outcome(result);
      }
    }
    expect(observed).toEqual(EXPECTED);
  });

  it('shows no caller in any history what the fields and row rules hide from it', async () => {
    const em = hub.orm.em.fork();
    const write = async (query: string, variables: Record<string, unknown>) => {
      const result = await hub.query(query, variables, viewers.admin);
      expect(result.errors).toBeUndefined();
      return Object.values(result.data!)[0] as { id: string; version: number };
    };
    // Versions that hold what rules hide: an unpublished budget, keys of an unpublished programme, a programme drafted unpublished, a member's name.
    const secret = await programmeUpdate('SECRET_BUDGET', 'admin');
    const secretId = secret.id;
    await write(UPDATE_PROGRAMME, { ...secret, input: { ...secret.input, budgetAmount: 310, budgetCurrency: 'EUR' } });
    const named = {
      published: true,
      budgetPublished: true,
      parent: toGlobalId('Programme', privateProgrammeId),
      successor: toGlobalId('Programme', privateProgrammeId),
    };
    const child = await write('mutation ($input: ProgrammeInput!) { createProgramme(input: $input) { id version } }', {
      input: { code: 'CHILD', nameEn: 'Child', ...named },
    });
    const drafted = await write(
      'mutation ($input: ProgrammeInput!) { createProgramme(input: $input) { id version } }',
      { input: { code: 'DRAFT', nameEn: 'Draft', published: false, budgetPublished: true } },
    );
    await write(UPDATE_PROGRAMME, {
      id: drafted.id,
      version: drafted.version,
      input: { code: 'DRAFT', nameEn: 'Draft', published: true, budgetPublished: true },
    });
    const [member] = await em.execute<{ id: number; working_group_id: number }[]>(
      `select id, working_group_id from working_group_member where name = 'Ana Anić'`,
    );
    const memberId = toGlobalId('WorkingGroupMember', member.id);
    await write(
      'mutation ($id: ID!, $input: WorkingGroupMemberInput!) { updateWorkingGroupMember(id: $id, version: 1, input: $input) { id version } }',
      {
        id: memberId,
        input: { workingGroup: toGlobalId('WorkingGroup', member.working_group_id), name: 'Ana Anić', role: 'MANAGER' },
      },
    );

    type Version = Record<string, unknown> | null;
    const historyOf = async (globalId: string, caller: Caller) =>
      hub.query<{ history: { before: Version; after: Version }[] }>(
        'query ($id: ID!) { history(id: $id) { before after } }',
        { id: globalId },
        viewers[caller],
      );
    const versionsOf = async (globalId: string, caller: Caller) =>
      (await historyOf(globalId, caller)).data?.history.flatMap((entry) => [entry.before, entry.after]) ?? [];
    const seen = (versions: Version[], column: string) =>
      listOf(versions.filter((version) => version?.[column] != null).map((version) => version![column]));

    // What each caller finds in these histories.
    const found: Record<string, string> = {};
    for (const caller of CALLERS) {
      const history = await historyOf(secretId, caller);
      if (history.errors) {
        found[caller] = codeOf(history);
        continue;
      }
      const budgets = seen(await versionsOf(secretId, caller), 'budget_amount');
      const keys =
        seen(await versionsOf(child.id, caller), 'parent_id') === String(privateProgrammeId) ? 'keys' : 'no keys';
      const draft =
        (await versionsOf(drafted.id, caller)).filter((version) => version?.published === false).length > 0
          ? 'draft'
          : 'no draft';
      const names = seen(await versionsOf(memberId, caller), 'name');
      found[caller] = `budget ${budgets}; ${keys}; ${draft}; name ${names}`;
    }
    expect(found).toEqual({
      anonymous: ANONYMOUS,
      admin: 'budget 300,310; keys; draft; name Ana Anić,Ana Anić',
      editor: 'budget -; keys; no draft; name Ana Anić,Ana Anić',
      reviewer: 'budget -; keys; no draft; name Ana Anić,Ana Anić',
      funderViewer: 'budget 300,310; keys; no draft; name -',
      otherViewer: 'budget -; no keys; no draft; name -',
      reporter: 'budget -; no keys; no draft; name -',
    });

    // And in every history: no key of a record the caller may not read, nothing a field refuses the caller.
    const guardedFields = new Map<RecordFieldRule, string>([
      [PROGRAMME_BUDGET, '... on Programme { budget { amount } }'],
      [MEMBER_NAME, '... on WorkingGroupMember { name }'],
      [PERIOD_BUDGET_AMOUNT, '... on ProgrammeBudget { value { amount } }'],
      [DISBURSEMENT_AMOUNT, '... on Disbursement { value { amount } }'],
    ]);
    const audited = await em.execute<{ entity_type: string; entity_id: number }[]>(
      'select distinct entity_type, entity_id from audit_event order by 1, 2',
    );
    const auditedTypes = new Set(audited.map((row) => row.entity_type));
    const unprobed = [...FIELD_RULES]
      .filter(([entity]) => auditedTypes.has(entity.name))
      .flatMap(([, rules]) => rules)
      .filter((rule) => !guardedFields.has(rule));
    expect(unprobed, 'a field rule of an audited record type has no probe here').toEqual([]);
    for (const caller of CALLERS.filter((name) => name !== 'anonymous')) {
      const readable = new Map<string, boolean>();
      for (const { entity_type: type, entity_id: key } of audited) {
        const entity = em.getMetadata().find(type)!.class;
        const globalId = toGlobalId(type, key);
        const versions = await versionsOf(globalId, caller);
        for (const reference of referencesOf(em, entity)) {
          for (const version of versions.filter((shown) => shown?.[reference.column] != null)) {
            const named = toGlobalId(reference.target.name, String(version![reference.column]));
            if (!readable.has(named)) readable.set(named, codeOf(await historyOf(named, caller)) !== 'NOT_FOUND');
            expect(readable.get(named), `${caller}: ${type} ${key} ${reference.column}`).toBe(true);
          }
        }
        for (const rule of FIELD_RULES.get(entity) ?? []) {
          const field = await hub.query(
            `query ($id: ID!) { node(id: $id) { ${guardedFields.get(rule)} } }`,
            { id: globalId },
            viewers[caller],
          );
          if (codeOf(field) !== 'FORBIDDEN') continue;
          const columns = rule.properties.map((property) => columnOf(em, entity, property));
          expect(
            columns.flatMap((column) => seen(versions, column)).filter((values) => values !== '-'),
            `${caller}: ${type} ${key}`,
          ).toEqual([]);
        }
      }
    }
  });
});

describe('authorization matrix with sessions: a signed-in account of each role and scope is its token, over HTTP', () => {
  const sessions = {} as Record<Caller, BrowserSession>;
  beforeAll(async () => {
    // A world of its own, so the write probes make their records afresh.
    const viewers = await startMatrixHub();
    const origin = new URL(await hub.listen()).origin;
    for (const caller of CALLERS) {
      const viewer = viewers[caller];
      if (viewer.role === null) {
        sessions[caller] = { origin, cookie: '' };
        continue;
      }
      const email = `${caller}@example.org`;
      await insertAccount(hub.orm.em.fork(), {
        email,
        role: viewer.role,
        organisationIds: viewer.organisationIds,
        municipalityIds: viewer.municipalityIds,
        password: SESSION_PASSWORD,
      });
      sessions[caller] = await signIn(origin, email, SESSION_PASSWORD);
    }
  });
  afterAll(() => hub.close());

  it(`gives each of ${CALLERS.length} callers signed in x ${Object.keys(PROBES).length} operations what its token gets`, async () => {
    const observed: Record<string, Record<string, Outcome>> = {};
    for (const [name, probe] of Object.entries(PROBES)) {
      observed[name] = {};
      for (const caller of CALLERS) {
        const variables = probe.prepare ? await probe.prepare(caller) : probe.variables?.();
        const body = (await (await graphqlAs(sessions[caller], probe.query, variables)).json()) as Pick<
          OperationResult,
          'data' | 'errors' | 'extensions'
        >;
        observed[name][caller] = probe.outcome({ ...body, statements: 0 });
      }
    }
    expect(observed).toEqual(EXPECTED);
    const signedIn = await graphqlAs(sessions.reporter, '{ viewer { authentication } }');
    expect(((await signedIn.json()) as { data: unknown }).data).toEqual({ viewer: { authentication: 'SESSION' } });
  });
});
