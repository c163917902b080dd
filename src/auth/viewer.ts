import { Role } from '../entities/role.enum';

/** Who is asking: an anonymous client, or the holder of a token with a role and a scope. */
export interface Viewer {
  /** Stable key for rate limits and logs: `token:<id>`, or `anonymous:<address>`. Never the secret. */
  key: string;
  /** The token's id; null when anonymous. */
  tokenId: number | null;
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
