import { randomBytes } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertAccount } from '../src/auth/accounts';
import { Role } from '../src/entities/role.enum';
import { serverSettingsFromEnv } from '../src/server/server-settings';
import { graphqlAs, signIn } from './support/browser-session';
import { bodyOf } from './support/expect-error';
import { redisTestsRun, TEST_REDIS_URL } from './support/redis-probe';
import { createScratchDatabase, initTestHub, type TestHub } from './support/test-hub';

const withRedis = await redisTestsRun(TEST_REDIS_URL);
const PASSWORD = 'correct horse battery staple';

describe.skipIf(!withRedis)('sessions in Redis (REDIS_URL), shared by two instances', () => {
  const hubs: TestHub[] = [];
  const origins: string[] = [];
  let drop: () => Promise<void>;
  beforeAll(async () => {
    const database = await createScratchDatabase();
    drop = database.drop;
    const settings = serverSettingsFromEnv({
      ...process.env,
      REDIS_URL: TEST_REDIS_URL,
      REDIS_KEY_PREFIX: `hub-test-${randomBytes(4).toString('hex')}:`,
      SESSION_IDLE_TIMEOUT_SECONDS: '2',
    });
    for (let instance = 0; instance < 2; instance += 1) {
      const hub = await initTestHub(database.url, settings);
      hubs.push(hub);
      origins.push(new URL(await hub.listen()).origin);
    }
    await insertAccount(hubs[0].orm.em.fork(), { email: 'ana@example.org', role: Role.ADMIN, password: PASSWORD });
  });
  afterAll(async () => {
    for (const hub of hubs) await hub.close();
    await drop?.();
  });

  it('keeps no session in PostgreSQL; one instance reads the session another opened; sign-out, disabling and idleness end it', async () => {
    const session = await signIn(origins[0], 'ana@example.org', PASSWORD);
    const [{ count }] = await hubs[0].orm.em
      .fork()
      .getConnection()
      .execute<{ count: string }[]>('select count(*) from account_session');
    expect(count).toBe('0');
    const elsewhere = { origin: origins[1], cookie: session.cookie };
    expect((await bodyOf(await graphqlAs(elsewhere, '{ viewer { authentication } }'))).data).toEqual({
      viewer: { authentication: 'SESSION' },
    });
    const disabledLater = await signIn(origins[1], 'ana@example.org', PASSWORD);
    const idle = await signIn(origins[0], 'ana@example.org', PASSWORD);
    await fetch(`${origins[1]}/auth/sign-out`, {
      method: 'POST',
      headers: { cookie: session.cookie, 'x-requested-with': 'fetch' },
    });
    expect((await graphqlAs({ origin: origins[0], cookie: session.cookie }, '{ viewer { role } }')).status).toBe(401);
    await sleep(2_500);
    expect((await graphqlAs(idle, '{ viewer { role } }')).status).toBe(401);
    const active = await signIn(origins[0], 'ana@example.org', PASSWORD);
    await hubs[0].orm.em
      .fork()
      .getConnection()
      .execute(`update account set disabled_at = now(), sessions_ended_at = now() where email = 'ana@example.org'`);
    expect((await graphqlAs(active, '{ viewer { role } }')).status).toBe(401);
    expect((await graphqlAs(disabledLater, '{ viewer { role } }')).status).toBe(401);
  });
});
