import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { anonymousViewer, type Viewer } from '../src/auth/viewer';
import { Role } from '../src/entities/role.enum';
import { initTestHub, type TestHub } from './support/test-hub';

let hub: TestHub;
beforeAll(async () => {
  hub = await initTestHub();
});
afterAll(() => hub.close());

/** A token holder of `role`, built in memory: the field reads the viewer, not the token table. */
function holder(role: Role, municipalityIds: number[] = []): Viewer {
  return { key: `token:${role}`, tokenId: 1, role, organisationIds: [], municipalityIds };
}

describe('Whether the caller may import values about a municipality', () => {
  const QUERY = `{ municipality(country: "NO", code: "1201") { mayImportObservations } }`;

  it('is true for an ADMIN and for a REPORTER of that municipality, false for anyone else', async () => {
    const anonymous = await hub.query(QUERY, {}, anonymousViewer('test'));
    expect(anonymous.errors).toBeUndefined();
    expect(anonymous.data!.municipality.mayImportObservations).toBe(false);
    const [{ id: bergen }] = await hub.orm.em
      .getConnection()
      .execute<{ id: number }[]>(`select id from municipality where country_code = 'NO' and code = '1201'`);
    const answers = await Promise.all(
      [
        holder(Role.ADMIN),
        holder(Role.REPORTER, [bergen]),
        holder(Role.REPORTER, [bergen + 1]),
        holder(Role.EDITOR),
        holder(Role.VIEWER),
      ].map(async (viewer) => (await hub.query(QUERY, {}, viewer)).data!.municipality.mayImportObservations),
    );
    expect(answers).toEqual([true, true, false, false, false]);
  });
});
