import type { EntityClass, FilterQuery, RequiredEntityData } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Activity } from '../entities/activity.entity';
import { Country } from '../entities/country.entity';
import { IndicatorFrameworkElement } from '../entities/framework-element-indicator.entity';
import { FrameworkElement } from '../entities/framework-element.entity';
import { Framework } from '../entities/framework.entity';
import { GoodPractice } from '../entities/good-practice.entity';
import { Indicator } from '../entities/indicator.entity';
import { Municipality } from '../entities/municipality.entity';
import { Network } from '../entities/network.entity';
import { SCOPE_OF_KIND } from '../entities/observation-scope-types';
import { Observation, ReviewStatus, ScopeKind } from '../entities/observation.entity';
import { Organisation } from '../entities/organisation.entity';
import { PolicyDocument } from '../entities/policy-document.entity';
import { ProgrammeComponent } from '../entities/programme-component.entity';
import { ProgrammeCountry } from '../entities/programme-country.entity';
import { ProgrammeFunder } from '../entities/programme-funder.entity';
import { ProgrammeImplementer } from '../entities/programme-implementer.entity';
import { ProgrammeParticipant } from '../entities/programme-participant.entity';
import { ProgrammeSource } from '../entities/programme-source.entity';
import { ProgrammeTheme } from '../entities/programme-theme.entity';
import { Programme } from '../entities/programme.entity';
import { Source } from '../entities/source.entity';
import { Theme } from '../entities/theme.entity';
import { WorkingGroup } from '../entities/working-group.entity';
import { activities } from './activities.seed-data';
import { countries } from './countries.seed-data';
import { frameworks, frameworkSources, indicatorMappings, type FrameworkSeed } from './frameworks.seed-data';
import { goodPractices, type GoodPracticeSeed } from './good-practices.seed-data';
import { indicators } from './indicators.seed-data';
import { municipalities, type MunicipalitySeed } from './municipalities.seed-data';
import { networks } from './networks.seed-data';
import { observations, type ObservationScopeSeed, type ObservationSeed } from './observations.seed-data';
import { organisations } from './organisations.seed-data';
import { policyDocuments, type PolicyDocumentSeed } from './policy-documents.seed-data';
import { programmeComponents } from './programme-components.seed-data';
import { programmeParticipants } from './programme-participants.seed-data';
import { programmes, type ProgrammeSeed } from './programmes.seed-data';
import { sources, type SourceSeed } from './sources.seed-data';
import { themes } from './themes.seed-data';
import { workingGroups } from './working-groups.seed-data';

/** Rows of one table by natural key: those found in the database, then those this run adds. */
type Rows<T> = Map<string, T>;

/**
 * Writes the seed data (src/seed/*.seed-data.ts) in one transaction, finding every record by its
 * natural key before creating it: a second run creates nothing and changes nothing. Existing rows are
 * never updated, so data edited through the API survives a reseed. Returns how many rows it created.
 */
export async function seedDatabase(em: EntityManager): Promise<{ created: number }> {
  return em.transactional(async (tx) => {
    const run = new SeedRun(tx);
    await run.all();
    return { created: run.created };
  });
}

class SeedRun {
  created = 0;
  private readonly pendingLinks: (() => void)[] = [];

  constructor(private readonly em: EntityManager) {}

  async all(): Promise<void> {
    await this.countries();
    const sourceRows = await this.sources();
    const organisationRows = await this.organisations();
    const themeRows = await this.themes();
    const indicatorRows = await this.indicators();
    const municipalityRows = await this.municipalities();
    const programmeRows = await this.programmes();
    await this.em.flush();
    this.linkAdded();
    const ids = {
      source: idsOf(sourceRows, 'source'),
      organisation: idsOf(organisationRows, 'organisation'),
      theme: idsOf(themeRows, 'theme'),
      indicator: idsOf(indicatorRows, 'indicator'),
      municipality: idsOf(municipalityRows, 'municipality'),
      programme: idsOf(programmeRows, 'programme'),
    };
    const componentRows = await this.programmeComponents(ids.programme);
    await this.programmeLinks(ids);
    await this.programmeParticipants(ids);
    await this.groupsAndDocuments(ids);
    await this.em.flush();
    // Activities point at components, which have ids only now.
    await this.activities(ids, idsOf(componentRows, 'programme component'));
    await this.observations(ids);
    await this.em.flush();
    await this.frameworks(ids.indicator);
  }

  private add<T extends object>(entity: EntityClass<T>, data: RequiredEntityData<T>): T {
    const row = this.em.create(entity, data);
    this.em.persist(row);
    this.created += 1;
    return row;
  }

  /** Adds each missing record; `build` may only reference rows that already have ids. */
  private ensure<T, R>(
    rows: Rows<T>,
    records: readonly R[],
    keyOf: (record: R) => string,
    build: (record: R) => T,
  ): void {
    for (const record of records) {
      const key = keyOf(record);
      if (!rows.has(key)) rows.set(key, build(record));
    }
  }

  /**
   * Adds missing records that reference others of their own table (a source cited in another, a
   * programme's successor, a municipality's parent region). The reference needs the other row's id, so
   * it is set by `linkAdded()` after the next flush; creating every record first keeps ids in the order
   * of the seed data. Rows that were already there are left as they are.
   */
  private ensureLinkingLater<T extends { id: number }, R>(
    rows: Rows<T>,
    records: readonly R[],
    keyOf: (record: R) => string,
    referenceOf: (record: R) => string | undefined,
    build: (record: R) => T,
    link: (row: T, referencedId: number) => void,
  ): void {
    for (const record of records) {
      const key = keyOf(record);
      if (rows.has(key)) continue;
      const row = build(record);
      rows.set(key, row);
      const reference = referenceOf(record);
      if (reference === undefined) continue;
      this.pendingLinks.push(() => {
        const referenced = rows.get(reference);
        if (referenced === undefined)
          throw new Error(`Seed data: ${key} references '${reference}', which it does not define.`);
        link(row, referenced.id);
      });
    }
  }

  /** Sets the references `ensureLinkingLater` deferred; call after a flush. */
  private linkAdded(): void {
    for (const link of this.pendingLinks.splice(0)) link();
  }

  private async load<T extends object>(
    entity: EntityClass<T>,
    where: FilterQuery<T>,
    keyOf: (row: T) => string,
  ): Promise<Rows<T>> {
    const rows = await this.em.find(entity, where);
    return new Map(rows.map((row) => [keyOf(row), row]));
  }

  private async countries(): Promise<void> {
    const rows = await this.load(Country, { code: { $in: countries.map((c) => c.code) } }, (row) => row.code);
    this.ensure(
      rows,
      countries,
      (c) => c.code,
      (country) => this.add(Country, { ...country }),
    );
  }

  private async sources(): Promise<Rows<Source>> {
    const seeds: readonly SourceSeed[] = sources;
    const rows = await this.load(Source, { key: { $in: seeds.map((s) => s.key) } }, (row) => row.key);
    this.ensureLinkingLater(
      rows,
      seeds,
      (source) => source.key,
      (source) => source.citedInKey,
      (source) => this.addSource(source),
      (row, citedInId) => {
        row.citedInId = citedInId;
      },
    );
    return rows;
  }

  private addSource(source: SourceSeed): Source {
    return this.add(Source, {
      key: source.key,
      title: source.title,
      titleEn: source.titleEn ?? null,
      kind: source.kind,
      publisher: source.publisher ?? null,
      url: source.url ?? null,
      publishedOn: source.publishedOn ?? null,
      publishedYear: source.publishedYear ?? null,
      language: source.language ?? null,
    });
  }

  private async organisations(): Promise<Rows<Organisation>> {
    const rows = await this.load(Organisation, { code: { $in: organisations.map((o) => o.code) } }, (row) => row.code);
    this.ensure(
      rows,
      organisations,
      (o) => o.code,
      (organisation) => this.add(Organisation, { ...organisation }),
    );
    return rows;
  }

  private async themes(): Promise<Rows<Theme>> {
    const rows = await this.load(Theme, { code: { $in: themes.map((t) => t.code) } }, (row) => row.code);
    this.ensure(
      rows,
      themes,
      (t) => t.code,
      (theme) => this.add(Theme, { ...theme }),
    );
    return rows;
  }

  private async indicators(): Promise<Rows<Indicator>> {
    const rows = await this.load(Indicator, { code: { $in: indicators.map((i) => i.code) } }, (row) => row.code);
    this.ensure(
      rows,
      indicators,
      (i) => i.code,
      (indicator) => this.add(Indicator, { ...indicator, disaggregations: [...indicator.disaggregations] }),
    );
    return rows;
  }

  /** Keyed `country|code`; the seed data names a parent region by name, resolved here to its code. */
  private async municipalities(): Promise<Rows<Municipality>> {
    const seeds: readonly MunicipalitySeed[] = municipalities;
    const keyOf = (m: { countryCode: string; code?: string | null }) => `${m.countryCode}|${m.code}`;
    const parentKeyOf = (m: MunicipalitySeed): string | undefined => {
      if (m.parentName === undefined) return undefined;
      const parents = seeds.filter((p) => p.countryCode === m.countryCode && p.nameLocal === m.parentName);
      if (parents.length !== 1)
        throw new Error(
          `Seed data names parent '${m.parentName}' of ${m.nameLocal}, which matches ${parents.length} municipalities.`,
        );
      return keyOf(parents[0]);
    };
    const rows = await this.load(
      Municipality,
      { countryCode: { $in: [...new Set(seeds.map((m) => m.countryCode))] }, code: { $in: seeds.map((m) => m.code) } },
      keyOf,
    );
    this.ensureLinkingLater(
      rows,
      seeds,
      keyOf,
      parentKeyOf,
      (municipality) =>
        this.add(Municipality, {
          countryCode: municipality.countryCode,
          code: municipality.code,
          nameLocal: municipality.nameLocal,
          nameEn: municipality.nameEn ?? null,
          kind: municipality.kind,
          validTo: municipality.validTo ?? null,
        }),
      (row, parentId) => {
        row.parentId = parentId;
      },
    );
    return rows;
  }

  private async programmes(): Promise<Rows<Programme>> {
    const seeds: readonly ProgrammeSeed[] = programmes;
    const rows = await this.load(Programme, { code: { $in: seeds.map((p) => p.code) } }, (row) => row.code);
    this.ensureLinkingLater(
      rows,
      seeds,
      (programme) => programme.code,
      (programme) => programme.successorCode,
      (programme) =>
        this.add(Programme, {
          code: programme.code,
          // Every seeded programme is described in published documents.
          published: true,
          nameEn: programme.nameEn,
          nameLocal: programme.nameLocal ?? null,
          summary: programme.summary,
          plannedStartOn: programme.plannedStartOn ?? null,
          plannedEndOn: programme.plannedEndOn ?? null,
          startOn: programme.startOn ?? null,
          endOn: programme.endOn ?? null,
          budgetAmount: programme.budgetAmount ?? null,
          budgetCurrency: programme.budgetCurrency ?? null,
        }),
      (row, successorId) => {
        row.successorId = successorId;
      },
    );
    return rows;
  }

  private async programmeComponents(programmeIds: Ids): Promise<Rows<ProgrammeComponent>> {
    const keyOf = (programmeId: number, position: number) => `${programmeId}|${position}`;
    const rows = await this.load(ProgrammeComponent, { programmeId: { $in: programmeIds.all() } }, (row) =>
      keyOf(row.programmeId, row.position),
    );
    this.ensure(
      rows,
      programmeComponents,
      (c) => keyOf(programmeIds.of(c.programmeCode), c.position),
      ({ programmeCode, ...component }) =>
        this.add(ProgrammeComponent, { ...component, programmeId: programmeIds.of(programmeCode) }),
    );
    // Components are looked up as `programmeCode|position` from here on.
    const byCode = new Map<string, ProgrammeComponent>();
    for (const component of programmeComponents) {
      byCode.set(
        `${component.programmeCode}|${component.position}`,
        rows.get(keyOf(programmeIds.of(component.programmeCode), component.position))!,
      );
    }
    return byCode;
  }

  /** Funders, implementers, countries, themes and sources of each programme. */
  private async programmeLinks(ids: SeedIds): Promise<void> {
    const inSeed = { programmeId: { $in: ids.programme.all() } };
    const pair = (a: number | string, b: number | string) => `${a}|${b}`;

    const funders = await this.load(ProgrammeFunder, inSeed, (row) => pair(row.programmeId, row.organisationId));
    const implementers = await this.load(ProgrammeImplementer, inSeed, (row) =>
      pair(row.programmeId, row.organisationId),
    );
    const programmeCountries = await this.load(ProgrammeCountry, inSeed, (row) =>
      pair(row.programmeId, row.countryCode),
    );
    const programmeThemes = await this.load(ProgrammeTheme, inSeed, (row) => pair(row.programmeId, row.themeId));
    const programmeSources = await this.load(ProgrammeSource, inSeed, (row) => pair(row.programmeId, row.sourceId));

    const seeds: readonly ProgrammeSeed[] = programmes;
    for (const programme of seeds) {
      const programmeId = ids.programme.of(programme.code);
      const funderRows = programme.funders.map((funder) => ({
        programmeId,
        organisationId: ids.organisation.of(funder.organisationCode),
        amount: funder.amount ?? null,
        currency: funder.currency ?? null,
      }));
      this.ensure(
        funders,
        funderRows,
        (f) => pair(programmeId, f.organisationId),
        (f) => this.add(ProgrammeFunder, f),
      );
      const implementerRows = programme.implementers.map((implementer) => ({
        programmeId,
        organisationId: ids.organisation.of(implementer.organisationCode),
        role: implementer.role,
      }));
      this.ensure(
        implementers,
        implementerRows,
        (i) => pair(programmeId, i.organisationId),
        (i) => this.add(ProgrammeImplementer, i),
      );
      this.ensure(
        programmeCountries,
        programme.countryCodes,
        (code) => pair(programmeId, code),
        (countryCode) => this.add(ProgrammeCountry, { programmeId, countryCode }),
      );
      const themeIds = programme.themeCodes.map((code) => ids.theme.of(code));
      this.ensure(
        programmeThemes,
        themeIds,
        (themeId) => pair(programmeId, themeId),
        (themeId) => this.add(ProgrammeTheme, { programmeId, themeId }),
      );
      const sourceIds = programme.sourceKeys.map((key) => ids.source.of(key));
      this.ensure(
        programmeSources,
        sourceIds,
        (sourceId) => pair(programmeId, sourceId),
        (sourceId) => this.add(ProgrammeSource, { programmeId, sourceId }),
      );
    }
  }

  private async programmeParticipants(ids: SeedIds): Promise<void> {
    const seeds: readonly MunicipalitySeed[] = municipalities;
    const municipalityIdOf = ({ countryCode, name }: { countryCode: string; name: string }): number => {
      const matches = seeds.filter((m) => m.countryCode === countryCode && m.nameLocal === name);
      if (matches.length !== 1)
        throw new Error(
          `Seed data names municipality '${name}' (${countryCode}), which matches ${matches.length} municipalities.`,
        );
      return ids.municipality.of(`${countryCode}|${matches[0].code}`);
    };
    const rows = await this.load(
      ProgrammeParticipant,
      { programmeId: { $in: ids.programme.all() } },
      (row) => `${row.programmeId}|${row.municipalityId}`,
    );
    const participants = programmeParticipants.map((participant) => ({
      programmeId: ids.programme.of(participant.programmeCode),
      municipalityId: municipalityIdOf(participant.municipality),
      grantAmount: participant.grantAmount ?? null,
      grantCurrency: participant.grantCurrency ?? null,
      sourceId: ids.source.of(participant.sourceKey),
    }));
    this.ensure(
      rows,
      participants,
      (p) => `${p.programmeId}|${p.municipalityId}`,
      (p) => this.add(ProgrammeParticipant, p),
    );
  }

  /** Working groups, networks, policy documents and good practices: keyed by code, pointing at earlier rows. */
  private async groupsAndDocuments(ids: SeedIds): Promise<void> {
    const optionalProgrammeId = (record: { programmeCode?: string }): number | null =>
      record.programmeCode === undefined ? null : ids.programme.of(record.programmeCode);
    const optionalOrganisationId = (record: { organisationCode?: string }): number | null =>
      record.organisationCode === undefined ? null : ids.organisation.of(record.organisationCode);

    const groupRows = await this.load(
      WorkingGroup,
      { code: { $in: workingGroups.map((g) => g.code) } },
      (row) => row.code,
    );
    this.ensure(
      groupRows,
      workingGroups,
      (g) => g.code,
      (group) =>
        this.add(WorkingGroup, {
          code: group.code,
          nameEn: group.nameEn,
          summary: group.summary,
          organisationId: ids.organisation.of(group.organisationCode),
          programmeId: optionalProgrammeId(group),
          memberRoles: [...group.memberRoles],
          sourceId: ids.source.of(group.sourceKey),
        }),
    );

    const networkRows = await this.load(Network, { code: { $in: networks.map((n) => n.code) } }, (row) => row.code);
    this.ensure(
      networkRows,
      networks,
      (n) => n.code,
      (network) =>
        this.add(Network, {
          code: network.code,
          nameEn: network.nameEn,
          summary: network.summary,
          organisationId: ids.organisation.of(network.organisationCode),
          programmeId: optionalProgrammeId(network),
          sourceId: ids.source.of(network.sourceKey),
        }),
    );

    const documentRows = await this.load(
      PolicyDocument,
      { code: { $in: policyDocuments.map((d) => d.code) } },
      (row) => row.code,
    );
    const documents: readonly PolicyDocumentSeed[] = policyDocuments;
    this.ensure(
      documentRows,
      documents,
      (d) => d.code,
      (document) =>
        this.add(PolicyDocument, {
          code: document.code,
          titleEn: document.titleEn,
          kind: document.kind,
          status: document.status,
          summary: document.summary,
          organisationId: optionalOrganisationId(document),
          countryCode: document.countryCode ?? null,
          adoptedBy: document.adoptedBy ?? null,
          adoptedYear: document.adoptedYear ?? null,
          sourceId: ids.source.of(document.sourceKey),
        }),
    );

    const practiceRows = await this.load(
      GoodPractice,
      { code: { $in: goodPractices.map((p) => p.code) } },
      (row) => row.code,
    );
    const practices: readonly GoodPracticeSeed[] = goodPractices;
    this.ensure(
      practiceRows,
      practices,
      (p) => p.code,
      (practice) =>
        this.add(GoodPractice, {
          code: practice.code,
          titleEn: practice.titleEn,
          summary: practice.summary,
          areas: [...practice.areas],
          roles: [...practice.roles],
          recognisedBy: practice.recognisedBy ?? null,
          organisationId: optionalOrganisationId(practice),
          programmeId: optionalProgrammeId(practice),
          sourceId: ids.source.of(practice.sourceKey),
        }),
    );
  }

  private async activities(ids: SeedIds, componentIds: Ids): Promise<void> {
    const rows = await this.load(Activity, { code: { $in: activities.map((a) => a.code) } }, (row) => row.code);
    this.ensure(
      rows,
      activities,
      (a) => a.code,
      (activity) =>
        this.add(Activity, {
          code: activity.code,
          programmeId: activity.programmeCode === undefined ? null : ids.programme.of(activity.programmeCode),
          componentId:
            activity.programmeCode === undefined || activity.componentPosition === undefined
              ? null
              : componentIds.of(`${activity.programmeCode}|${activity.componentPosition}`),
          kind: activity.kind,
          nameEn: activity.nameEn,
          summary: activity.summary,
          providerId: activity.providerCode === undefined ? null : ids.organisation.of(activity.providerCode),
          audience: activity.audience ?? null,
          audienceRoles: [...activity.audienceRoles],
          creditsEcts: activity.creditsEcts ?? null,
          startOn: activity.startOn ?? null,
          endOn: activity.endOn ?? null,
          sourceId: ids.source.of(activity.sourceKey),
        }),
    );
  }

  /**
   * Frameworks (with their own sources), their elements keyed `frameworkId|code`, and the indicators
   * mapped to elements keyed `indicatorId|elementId`; each level needs the ids of the one before.
   */
  private async frameworks(indicatorIds: Ids): Promise<void> {
    const sourceKeys = [...new Set([...frameworkSources.map((s) => s.key), ...frameworks.map((f) => f.sourceKey)])];
    const sourceRows = await this.load(Source, { key: { $in: sourceKeys } }, (row) => row.key);
    this.ensure(
      sourceRows,
      frameworkSources,
      (s) => s.key,
      (source) => this.addSource(source),
    );
    await this.em.flush();
    const sourceIds = idsOf(sourceRows, 'source');

    const seeds: readonly FrameworkSeed[] = frameworks;
    const frameworkRows = await this.load(Framework, { code: { $in: seeds.map((f) => f.code) } }, (row) => row.code);
    this.ensure(
      frameworkRows,
      seeds,
      (f) => f.code,
      (framework) =>
        this.add(Framework, {
          code: framework.code,
          nameEn: framework.nameEn,
          description: framework.description,
          sourceId: sourceIds.of(framework.sourceKey),
        }),
    );
    await this.em.flush();
    const frameworkIds = idsOf(frameworkRows, 'framework');

    const elementKey = (frameworkId: number, code: string) => `${frameworkId}|${code}`;
    const elementRows = await this.load(FrameworkElement, { frameworkId: { $in: frameworkIds.all() } }, (row) =>
      elementKey(row.frameworkId, row.code),
    );
    const elements = seeds.flatMap((framework) =>
      framework.elements.map((element) => ({ ...element, frameworkId: frameworkIds.of(framework.code) })),
    );
    this.ensure(
      elementRows,
      elements,
      (e) => elementKey(e.frameworkId, e.code),
      (element) =>
        this.add(FrameworkElement, {
          frameworkId: element.frameworkId,
          code: element.code,
          position: element.position,
          nameEn: element.nameEn,
          description: element.description ?? null,
        }),
    );
    await this.em.flush();
    const elementIds = idsOf(elementRows, 'framework element');

    const mappings = indicatorMappings.map((mapping) => ({
      indicatorId: indicatorIds.of(mapping.indicatorCode),
      elementId: elementIds.of(elementKey(frameworkIds.of(mapping.frameworkCode), mapping.elementCode)),
      rationale: mapping.rationale,
    }));
    const mappingKey = (m: { indicatorId: number; elementId: number }) => `${m.indicatorId}|${m.elementId}`;
    const mappingRows = await this.load(
      IndicatorFrameworkElement,
      { elementId: { $in: elementIds.all() } },
      mappingKey,
    );
    this.ensure(mappingRows, mappings, mappingKey, (mapping) => this.add(IndicatorFrameworkElement, mapping));
    await this.em.flush();
  }

  /**
   * Observations are keyed by (indicator, scope, period, sex, role, kind). The table can be large, so
   * only the rows matching the seed's keys are read, in one statement.
   */
  private async observations(ids: SeedIds): Promise<void> {
    const seeds: readonly ObservationSeed[] = observations;
    const wanted = seeds.map((seed) => ({
      indicatorId: ids.indicator.of(seed.indicatorCode),
      scopeKind: seed.scope.kind,
      ...scopeColumn(seed.scope, ids),
      periodStart: seed.periodStart,
      periodEnd: seed.periodEnd,
      sex: seed.sex,
      role: seed.role ?? null,
      kind: seed.kind,
    }));
    const rows =
      wanted.length === 0
        ? new Map<string, Observation>()
        : await this.load(Observation, { $or: wanted }, observationKey);
    seeds.forEach((seed, index) => {
      const key = wanted[index];
      if (rows.has(observationKey(key))) return;
      rows.set(
        observationKey(key),
        this.add(Observation, {
          ...key,
          value: seed.value,
          numerator: seed.numerator ?? null,
          denominator: seed.denominator ?? null,
          sourceId: ids.source.of(seed.sourceKey),
          sourceQuote: seed.sourceQuote ?? null,
          // Published figures: the official record from the start.
          reviewStatus: ReviewStatus.APPROVED,
        }),
      );
    });
  }
}

/** The one scope column an observation fills, with its value. */
function scopeColumn(
  scope: ObservationScopeSeed,
  ids: SeedIds,
): { countryCode: string } | { programmeId: number } | { organisationId: number } {
  switch (scope.kind) {
    case ScopeKind.COUNTRY:
      return { countryCode: scope.countryCode };
    case ScopeKind.PROGRAMME:
      return { programmeId: ids.programme.of(scope.programmeCode) };
    case ScopeKind.ORGANISATION:
      return { organisationId: ids.organisation.of(scope.organisationCode) };
  }
}

type ObservationKeyFields = Pick<
  Observation,
  'indicatorId' | 'scopeKind' | 'periodStart' | 'periodEnd' | 'sex' | 'kind'
> & {
  role?: string | null;
  countryCode?: string | null;
  programmeId?: number | null;
  initiativeId?: number | null;
  municipalityId?: number | null;
  organisationId?: number | null;
  activityId?: number | null;
};

function observationKey(o: ObservationKeyFields): string {
  const scopeValue = o[SCOPE_OF_KIND[o.scopeKind].property];
  return [o.indicatorId, o.scopeKind, scopeValue, o.periodStart, o.periodEnd, o.sex, o.role ?? '', o.kind].join('|');
}

/** Natural key to id for one table; naming a key the seed does not define is a bug in the seed data. */
interface Ids {
  of(key: string): number;
  all(): number[];
}

interface SeedIds {
  source: Ids;
  organisation: Ids;
  theme: Ids;
  indicator: Ids;
  municipality: Ids;
  programme: Ids;
}

function idsOf<T extends { id: number }>(rows: Rows<T>, what: string): Ids {
  return {
    of(key) {
      const id = rows.get(key)?.id;
      if (id === undefined)
        throw new Error(`Seed data names ${what} '${key}', which is neither in the seed data nor flushed yet.`);
      return id;
    },
    all: () => [...rows.values()].map((row) => row.id),
  };
}
