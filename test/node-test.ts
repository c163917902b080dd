import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { EntityManager } from '@mikro-orm/postgresql';
import { buildSchema, isInterfaceType } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CharterSignature } from '../src/entities/charter-signature.entity';
import { Country } from '../src/entities/country.entity';
import { Disbursement } from '../src/entities/disbursement.entity';
import { Initiative } from '../src/entities/initiative.entity';
import { Municipality, MunicipalityKind } from '../src/entities/municipality.entity';
import { Organisation, OrganisationKind } from '../src/entities/organisation.entity';
import { PersonRole } from '../src/entities/person-role.enum';
import { Programme } from '../src/entities/programme.entity';
import { BudgetStatus, BudgetType, ProgrammeBudget } from '../src/entities/programme-budget.entity';
import { Source, SourceKind } from '../src/entities/source.entity';
import { WorkingGroup } from '../src/entities/working-group.entity';
import { WorkingGroupMember } from '../src/entities/working-group-member.entity';
import { initScratchHub, initTestHub, type TestHub } from './support/test-hub';

/** The names of the object types that implement `Node` in the checked-in schema. */
function nodeTypeNames(): string[] {
  const schema = buildSchema(readFileSync(join(__dirname, '..', 'schema.graphql'), 'utf8'));
  const node = schema.getType('Node');
  if (!isInterfaceType(node)) throw new Error('schema.graphql has no interface Node.');
  return schema
    .getImplementations(node)
    .objects.map((type) => type.name)
    .sort();
}

interface Finder {
  /** Fields besides `__typename` and `id` that name the object, asked for by both queries. */
  fields: string;
  /** A root-level selection that reaches at least one seeded object of the type, which selects `node` on it. */
  find: (node: string) => string;
  /**
   * For a type the shared seed records none of (its sources name none): adds one to an empty
   * scratch database, where the type is then found and fetched again instead.
   */
  notSeeded?: (em: EntityManager) => Promise<void>;
}

/**
 * A published programme, a country, one of its municipalities and an organisation, for the types
 * the seed lacks: added to the scratch database the first time, found there after that.
 */
async function addOwners(em: EntityManager) {
  if (!(await em.findOne(Country, { code: 'RS' })))
    em.create(Country, { code: 'RS', nameEn: 'Serbia', nameLocal: 'Srbija' });
  await em.flush();
  const municipality =
    (await em.findOne(Municipality, { countryCode: 'RS' })) ??
    em.create(Municipality, { countryCode: 'RS', nameLocal: 'Kragujevac', kind: MunicipalityKind.MUNICIPALITY });
  const programme =
    (await em.findOne(Programme, { code: 'P' })) ?? em.create(Programme, { code: 'P', nameEn: 'P', published: true });
  const organisation =
    (await em.findOne(Organisation, { code: 'O' })) ??
    em.create(Organisation, { code: 'O', nameEn: 'O', kind: OrganisationKind.NGO });
  const source =
    (await em.findOne(Source, { key: 'S' })) ?? em.create(Source, { key: 'S', title: 'S', kind: SourceKind.REPORT });
  await em.flush();
  return { municipality, programme, organisation, source };
}

/**
 * How to find a seeded object of every Node type through the API. Every type that implements
 * `Node` in schema.graphql must have an entry here: the test fails naming any that has none.
 */
const FINDERS: Record<string, Finder> = {
  Activity: { fields: 'code', find: (node) => `activities(first: 1) { nodes { ${node} } }` },
  CharterSignature: {
    fields: 'actionPlanStatus',
    find: (node) => `charterSignatures(first: 1) { nodes { ${node} } }`,
    async notSeeded(em) {
      const { municipality } = await addOwners(em);
      em.create(CharterSignature, { municipalityId: municipality.id, signedOn: '2010-03-08' });
    },
  },
  Country: { fields: 'code', find: (node) => `countries { ${node} }` },
  Disbursement: {
    fields: 'disbursedOn',
    find: (node) => `programmes(first: 20) { nodes { disbursements { ${node} } } }`,
    async notSeeded(em) {
      const { programme, organisation, source } = await addOwners(em);
      em.create(Disbursement, {
        programmeId: programme.id,
        disbursedOn: '2020-06-30',
        amount: '100',
        currency: 'EUR',
        providerId: organisation.id,
        sourceId: source.id,
      });
    },
  },
  Framework: { fields: 'code', find: (node) => `frameworks { ${node} }` },
  FrameworkElement: { fields: 'code position', find: (node) => `frameworks { elements { ${node} } }` },
  GoodPractice: { fields: 'code', find: (node) => `goodPractices(first: 1) { nodes { ${node} } }` },
  Indicator: { fields: 'code', find: (node) => `indicators(first: 1) { nodes { ${node} } }` },
  Initiative: {
    fields: 'code',
    find: (node) => `initiatives(first: 1) { nodes { ${node} } }`,
    async notSeeded(em) {
      const { programme } = await addOwners(em);
      em.create(Initiative, { programmeId: programme.id, code: 'I', nameEn: 'I' });
    },
  },
  Municipality: { fields: 'municipalityCode: code', find: (node) => `municipalities(first: 1) { nodes { ${node} } }` },
  Network: { fields: 'code', find: (node) => `networks(first: 1) { nodes { ${node} } }` },
  Observation: { fields: 'value', find: (node) => `observations(first: 1) { nodes { ${node} } }` },
  Organisation: { fields: 'code', find: (node) => `organisations(first: 1) { nodes { ${node} } }` },
  PolicyDocument: { fields: 'code', find: (node) => `policyDocuments(first: 1) { nodes { ${node} } }` },
  Programme: { fields: 'code', find: (node) => `programmes(first: 1) { nodes { ${node} } }` },
  ProgrammeBudget: {
    fields: 'periodStart',
    find: (node) => `programmes(first: 20) { nodes { budgets { ${node} } } }`,
    async notSeeded(em) {
      const { programme, source } = await addOwners(em);
      em.create(ProgrammeBudget, {
        programmeId: programme.id,
        periodStart: '2020-01-01',
        periodEnd: '2020-12-31',
        type: BudgetType.ORIGINAL,
        status: BudgetStatus.COMMITTED,
        amount: '1000',
        currency: 'EUR',
        sourceId: source.id,
      });
    },
  },
  ProgrammeComponent: {
    fields: 'position',
    find: (node) => `programmes(first: 20) { nodes { components { ${node} } } }`,
  },
  Source: { fields: 'key', find: (node) => `sources(first: 1) { nodes { ${node} } }` },
  Theme: { fields: 'code', find: (node) => `themes { ${node} }` },
  WorkingGroup: { fields: 'code', find: (node) => `workingGroups(first: 1) { nodes { ${node} } }` },
  WorkingGroupMember: {
    fields: 'role',
    find: (node) => `workingGroups(first: 20) { nodes { members { ${node} } } }`,
    async notSeeded(em) {
      const { programme, organisation } = await addOwners(em);
      const group = em.create(WorkingGroup, {
        code: 'G',
        nameEn: 'G',
        organisationId: organisation.id,
        programmeId: programme.id,
      });
      await em.flush();
      em.create(WorkingGroupMember, { workingGroupId: group.id, name: 'M', role: PersonRole.GENDER_EXPERT });
    },
  },
};

/** The first object, depth first, whose `__typename` is `typename`. */
function firstOfType(value: unknown, typename: string): Record<string, unknown> | undefined {
  if (Array.isArray(value)) {
    for (const item of value) {
      const found = firstOfType(item, typename);
      if (found) return found;
    }
    return undefined;
  }
  if (value === null || typeof value !== 'object') return undefined;
  const object = value as Record<string, unknown>;
  if (object.__typename === typename) return object;
  return firstOfType(Object.values(object), typename);
}

describe('node(id)', () => {
  let hub: TestHub;
  let scratch: TestHub;
  beforeAll(async () => {
    hub = await initTestHub();
    scratch = await initScratchHub();
  });
  afterAll(async () => {
    await hub.close();
    await scratch.close();
  });

  it('has a way to find an object of every type that implements Node in schema.graphql', () => {
    const types = nodeTypeNames();
    const missing = types.filter((type) => !(type in FINDERS));
    expect(missing, `Node types with no entry in FINDERS (test/node-test.ts): ${missing.join(', ')}`).toEqual([]);
    const stale = Object.keys(FINDERS).filter((type) => !types.includes(type));
    expect(stale, `FINDERS entries for types that do not implement Node: ${stale.join(', ')}`).toEqual([]);
  });

  it('returns an object of every Node type again, by the id the API gave', async () => {
    const firsts: Record<string, unknown>[] = [];
    for (const type of nodeTypeNames()) {
      const finder = FINDERS[type];
      if (!finder)
        throw new Error(
          `${type} implements Node in schema.graphql but FINDERS in test/node-test.ts has no entry for it.`,
        );
      const { notSeeded } = finder;
      if (notSeeded) await scratch.orm.em.fork().transactional((em) => notSeeded(em));
      const api = notSeeded ? scratch : hub;
      const { data, errors } = await api.query(`{ ${finder.find(`__typename id ${finder.fields}`)} }`);
      expect(errors, type).toBeUndefined();
      const first = firstOfType(data, type);
      if (!first)
        throw new Error(
          `The ${notSeeded ? 'scratch' : 'seeded'} database has no ${type} reachable through FINDERS.${type} in test/node-test.ts.`,
        );
      firsts.push(first);
      const again = await api.query(
        `query ($id: ID!) { node(id: $id) { __typename id ... on ${type} { ${finder.fields} } } }`,
        { id: first.id },
      );
      expect(again.errors, type).toBeUndefined();
      expect(again.data!.node.id, type).toBe(first.id);
      expect(again.data!.node.__typename, type).toBe(type);
      expect(again.data!.node).toEqual(first);
    }
    expect(new Set(firsts.map((first) => first.__typename)).size).toBe(firsts.length);
    expect(new Set(firsts.map((first) => first.id)).size).toBe(firsts.length);
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
