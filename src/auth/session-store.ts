import { createHash, randomBytes } from 'node:crypto';

/** The stored form of a session secret: its SHA-256, hex. */
export function sessionHash(secret: string): string {
  return createHash('sha256').update(secret, 'utf8').digest('hex');
}

/** A new session secret: 32 random bytes, base64url. */
export function newSessionSecret(): string {
  return randomBytes(32).toString('base64url');
}

/** How long sessions last, in seconds. */
export interface SessionLifetimes {
  /** A session unused this long ends. */
  idleSeconds: number;
  /** A session ends this long after sign-in, however busy. */
  maxAgeSeconds: number;
}

/** A live session: whose, and when it was opened. */
export interface OpenSession {
  accountId: number;
  createdAt: Date;
}

/**
 * Where signed-in sessions are kept: PostgreSQL (`postgres-session-store.ts`), or Redis
 * (`redis-session-store.ts`) when REDIS_URL is set. Only a secret's SHA-256 is ever stored.
 */
export interface SessionStore {
  /** Opens a session for `accountId` and returns its secret, the one time it is seen. */
  open(accountId: number): Promise<string>;
  /** The account and sign-in time of the live session `secret` (neither idle nor too old), marking it used now; null otherwise. */
  use(secret: string): Promise<OpenSession | null>;
  /** Ends the session `secret`, if it is still open. */
  end(secret: string): Promise<void>;
  /** Ends every session of `accountId` (disabled, or its password reset). */
  endAll(accountId: number): Promise<void>;
  /** Lets go of its connection, if it holds one. */
  close(): Promise<void>;
}
