import { sourceRecord } from '../entities/source.entity';
import type { SeedRun } from './seed-run';
import { sources, type SourceSeed } from './sources.seed-data';

/** Adds `seeds` to the sources, by key, each cited in the source it names (if any). */
export async function seedSourceList(run: SeedRun, seeds: readonly SourceSeed[]): Promise<void> {
  await run.ensure(
    sourceRecord,
    seeds.map((source) => ({
      key: source.key,
      title: source.title,
      titleEn: source.titleEn ?? null,
      kind: source.kind,
      publisher: source.publisher ?? null,
      url: source.url ?? null,
      publishedOn: source.publishedOn ?? null,
      publishedYear: source.publishedYear ?? null,
      language: source.language ?? null,
    })),
    { property: 'citedInId', keys: seeds.map((source) => source.citedInKey) },
  );
}

/** The sources every other record cites. */
export function seedSources(run: SeedRun): Promise<void> {
  return seedSourceList(run, sources);
}
