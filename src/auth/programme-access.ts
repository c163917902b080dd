import type { Observation } from '../entities/observation.entity';
import type { Loaders } from '../loaders/loaders';
import { Role } from '../entities/role.enum';
import { isAdmin, type Viewer } from './viewer';

/** Whether the viewer acts for an organisation that funds or implements the programme (or is ADMIN). */
export async function takesPartIn(viewer: Viewer, loaders: Loaders, programmeId: number): Promise<boolean> {
  if (isAdmin(viewer)) return true;
  if (viewer.role !== Role.EDITOR && viewer.role !== Role.REVIEWER && viewer.role !== Role.VIEWER) return false;
  const [funders, implementers] = await Promise.all([
    loaders.fundersByProgramme.load(programmeId),
    loaders.implementersByProgramme.load(programmeId),
  ]);
  return [...funders, ...implementers].some((link) => viewer.organisationIds.includes(link.organisationId));
}

/** Whether the viewer acts for the organisation (or is ADMIN). */
export function actsFor(viewer: Viewer, organisationId: number): boolean {
  return isAdmin(viewer) || (viewer.role !== Role.REPORTER && viewer.organisationIds.includes(organisationId));
}

/**
 * Whether the viewer takes part in reporting or reviewing a value: ADMIN, the REPORTER of its
 * municipality, or an organisation taking part in the programme it belongs to (directly, or
 * through its initiative or activity).
 */
export async function takesPartInObservation(
  viewer: Viewer,
  loaders: Loaders,
  observation: Observation,
): Promise<boolean> {
  if (isAdmin(viewer)) return true;
  if (viewer.role === Role.REPORTER)
    return observation.municipalityId != null && viewer.municipalityIds.includes(observation.municipalityId);
  let programmeId = observation.programmeId ?? null;
  if (observation.initiativeId != null)
    programmeId = (await loaders.initiativeById.load(observation.initiativeId))?.programmeId ?? null;
  if (observation.activityId != null)
    programmeId = (await loaders.activityById.load(observation.activityId))?.programmeId ?? null;
  return programmeId != null && takesPartIn(viewer, loaders, programmeId);
}
