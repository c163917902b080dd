import type { MikroORM } from '@mikro-orm/postgresql';
import { newSessionSecret, sessionHash, type SessionLifetimes, type SessionStore } from './session-store';

/** Sessions in the `account_session` table; a session past its idle or absolute expiry is deleted at the next sign-in. */
export function postgresSessionStore(orm: MikroORM, lifetimes: SessionLifetimes): SessionStore {
  const execute = <T extends object[] = object[]>(sql: string, bindings: unknown[]) =>
    orm.em.fork().getConnection().execute<T>(sql, bindings);
  const { idleSeconds, maxAgeSeconds } = lifetimes;
  return {
    async open(accountId) {
      await execute(
        'delete from account_session where last_seen_at <= now() - make_interval(secs => ?) or created_at <= now() - make_interval(secs => ?)',
        [idleSeconds, maxAgeSeconds],
      );
      const secret = newSessionSecret();
      await execute('insert into account_session (secret_hash, account_id) values (?, ?)', [
        sessionHash(secret),
        accountId,
      ]);
      return secret;
    },
    async use(secret) {
      // clock_timestamp(), not now(): a session used within one transaction would otherwise never age.
      const rows = await execute<{ account_id: number; created_at: Date }[]>(
        `update account_session set last_seen_at = clock_timestamp()
         where secret_hash = ? and last_seen_at > clock_timestamp() - make_interval(secs => ?) and created_at > clock_timestamp() - make_interval(secs => ?)
         returning account_id, created_at`,
        [sessionHash(secret), idleSeconds, maxAgeSeconds],
      );
      const [row] = rows;
      return row ? { accountId: row.account_id, createdAt: new Date(row.created_at) } : null;
    },
    async end(secret) {
      await execute('delete from account_session where secret_hash = ?', [sessionHash(secret)]);
    },
    async endAll(accountId) {
      await execute('delete from account_session where account_id = ?', [accountId]);
    },
    async close() {},
  };
}
