import type { EntityManager } from '@mikro-orm/postgresql';
import { Role } from '../entities/role.enum';
import { isAdmin, type Viewer } from '../auth/viewer';
import { forbidden, unauthenticated } from '../schema/errors';

/** Who may submit observations at all: ADMIN anywhere, REPORTER for its municipalities. */
export function assertMaySubmit(viewer: Viewer): void {
  if (viewer.role === null)
    throw unauthenticated('Submitting observations needs a token: send `Authorization: Bearer <token>`.');
  if (!isAdmin(viewer) && viewer.role !== Role.REPORTER)
    throw forbidden(`A ${viewer.role} token may not submit observations; ADMIN and REPORTER tokens may.`);
}

/** Whether the viewer may submit or import values about the municipality: an ADMIN, or a REPORTER who reports for it. */
export function maySubmitForMunicipality(viewer: Viewer, municipalityId: number): boolean {
  return isAdmin(viewer) || (viewer.role === Role.REPORTER && viewer.municipalityIds.includes(municipalityId));
}

/** Who may review observations at all: ADMIN anywhere, REVIEWER in its organisations' programmes. */
export function assertMayReview(viewer: Viewer): void {
  if (viewer.role === null)
    throw unauthenticated('Reviewing observations needs a token: send `Authorization: Bearer <token>`.');
  if (!isAdmin(viewer) && viewer.role !== Role.REVIEWER)
    throw forbidden(`A ${viewer.role} token may not review observations; ADMIN and REVIEWER tokens may.`);
}

/** Who wrote, as the audit trail records it: the token's key, never its secret. */
export function actorOf(viewer: Viewer): { actor: string; tokenId: number | null } {
  return { actor: viewer.key, tokenId: viewer.tokenId };
}

/** Runs `work` in one transaction of a fresh fork, so a failed write leaves the request's EntityManager clean. */
export function inTransaction<T>(em: EntityManager, work: (tx: EntityManager) => Promise<T>): Promise<T> {
  return em.fork().transactional(work);
}
