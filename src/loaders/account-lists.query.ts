import type { EntityManager } from '@mikro-orm/postgresql';
import type { Role } from '../entities/role.enum';

/** An account as the API shows it: never its password hash, only whether it has one. */
export interface AccountRow {
  id: number;
  email: string;
  role: Role;
  organisation_ids: number[];
  municipality_ids: number[];
  disabled_at: Date | null;
  created_at: Date;
  password_set: boolean;
  version: number;
}

/** The columns of `AccountRow`, from `account` aliased `r`. */
export const ACCOUNT_COLUMNS =
  'r.id, r.email, r.role, r.organisation_ids, r.municipality_ids, r.disabled_at, r.created_at, r.password_hash is not null as password_set, r.version';

/** A token as the API shows it: never its secret's hash. */
export interface ApiTokenRow {
  id: number;
  name: string;
  role: Role;
  organisation_ids: number[];
  municipality_ids: number[];
  expires_at: Date | null;
  revoked_at: Date | null;
  created_at: Date;
}

/** The columns of `ApiTokenRow`, from `api_token` aliased `r`. */
export const API_TOKEN_COLUMNS =
  'r.id, r.name, r.role, r.organisation_ids, r.municipality_ids, r.expires_at, r.revoked_at, r.created_at';

/** Every account, by email (an ADMIN's list: accounts are few). */
export function listAccounts(em: EntityManager): Promise<AccountRow[]> {
  return em.execute<AccountRow[]>(`select ${ACCOUNT_COLUMNS} from account r order by r.email`);
}

/** Every API token, newest first, revoked and expired ones included. */
export function listApiTokens(em: EntityManager): Promise<ApiTokenRow[]> {
  return em.execute<ApiTokenRow[]>(`select ${API_TOKEN_COLUMNS} from api_token r order by r.id desc`);
}
