import type { EntityManager } from '@mikro-orm/postgresql';
import { Municipality } from '../entities/municipality.entity';
import { Organisation } from '../entities/organisation.entity';
import { ORGANISATION_ROLES } from './role-scope';
import { Role } from '../entities/role.enum';

/** How the commands name a scope: organisation codes, or municipalities as COUNTRY:CODE. */
export const SCOPE_HELP =
  'an organisation code (EDITOR, REVIEWER, VIEWER), or a municipality as COUNTRY:CODE (REPORTER), e.g. NO:1021';

async function organisationIds(em: EntityManager, codes: string[]): Promise<number[]> {
  const found = await em.find(Organisation, { code: { $in: codes } });
  const missing = codes.filter((code) => !found.some((organisation) => organisation.code === code));
  if (missing.length) throw new Error(`No organisation has the code ${missing.join(', ')}.`);
  return found.map((organisation) => organisation.id);
}

async function municipalityIds(em: EntityManager, keys: string[]): Promise<number[]> {
  const ids: number[] = [];
  for (const key of keys) {
    const [countryCode, code] = key.split(':');
    const municipality = code ? await em.findOne(Municipality, { countryCode, code }) : null;
    if (!municipality) throw new Error(`No municipality is ${key}; give COUNTRY:CODE, e.g. NO:1021.`);
    ids.push(municipality.id);
  }
  return ids;
}

/** The organisation and municipality ids a command's scope codes name for `role`. */
export async function scopeOfCodes(
  em: EntityManager,
  role: Role,
  codes: string[],
): Promise<{ organisationIds: number[]; municipalityIds: number[] }> {
  return {
    organisationIds: ORGANISATION_ROLES.includes(role) ? await organisationIds(em, codes) : [],
    municipalityIds: role === Role.REPORTER ? await municipalityIds(em, codes) : [],
  };
}
