import { AccountLinkPurpose } from '../entities/account-link.entity';
import { AuditAction } from '../entities/audit-event.entity';
import type { Role } from '../entities/role.enum';
import { accountLinkUrl, createAccountLink, normalisedEmail } from '../auth/accounts';
import { scopeOfRole, type RoleScope } from '../auth/role-scope';
import { isAdmin, type Viewer } from '../auth/viewer';
import { ACCOUNT_COLUMNS, type AccountRow } from '../loaders/account-lists.query';
import type { Context } from '../loaders/request-context';
import { badFields, conflict, forbidden, notFound, unauthenticated, type FieldProblem } from '../schema/errors';
import { integerKeyOf } from '../schema/global-id';
import { withArticle } from '../schema/indefinite-article';
import { accountSettings } from '../settings/settings';
import { auditedWrite } from './account-audit';
import { inTransaction } from './observation-writers';

/** A PostgreSQL array literal of whole numbers. */
const intArray = (ids: number[]) => `{${ids.join(',')}}`;

/** Refuses anyone but ADMIN: UNAUTHENTICATED when anonymous, FORBIDDEN otherwise. */
export function assertAdmin(viewer: Viewer, what: string): void {
  if (viewer.role === null) throw unauthenticated(`Only ADMIN may ${what}; sign in or send a token.`);
  if (!isAdmin(viewer)) throw forbidden(`Only ADMIN may ${what}; this caller is ${viewer.role}.`);
}

/** What an account or a token may do and where, as the API names them: organisations and municipalities by global id. */
export interface AccessInput {
  role: Role;
  organisations?: string[] | null;
  municipalities?: string[] | null;
}

/**
 * The role and scope `input` names, checked: each id names a live organisation or municipality,
 * and the role has the scope it needs and no other. BAD_USER_INPUT with `extensions.fields`
 * listing every failing field (plus `extra`), and nothing written.
 */
export async function checkedAccess(
  context: Context,
  input: AccessInput,
  extra: FieldProblem[] = [],
): Promise<RoleScope> {
  const problems = [...extra];
  const keys = async (list: string[] | null | undefined, typeName: string, field: string, table: string) => {
    const named: { index: number; id: number }[] = [];
    for (const [index, id] of (list ?? []).entries()) {
      try {
        named.push({ index, id: integerKeyOf(id, typeName, `input.${field}`) });
      } catch {
        problems.push({ path: `input.${field}.${index}`, reason: `is not the id of ${withArticle(typeName)}.` });
      }
    }
    if (named.length === 0) return [];
    const found = await context.em.execute<{ id: number }[]>(
      `select id from ${table} where id = any(?::int[]) and archived_at is null`,
      [intArray(named.map((entry) => entry.id))],
    );
    const live = new Set(found.map((row) => row.id));
    for (const { index, id } of named)
      if (!live.has(id))
        problems.push({ path: `input.${field}.${index}`, reason: `names no ${typeName} (or an archived one).` });
    return named.map((entry) => entry.id);
  };
  const organisationIds = await keys(input.organisations, 'Organisation', 'organisations', 'organisation');
  const municipalityIds = await keys(input.municipalities, 'Municipality', 'municipalities', 'municipality');
  const { scope, problems: scopeProblems } = scopeOfRole(input.role, organisationIds, municipalityIds);
  problems.push(...scopeProblems.map((problem) => ({ path: `input.${problem.field}`, reason: problem.reason })));
  if (problems.length > 0) throw badFields('input', problems);
  return scope;
}

/** An account, its one-time link and when the link stops working, and whether it was mailed. */
export interface AccountLinkResult {
  account: AccountRow;
  link: string;
  expiresAt: Date;
  /** true: mailed to the account's email; false: the mail failed (logged); null: no mail is sent (SMTP_URL unset). */
  mailed: boolean | null;
}

/**
 * Makes the link and, with a mailer, mails it to the account once the link is written (a mail
 * that fails leaves the link working and answered, with `mailed: false`).
 */
async function linkFor(context: Context, account: AccountRow, purpose: AccountLinkPurpose): Promise<AccountLinkResult> {
  const { publicUrl, accountLinkHours } = accountSettings();
  const token = await inTransaction(context.em, (tx) => createAccountLink(tx, account.id, purpose, accountLinkHours));
  const link = accountLinkUrl(publicUrl, purpose, token);
  const expiresAt = new Date(Date.now() + accountLinkHours * 3_600_000);
  const mailed = context.mailer ? await context.mailer.send({ to: account.email, purpose, link, expiresAt }) : null;
  return { account, link, expiresAt, mailed };
}

/** Invites a person: makes an account without a password, with its role and scope, and a link to set one. */
export async function inviteAccount(
  context: Context,
  input: AccessInput & { email: string },
): Promise<AccountLinkResult> {
  assertAdmin(context.viewer, 'invite accounts');
  const email = normalisedEmail(input.email);
  const scope = await checkedAccess(
    context,
    input,
    email ? [] : [{ path: 'input.email', reason: 'is not an email address.' }],
  );
  const account = await inTransaction(context.em, (tx) =>
    auditedWrite<AccountRow>(
      tx,
      context.viewer,
      AuditAction.CREATE,
      'Account',
      'account',
      `insert into account as r (email, role, organisation_ids, municipality_ids) values (?, ?, ?::int[], ?::int[])
       on conflict (email) do nothing returning ${ACCOUNT_COLUMNS}`,
      [email, scope.role, intArray(scope.organisationIds), intArray(scope.municipalityIds)],
      null,
    ),
  );
  if (!account) throw badFields('input', [{ path: 'input.email', reason: 'has an account already.' }]);
  return linkFor(context, account, AccountLinkPurpose.INVITATION);
}

/** CONFLICT: the account is at `current`, not at the `version` sent; nothing was written. */
function staleAccountVersion(version: number, current: number): Error {
  return conflict(`Argument "version": the Account is at version ${current} now, not ${version}; nothing written.`, {
    argument: 'version',
    currentVersion: current,
  });
}

/**
 * Changes an account with `set` (SQL assignments and their values) and raises its version, audited
 * as `action`; NOT_FOUND for an unknown id. With `version`, the change applies only while the account
 * is still at it: the row is locked and the update names the version, so of two changes from one
 * version exactly one is written and the other is CONFLICT with `extensions.currentVersion`, and
 * writes nothing (no audit row). Without it, the change applies to whatever is current.
 */
async function changeAccount(
  context: Context,
  id: string,
  version: number | null | undefined,
  set: string,
  bindings: unknown[],
  action: AuditAction = AuditAction.UPDATE,
): Promise<AccountRow> {
  const key = integerKeyOf(id, 'Account', 'id');
  const expected = version ?? null;
  const account = await inTransaction(context.em, async (tx) => {
    const written = await auditedWrite<AccountRow>(
      tx,
      context.viewer,
      action,
      'Account',
      'account',
      `update account r set ${set}, version = r.version + 1, updated_at = now()
       where r.id = ? and (?::int is null or r.version = ?) returning ${ACCOUNT_COLUMNS}`,
      [...bindings, key, expected, expected],
      key,
    );
    if (written || expected === null) return written;
    // The row is locked by this transaction (or gone): its version now is the one that refused the change.
    const [current] = await tx.execute<{ version: number }[]>('select version from account where id = ?', [key]);
    if (current) throw staleAccountVersion(expected, current.version);
    return null;
  });
  if (!account) throw notFound('id', id);
  return account;
}

/** Replaces an account's role and scope (from `version`, when sent); its sessions take them at their next request. */
export async function updateAccount(
  context: Context,
  id: string,
  input: AccessInput,
  version?: number | null,
): Promise<AccountRow> {
  assertAdmin(context.viewer, 'change accounts');
  const scope = await checkedAccess(context, input);
  return changeAccount(context, id, version, 'role = ?, organisation_ids = ?::int[], municipality_ids = ?::int[]', [
    scope.role,
    intArray(scope.organisationIds),
    intArray(scope.municipalityIds),
  ]);
}

/**
 * Disables an account (it signs in no more, and every session of it ends) or enables it again (it
 * signs in anew), from `version` when sent.
 */
export async function setAccountDisabled(
  context: Context,
  id: string,
  disabled: boolean,
  version?: number | null,
): Promise<AccountRow> {
  assertAdmin(context.viewer, disabled ? 'disable accounts' : 'enable accounts');
  const account = await changeAccount(
    context,
    id,
    version,
    disabled ? 'disabled_at = coalesce(disabled_at, now()), sessions_ended_at = now()' : 'disabled_at = null',
    [],
  );
  if (disabled) await context.em.execute('delete from account_session where account_id = ?', [account.id]);
  return account;
}

/** A one-time link that sets a new password for the account (an invitation not yet accepted included). */
export async function createPasswordReset(context: Context, id: string): Promise<AccountLinkResult> {
  assertAdmin(context.viewer, 'reset passwords');
  const key = integerKeyOf(id, 'Account', 'id');
  const [account] = await context.em.execute<AccountRow[]>(
    `select ${ACCOUNT_COLUMNS} from account r where r.id = ? and r.disabled_at is null`,
    [key],
  );
  if (!account) throw notFound('id', id);
  return linkFor(
    context,
    account,
    account.password_set ? AccountLinkPurpose.PASSWORD_RESET : AccountLinkPurpose.INVITATION,
  );
}
