import { createHash, randomBytes } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { AccountLinkPurpose } from '../entities/account-link.entity';
import type { Role } from '../entities/role.enum';
import { hashPassword } from './passwords';
import { scopeOfRole } from './role-scope';
import type { Viewer } from './viewer';

/** Longest email accepted (RFC 5321's path limit). */
const EMAIL_MAX_LENGTH = 254;
/** Something@something, without spaces: the provider or the invitation proves the rest. Bounded, so it cannot backtrack far. */
const EMAIL_SHAPE = /^[^\s@]{1,64}@[^\s@]{1,253}$/;

/** An email as accounts store it: trimmed and lower-cased, so `Ana@X.org` and `ana@x.org` are one account; null when it is no email. */
export function normalisedEmail(email: unknown): string | null {
  if (typeof email !== 'string' || email.length > EMAIL_MAX_LENGTH + 20) return null;
  const trimmed = email.trim().toLowerCase();
  return trimmed.length <= EMAIL_MAX_LENGTH && EMAIL_SHAPE.test(trimmed) ? trimmed : null;
}

/**
 * The viewer an enabled account stands for, to a session opened at `sessionOpenedAt`; null when the
 * account is disabled or gone, or its sessions were ended after that (`sessions_ended_at`).
 */
export async function viewerOfAccount(
  em: EntityManager,
  accountId: number,
  sessionOpenedAt: Date,
): Promise<Viewer | null> {
  const [row] = await em.execute<{ role: Role; organisation_ids: number[]; municipality_ids: number[] }[]>(
    `select role, organisation_ids, municipality_ids from account
     where id = ? and disabled_at is null and (sessions_ended_at is null or sessions_ended_at < ?)`,
    [accountId, sessionOpenedAt],
  );
  if (!row) return null;
  return {
    key: `account:${accountId}`,
    tokenId: null,
    accountId,
    role: row.role,
    organisationIds: row.organisation_ids,
    municipalityIds: row.municipality_ids,
  };
}

/** Who a live session is signed in as: the enabled account's email and role; null under the same rules as `viewerOfAccount`. */
export async function accountOfSession(
  em: EntityManager,
  accountId: number,
  sessionOpenedAt: Date,
): Promise<{ email: string; role: Role } | null> {
  const [row] = await em.execute<{ email: string; role: Role }[]>(
    `select email, role from account
     where id = ? and disabled_at is null and (sessions_ended_at is null or sessions_ended_at < ?)`,
    [accountId, sessionOpenedAt],
  );
  return row ?? null;
}

/** What sign-in needs of the account with `email`: null when there is none. */
export async function accountForSignIn(
  em: EntityManager,
  email: string,
): Promise<{ id: number; passwordHash: string | null; disabled: boolean } | null> {
  const [row] = await em.execute<{ id: number; password_hash: string | null; disabled_at: Date | null }[]>(
    'select id, password_hash, disabled_at from account where email = ?',
    [email],
  );
  return row ? { id: row.id, passwordHash: row.password_hash, disabled: row.disabled_at !== null } : null;
}

function linkHash(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/** The path of the page that takes a link of `purpose`; the token follows in the fragment, which browsers never send. */
export const LINK_PAGES: Record<AccountLinkPurpose, string> = {
  [AccountLinkPurpose.INVITATION]: '/accept-invitation',
  [AccountLinkPurpose.PASSWORD_RESET]: '/reset-password',
};

/** The link a person opens: `<publicUrl><page>#token=<token>`. */
export function accountLinkUrl(publicUrl: string, purpose: AccountLinkPurpose, token: string): string {
  return `${publicUrl}${LINK_PAGES[purpose]}#token=${token}`;
}

/**
 * Makes a one-time link of `purpose` for `accountId`, working for `hours`, and returns its token
 * (only its SHA-256 is kept). Earlier unused links of the account stop working.
 */
export async function createAccountLink(
  em: EntityManager,
  accountId: number,
  purpose: AccountLinkPurpose,
  hours: number,
): Promise<string> {
  const token = randomBytes(32).toString('base64url');
  await em.execute('update account_link set used_at = now() where account_id = ? and used_at is null', [accountId]);
  await em.execute(
    `insert into account_link (token_hash, account_id, purpose, expires_at) values (?, ?, ?, now() + make_interval(hours => ?))`,
    [linkHash(token), accountId, purpose, hours],
  );
  return token;
}

/**
 * Uses the one-time link `token` of `purpose` to set its account's password, once: the link must be
 * unused, unexpired and its account enabled. Returns the account's id; null when the link does not work.
 */
export async function useAccountLink(
  em: EntityManager,
  token: string,
  purpose: AccountLinkPurpose,
  password: string,
): Promise<number | null> {
  if (token.length > 100) return null;
  const passwordHash = await hashPassword(password);
  return em.transactional(async (tx) => {
    const [link] = await tx.execute<{ account_id: number }[]>(
      `update account_link l set used_at = now() from account a
       where l.token_hash = ? and l.purpose = ? and l.used_at is null and l.expires_at > now()
         and a.id = l.account_id and a.disabled_at is null
       returning l.account_id`,
      [linkHash(token), purpose],
    );
    if (!link) return null;
    // A reset ends every session opened before it, wherever sessions are kept.
    const ended = purpose === AccountLinkPurpose.PASSWORD_RESET ? ', sessions_ended_at = now()' : '';
    await tx.execute(`update account set password_hash = ?, updated_at = now()${ended} where id = ?`, [
      passwordHash,
      link.account_id,
    ]);
    return link.account_id;
  });
}

/** A new account: who, its role and scope, and (for the command line and tests) its first password. */
export interface NewAccount {
  email: string;
  role: Role;
  organisationIds?: number[];
  municipalityIds?: number[];
  password?: string;
}

/**
 * Inserts an account and returns its id; the role's scope is checked as a token's is. Throws when
 * the email is not one, the scope is missing, or an account has the email already.
 */
export async function insertAccount(em: EntityManager, account: NewAccount): Promise<number> {
  const email = normalisedEmail(account.email);
  if (!email) throw new Error(`${JSON.stringify(account.email.slice(0, 100))} is not an email address.`);
  const { scope, problems } = scopeOfRole(account.role, account.organisationIds, account.municipalityIds);
  if (problems.length) throw new Error(problems[0].reason);
  const passwordHash = account.password === undefined ? null : await hashPassword(account.password);
  const [row] = await em.execute<{ id: number }[]>(
    `insert into account (email, password_hash, role, organisation_ids, municipality_ids) values (?, ?, ?, ?::int[], ?::int[])
     on conflict (email) do nothing returning id`,
    [email, passwordHash, scope.role, intArray(scope.organisationIds), intArray(scope.municipalityIds)],
  );
  if (!row) throw new Error(`An account with the email ${email} exists already.`);
  return row.id;
}

/** A PostgreSQL array literal of whole numbers. */
function intArray(ids: number[]): string {
  return `{${ids.map((id) => String(Math.trunc(id))).join(',')}}`;
}
