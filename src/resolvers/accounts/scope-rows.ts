import { Municipality } from '../../entities/municipality.entity';
import { Organisation } from '../../entities/organisation.entity';
import type { Loaders } from '../../loaders/loaders';

function present<T>(rows: (T | null | Error)[]): T[] {
  return rows.filter((row): row is T => row !== null && !(row instanceof Error));
}

/** The organisations of a scope that the caller reads, in one batched statement per request. */
export async function scopeOrganisations(loaders: Loaders, ids: number[]): Promise<Organisation[]> {
  return present(await loaders.organisationById.loadMany(ids));
}

/** The municipalities of a scope that the caller reads, in one batched statement per request. */
export async function scopeMunicipalities(loaders: Loaders, ids: number[]): Promise<Municipality[]> {
  return present(await loaders.municipalityById.loadMany(ids));
}
