import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiToken, revokeApiToken } from '../src/auth/api-tokens';
import { Role } from '../src/entities/role.enum';
import { bodyOf } from './support/expect-error';
import { buildAccessWorld } from './support/access-fixture';
import { initScratchHub, type TestHub } from './support/test-hub';

describe('authentication with API tokens over HTTP', () => {
  let hub: TestHub;
  let url: string;
  const ask = (authorization?: string) =>
    fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(authorization === undefined ? {} : { authorization }) },
      body: JSON.stringify({ query: '{ programmes { totalCount } }' }),
    });

  beforeAll(async () => {
    hub = await initScratchHub();
    await buildAccessWorld(hub.orm.em.fork());
    url = await hub.listen();
  });
  afterAll(() => hub.close());

  it('reads as anonymous without a header and as the token holder with a Bearer token', async () => {
    expect((await bodyOf(await ask())).data).toEqual({ programmes: { totalCount: 2 } });
    const { secret } = await createApiToken(hub.orm.em.fork(), { name: 'admin', role: Role.ADMIN });
    expect((await bodyOf(await ask(`Bearer ${secret}`))).data).toEqual({ programmes: { totalCount: 3 } });
  });

  it('stores only a hash of the secret', async () => {
    const { id, secret } = await createApiToken(hub.orm.em.fork(), { name: 'stored', role: Role.ADMIN });
    const [row] = await hub.orm.em
      .getConnection()
      .execute<{ secret_hash: string }[]>('select secret_hash from api_token where id = ?', [id]);
    expect(row.secret_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(row.secret_hash).not.toContain(secret);
    expect(JSON.stringify(row)).not.toContain(secret.slice(4, 20));
  });

  it('refuses unknown, forged, malformed, revoked and expired tokens with 401 UNAUTHENTICATED, never as anonymous', async () => {
    const em = hub.orm.em.fork();
    const revoked = await createApiToken(em, { name: 'revoked', role: Role.ADMIN });
    await revokeApiToken(em, revoked.id);
    const expired = await createApiToken(em, {
      name: 'expired',
      role: Role.ADMIN,
      expiresAt: new Date(Date.now() - 1000),
    });
    const refused = [
      'Bearer hub_unknownunknownunknownunknownunknownunknown',
      `Bearer ${revoked.secret}`,
      `Bearer ${expired.secret}`,
      'Bearer',
      'Basic dXNlcjpwYXNz',
      `Bearer ${'x'.repeat(5000)}`,
      "Bearer ' or 1=1 --",
    ];
    for (const authorization of refused) {
      const response = await ask(authorization);
      expect(response.status, authorization.slice(0, 30)).toBe(401);
      const body = await bodyOf(response);
      expect(body.errors![0].extensions!.code).toBe('UNAUTHENTICATED');
      expect(body.data).toBeUndefined();
    }
  });

  it('refuses to make a scoped token without its scope', async () => {
    await expect(createApiToken(hub.orm.em.fork(), { name: 'no scope', role: Role.VIEWER })).rejects.toThrow(
      'organisation',
    );
    await expect(createApiToken(hub.orm.em.fork(), { name: 'no scope', role: Role.REPORTER })).rejects.toThrow(
      'municipality',
    );
  });
});
