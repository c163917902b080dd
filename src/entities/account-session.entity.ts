import { Entity, ManyToOne, PrimaryKey, Property, type Opt } from '@mikro-orm/core';
import { Account } from './account.entity';

/**
 * A signed-in browser, kept in PostgreSQL unless Redis keeps sessions (REDIS_URL). The cookie holds
 * the session's secret; only its SHA-256 is stored, so the table hands no one a live session.
 */
@Entity()
export class AccountSession {
  @PrimaryKey({ type: 'character', length: 64 })
  secretHash!: string;

  @ManyToOne(() => Account, { deleteRule: 'cascade', mapToPk: true, fieldName: 'account_id', index: true })
  accountId!: number;

  /** Sign-in: the session ends SESSION_MAX_AGE_SECONDS after it. */
  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Opt<Date> = new Date();

  /** Last request: the session ends SESSION_IDLE_TIMEOUT_SECONDS after it. */
  @Property({ type: 'datetime', defaultRaw: 'now()' })
  lastSeenAt: Opt<Date> = new Date();
}
