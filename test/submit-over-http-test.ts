import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiToken } from '../src/auth/api-tokens';
import { Role } from '../src/entities/role.enum';
import { toGlobalId } from '../src/schema/global-id';
import { buildAccessWorld } from './support/access-fixture';
import { bodyOf } from './support/expect-error';
import { initScratchHub, type TestHub } from './support/test-hub';

const SUBMIT = readFileSync(join(__dirname, '..', 'docs', 'mutations', 'submit-observations.graphql'), 'utf8');

describe('the largest submit a client may send, over real HTTP with the default limits', () => {
  let hub: TestHub;
  let url: string;
  let secret: string;
  let scope: string;

  beforeAll(async () => {
    hub = await initScratchHub();
    url = await hub.listen();
    await buildAccessWorld(hub.orm.em.fork());
    secret = (await createApiToken(hub.orm.em.fork(), { name: 'admin', role: Role.ADMIN })).secret;
    const [municipality] = await hub.orm.em
      .fork()
      .execute<{ id: number }[]>('select id from municipality order by id limit 1');
    scope = toGlobalId('Municipality', municipality.id);
  });
  afterAll(() => hub.close());

  it('takes 10 000 rows in one request body', async () => {
    const rows = Array.from({ length: 10_000 }, (_, index) => {
      const day = new Date(Date.UTC(1950, 0, 1) + index * 86_400_000).toISOString().slice(0, 10);
      return {
        indicator: 'TRAINED',
        scope,
        periodStart: day,
        periodEnd: day,
        sex: 'TOTAL',
        kind: 'ACTUAL',
        value: 1000 + index,
        evidenceUrls: [],
      };
    });
    const body = JSON.stringify({ query: SUBMIT, variables: { rows } });
    expect(body.length).toBeGreaterThan(1_000_000);
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${secret}` },
      body,
    });
    expect(response.status).toBe(200);
    const { data, errors } = await bodyOf(response);
    expect(errors).toBeUndefined();
    expect(data!.submitObservations).toEqual({ received: 10_000, created: 10_000, updated: 0, unchanged: 0 });
  });
});
