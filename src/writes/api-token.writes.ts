import { randomBytes } from 'node:crypto';
import { hashSecret, TOKEN_PREFIX } from '../auth/api-tokens';
import { AuditAction } from '../entities/audit-event.entity';
import { API_TOKEN_COLUMNS, type ApiTokenRow } from '../loaders/account-lists.query';
import type { Context } from '../loaders/request-context';
import { notFound, type FieldProblem } from '../schema/errors';
import { integerKeyOf } from '../schema/global-id';
import { auditedWrite } from './account-audit';
import { assertAdmin, checkedAccess, type AccessInput } from './account.writes';
import { inTransaction } from './observation-writers';

/** Longest token name. */
const NAME_MAX_LENGTH = 200;

/** Makes an API token; its secret is answered once and only its SHA-256 kept. */
export async function createToken(
  context: Context,
  input: AccessInput & { name: string; expiresAt?: Date | null },
): Promise<{ token: ApiTokenRow; secret: string }> {
  assertAdmin(context.viewer, 'create API tokens');
  const extra: FieldProblem[] = [];
  const name = input.name.trim();
  if (name.length === 0 || name.length > NAME_MAX_LENGTH)
    extra.push({ path: 'input.name', reason: `must be 1 to ${NAME_MAX_LENGTH} characters.` });
  if (input.expiresAt && input.expiresAt.getTime() <= Date.now())
    extra.push({ path: 'input.expiresAt', reason: 'must be in the future.' });
  const scope = await checkedAccess(context, input, extra);
  const secret = `${TOKEN_PREFIX}${randomBytes(32).toString('base64url')}`;
  const token = await inTransaction(context.em, (tx) =>
    auditedWrite<ApiTokenRow>(
      tx,
      context.viewer,
      AuditAction.CREATE,
      'ApiToken',
      'api_token',
      `insert into api_token as r (name, secret_hash, role, organisation_ids, municipality_ids, expires_at)
       values (?, ?, ?, ?::int[], ?::int[], ?) returning ${API_TOKEN_COLUMNS}`,
      [
        name,
        hashSecret(secret),
        scope.role,
        `{${scope.organisationIds.join(',')}}`,
        `{${scope.municipalityIds.join(',')}}`,
        input.expiresAt ?? null,
      ],
      null,
    ),
  );
  return { token: token!, secret };
}

/** Revokes a token for good (a revoked one stays revoked, unchanged); NOT_FOUND for an unknown id. */
export async function revokeToken(context: Context, id: string): Promise<ApiTokenRow> {
  assertAdmin(context.viewer, 'revoke API tokens');
  const key = integerKeyOf(id, 'ApiToken', 'id');
  const revoked = await inTransaction(context.em, (tx) =>
    auditedWrite<ApiTokenRow>(
      tx,
      context.viewer,
      AuditAction.UPDATE,
      'ApiToken',
      'api_token',
      `update api_token r set revoked_at = now(), updated_at = now() where r.id = ? and r.revoked_at is null returning ${API_TOKEN_COLUMNS}`,
      [key],
      key,
    ),
  );
  if (revoked) return revoked;
  const [stored] = await context.em.execute<ApiTokenRow[]>(
    `select ${API_TOKEN_COLUMNS} from api_token r where r.id = ?`,
    [key],
  );
  if (!stored) throw notFound('id', id);
  return stored;
}
