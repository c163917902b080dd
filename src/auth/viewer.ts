import { Role } from '../entities/role.enum';

/**
 * Who is asking: an anonymous client, or the holder of a token or of a signed-in account's session,
 * with a role and a scope. Tokens and accounts carry role and scope alike, and read by the same rules.
 */
export interface Viewer {
  /** Stable key for rate limits, logs and the audit trail: `token:<id>`, `account:<id>`, or `anonymous:<address>`. Never a secret. */
  key: string;
  /** The token's id; null when anonymous or signed in. */
  tokenId: number | null;
  /** The signed-in account's id; null for a token or anonymous. */
  accountId?: number | null;
  /** The token's role; null when anonymous. */
  role: Role | null;
  /** Organisations an EDITOR, REVIEWER or VIEWER acts for. */
  organisationIds: number[];
  /** Municipalities a REPORTER reports for. */
  municipalityIds: number[];
}

/** A client without a token, known by its address. */
export function anonymousViewer(address: string): Viewer {
  return { key: `anonymous:${address}`, tokenId: null, role: null, organisationIds: [], municipalityIds: [] };
}

/** Whether the viewer may see everything. */
export function isAdmin(viewer: Viewer): boolean {
  return viewer.role === Role.ADMIN;
}
