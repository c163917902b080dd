import { municipalityRecord } from '../entities/municipality.entity';
import { municipalities, type MunicipalitySeed } from './municipalities.seed-data';
import { keyOf, type SeedRun } from './seed-run';

/** The municipality of the seed data in `countryCode` named `name`; naming none or several is a bug in the seed data. */
export function seededMunicipality(countryCode: string, name: string): MunicipalitySeed {
  const seeds: readonly MunicipalitySeed[] = municipalities;
  const matches = seeds.filter((m) => m.countryCode === countryCode && m.nameLocal === name);
  if (matches.length !== 1)
    throw new Error(
      `Seed data names municipality '${name}' (${countryCode}), which matches ${matches.length} municipalities.`,
    );
  return matches[0];
}

/** The municipalities, by country and code; the seed data names a parent region by name. */
export async function seedMunicipalities(run: SeedRun): Promise<void> {
  const seeds: readonly MunicipalitySeed[] = municipalities;
  await run.ensure(
    municipalityRecord,
    seeds.map((municipality) => ({
      countryCode: municipality.countryCode,
      code: municipality.code,
      nameLocal: municipality.nameLocal,
      nameEn: municipality.nameEn ?? null,
      kind: municipality.kind,
      validTo: municipality.validTo ?? null,
    })),
    {
      property: 'parentId',
      keys: seeds.map((m) => {
        if (m.parentName === undefined) return undefined;
        const parent = seededMunicipality(m.countryCode, m.parentName);
        return keyOf(parent.countryCode, parent.code);
      }),
    },
  );
}
