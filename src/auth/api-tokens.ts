import { createHash, randomBytes } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { ApiToken } from '../entities/api-token.entity';
import { Role } from '../entities/role.enum';
import type { Viewer } from './viewer';

/** What every token secret starts with, so a leaked one is easy to spot. */
export const TOKEN_PREFIX = 'hub_';

/** The stored form of a token secret: its SHA-256, hex. */
export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret, 'utf8').digest('hex');
}

/** What a new token may do and for whom. */
export interface NewToken {
  name: string;
  role: Role;
  organisationIds?: number[];
  municipalityIds?: number[];
  expiresAt?: Date | null;
}

/** Makes a token and returns its id and secret; only the secret's hash is kept, so this is the one time it is seen. */
export async function createApiToken(em: EntityManager, token: NewToken): Promise<{ id: number; secret: string }> {
  const orgScoped = token.role === Role.EDITOR || token.role === Role.REVIEWER || token.role === Role.VIEWER;
  if (orgScoped && !token.organisationIds?.length)
    throw new Error(`A ${token.role} token needs at least one organisation in its scope.`);
  if (token.role === Role.REPORTER && !token.municipalityIds?.length)
    throw new Error('A REPORTER token needs at least one municipality in its scope.');
  const secret = `${TOKEN_PREFIX}${randomBytes(32).toString('base64url')}`;
  const row = em.create(ApiToken, {
    name: token.name,
    secretHash: hashSecret(secret),
    role: token.role,
    organisationIds: orgScoped ? token.organisationIds! : [],
    municipalityIds: token.role === Role.REPORTER ? token.municipalityIds! : [],
    expiresAt: token.expiresAt ?? null,
  });
  await em.persistAndFlush(row);
  return { id: row.id, secret };
}

/** Revokes a token for good; false when there is no such live token. */
export async function revokeApiToken(em: EntityManager, id: number): Promise<boolean> {
  const revoked = await em.nativeUpdate(ApiToken, { id, revokedAt: null }, { revokedAt: new Date() });
  return revoked > 0;
}

/** The viewer a live (unrevoked, unexpired) token secret stands for; null for anything else. */
export async function viewerOfSecret(em: EntityManager, secret: string): Promise<Viewer | null> {
  if (!secret.startsWith(TOKEN_PREFIX) || secret.length > 200) return null;
  const rows = await em.execute<{ id: number; role: Role; organisation_ids: number[]; municipality_ids: number[] }[]>(
    em
      .getKnex()
      .select('id', 'role', 'organisation_ids', 'municipality_ids')
      .from('api_token')
      .where('secret_hash', hashSecret(secret))
      .whereNull('revoked_at')
      .where((live) => live.whereNull('expires_at').orWhere('expires_at', '>', em.getKnex().fn.now())),
  );
  const [row] = rows;
  if (!row) return null;
  return {
    key: `token:${row.id}`,
    tokenId: row.id,
    role: row.role,
    organisationIds: row.organisation_ids,
    municipalityIds: row.municipality_ids,
  };
}
