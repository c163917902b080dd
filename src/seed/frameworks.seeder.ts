import { indicatorFrameworkElementRecord } from '../entities/framework-element-indicator.entity';
import { frameworkElementRecord } from '../entities/framework-element.entity';
import { frameworkRecord } from '../entities/framework.entity';
import { indicatorRecord } from '../entities/indicator.entity';
import { sourceRecord } from '../entities/source.entity';
import { frameworks, frameworkSources, indicatorMappings, type FrameworkSeed } from './frameworks.seed-data';
import type { SeedRun } from './seed-run';
import { seedSourceList } from './sources.seeder';

/**
 * Frameworks (with their own sources), their elements by framework and code, and the indicators
 * mapped to elements; each level needs the ids of the one before.
 */
export async function seedFrameworks(run: SeedRun): Promise<void> {
  await seedSourceList(run, frameworkSources);
  await run.flush();
  const seeds: readonly FrameworkSeed[] = frameworks;
  await run.ensure(
    frameworkRecord,
    seeds.map((framework) => ({
      code: framework.code,
      nameEn: framework.nameEn,
      description: framework.description,
      sourceId: run.idOf(sourceRecord, framework.sourceKey),
    })),
  );
  await run.flush();
  await run.ensure(
    frameworkElementRecord,
    seeds.flatMap((framework) =>
      framework.elements.map((element) => ({
        frameworkId: run.idOf(frameworkRecord, framework.code),
        code: element.code,
        position: element.position,
        nameEn: element.nameEn,
        description: element.description ?? null,
      })),
    ),
  );
  await run.flush();
  await run.ensure(
    indicatorFrameworkElementRecord,
    indicatorMappings.map((mapping) => ({
      indicatorId: run.idOf(indicatorRecord, mapping.indicatorCode),
      elementId: run.idOf(
        frameworkElementRecord,
        run.idOf(frameworkRecord, mapping.frameworkCode),
        mapping.elementCode,
      ),
      rationale: mapping.rationale,
    })),
  );
}
