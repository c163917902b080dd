import { Role } from '../entities/role.enum';

/** Roles that act for organisations; REPORTER acts for municipalities, ADMIN for everything. */
export const ORGANISATION_ROLES: readonly Role[] = [Role.EDITOR, Role.REVIEWER, Role.VIEWER];

/** A role and where it acts, as a token or an account carries them. */
export interface RoleScope {
  role: Role;
  organisationIds: number[];
  municipalityIds: number[];
}

/**
 * The scope `role` keeps of what it was given: organisations for EDITOR, REVIEWER and VIEWER,
 * municipalities for REPORTER, nothing for ADMIN; and what is wrong, by field: a scope the role
 * needs and was not given, or one it does not take.
 */
export function scopeOfRole(
  role: Role,
  organisationIds: readonly number[] = [],
  municipalityIds: readonly number[] = [],
): { scope: RoleScope; problems: { field: 'organisations' | 'municipalities'; reason: string }[] } {
  const organisations = ORGANISATION_ROLES.includes(role) ? [...new Set(organisationIds)] : [];
  const municipalities = role === Role.REPORTER ? [...new Set(municipalityIds)] : [];
  const problems: { field: 'organisations' | 'municipalities'; reason: string }[] = [];
  if (ORGANISATION_ROLES.includes(role) && organisations.length === 0)
    problems.push({ field: 'organisations', reason: `A ${role} needs at least one organisation in its scope.` });
  if (role === Role.REPORTER && municipalities.length === 0)
    problems.push({ field: 'municipalities', reason: 'A REPORTER needs at least one municipality in its scope.' });
  if (!ORGANISATION_ROLES.includes(role) && organisationIds.length > 0)
    problems.push({ field: 'organisations', reason: `A ${role} acts for no organisation; leave the list empty.` });
  if (role !== Role.REPORTER && municipalityIds.length > 0)
    problems.push({ field: 'municipalities', reason: `A ${role} reports for no municipality; leave the list empty.` });
  return { scope: { role, organisationIds: organisations, municipalityIds: municipalities }, problems };
}
