import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Viewer } from '../src/auth/viewer';
import { ProgrammeImplementer, ImplementerRole } from '../src/entities/programme-implementer.entity';
import { ProgrammeParticipant } from '../src/entities/programme-participant.entity';
import { toGlobalId } from '../src/schema/global-id';
import { buildAccessWorld, type Caller } from './support/access-fixture';
import { initScratchHub, type TestHub } from './support/test-hub';

const CREATE = 'mutation ($input: ProgrammeInput!) { createProgramme(input: $input) { id version } }';
const ARCHIVE = 'mutation ($id: ID!, $version: Int!) { archiveProgramme(id: $id, version: $version) { archivedAt } }';
const PENDING =
  'query ($scope: ID!) { observations(filter: { scope: $scope, reviewStatuses: [SUBMITTED] }) { nodes { id } } }';
const REVIEW = 'mutation ($ids: [ID!]!) { reviewObservations(ids: $ids, decision: APPROVE) { id } }';

/** A programme archived no longer makes its organisations reviewers of its municipalities' values. */
describe('the reach of a reviewer through an archived programme', () => {
  let hub: TestHub;
  let viewers: Record<Caller, Viewer>;
  let elsewhere = '';

  beforeAll(async () => {
    hub = await initScratchHub();
    viewers = await buildAccessWorld(hub.orm.em.fork());
    const em = hub.orm.em.fork();
    const [{ id: municipalityId }] = await em.execute<{ id: number }[]>(
      `select id from municipality where name_local = 'Elsewhere'`,
    );
    const [{ id: implementerId }] = await em.execute<{ id: number }[]>(
      `select id from organisation where code = 'IMPLEMENTER'`,
    );
    elsewhere = toGlobalId('Municipality', municipalityId);
    const created = await hub.query(
      CREATE,
      { input: { code: 'PARTICIPATION', nameEn: 'Participation', published: false } },
      viewers.admin,
    );
    const programme = created.data!.createProgramme as { id: string; version: number };
    const [{ id: programmeId }] = await em.execute<{ id: number }[]>(
      `select id from programme where code = 'PARTICIPATION'`,
    );
    // The reviewer's organisation implements it, and Elsewhere takes part in it directly.
    em.create(ProgrammeImplementer, { programmeId, organisationId: implementerId, role: ImplementerRole.LEAD });
    em.create(ProgrammeParticipant, { programmeId, municipalityId });
    await em.flush();

    const pending = await hub.query(PENDING, { scope: elsewhere }, viewers.reviewer);
    expect(pending.data!.observations.nodes).toHaveLength(1);
    const archived = await hub.query(ARCHIVE, { id: programme.id, version: programme.version }, viewers.admin);
    expect(archived.errors).toBeUndefined();
  });
  afterAll(() => hub.close());

  it("hides the municipality's unapproved values from the reviewer and answers their review as of unknown ids (NOT_FOUND)", async () => {
    expect((await hub.query(PENDING, { scope: elsewhere }, viewers.reviewer)).data!.observations.nodes).toEqual([]);
    const [{ id }] = await hub.orm.em
      .fork()
      .execute<{ id: number }[]>(
        `select o.id from observation o join municipality m on m.id = o.municipality_id where m.name_local = 'Elsewhere' and o.review_status = 'SUBMITTED'`,
      );
    const review = await hub.query(REVIEW, { ids: [toGlobalId('Observation', id)] }, viewers.reviewer);
    expect(review.errors![0].extensions!.code).toBe('NOT_FOUND');
  });
});
