import type { Loaders } from '../loaders/loaders';
import { Role } from './role.enum';
import { isAdmin, type Viewer } from './viewer';

/** Whether the viewer acts for an organisation that funds or implements the programme (or is ADMIN). */
export async function takesPartIn(viewer: Viewer, loaders: Loaders, programmeId: number): Promise<boolean> {
  if (isAdmin(viewer)) return true;
  if (viewer.role !== Role.EDITOR && viewer.role !== Role.REVIEWER && viewer.role !== Role.VIEWER) return false;
  const [funders, implementers] = await Promise.all([loaders.fundersByProgramme.load(programmeId), loaders.implementersByProgramme.load(programmeId)]);
  return [...funders, ...implementers].some((link) => viewer.organisationIds.includes(link.organisationId));
}

/** Whether the viewer acts for the organisation (or is ADMIN). */
export function actsFor(viewer: Viewer, organisationId: number): boolean {
  return isAdmin(viewer) || (viewer.role !== Role.REPORTER && viewer.organisationIds.includes(organisationId));
}
