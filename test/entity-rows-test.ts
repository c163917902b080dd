import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { anonymousViewer } from '../src/auth/viewer';
import { Country } from '../src/entities/country.entity';
import { Municipality } from '../src/entities/municipality.entity';
import { Programme } from '../src/entities/programme.entity';
import { listProgrammes } from '../src/loaders/programme-list.query';
import { ProgrammeSort } from '../src/resolvers/programmes/programme-sort.input';
import { buildContext } from '../src/loaders/request-context';
import { initTestHub, type TestHub } from './support/test-hub';

describe('read rows are instances of their entity, yet plain', () => {
  let hub: TestHub;
  beforeAll(async () => {
    hub = await initTestHub();
  });
  afterAll(async () => {
    await hub.close();
  });

  function expectPlainInstance(row: object | null | undefined, entity: new () => object, key = 'id'): void {
    expect(row).toBeInstanceOf(entity);
    // Its columns are its own properties; the ORM never wrapped it (no helper of its own, nothing in the identity map).
    expect(Object.prototype.hasOwnProperty.call(row, key)).toBe(true);
    expect(Object.prototype.hasOwnProperty.call(row, '__helper')).toBe(false);
  }

  it('by key, by foreign key, by list page and through a link table', async () => {
    const context = buildContext(hub.orm, anonymousViewer('test'));
    const programme = await context.loaders.programmeByCode.load('NO_LIKESTILTE_KOMMUNER');
    expectPlainInstance(programme, Programme);
    const participants = await context.loaders.participantsByProgramme.load(programme!.id);
    expect(participants.length).toBeGreaterThan(0);
    const municipality = await context.loaders.municipalityById.load(participants[0].municipalityId);
    expectPlainInstance(municipality, Municipality);
    const page = await listProgrammes(context.reader, {}, new ProgrammeSort(), {
      start: 0,
      end: null,
      size: 3,
      fromEnd: false,
    });
    expect(page.nodes).toHaveLength(3);
    for (const listed of page.nodes) expectPlainInstance(listed, Programme);
    const countries = await context.loaders.countriesByProgramme.load(programme!.id);
    expect(countries.length).toBeGreaterThan(0);
    for (const country of countries) expectPlainInstance(country, Country, 'code');
    expect(context.em.getUnitOfWork().getIdentityMap().values()).toHaveLength(0);
  });

  it('field resolvers answer from them, nested', async () => {
    const { data, errors } = await hub.query(
      `{ programme(code: "NO_LIKESTILTE_KOMMUNER") { code participants { municipality { code nameLocal country { code } } } } }`,
    );
    expect(errors).toBeUndefined();
    expect(data!.programme.participants.length).toBeGreaterThan(0);
    for (const participant of data!.programme.participants)
      expect(participant.municipality.country.code).toMatch(/^[A-Z]{2}$/);
  });
});
