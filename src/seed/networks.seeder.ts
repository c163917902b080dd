import { networkRecord } from '../entities/network.entity';
import { organisationRecord } from '../entities/organisation.entity';
import { sourceRecord } from '../entities/source.entity';
import { networks } from './networks.seed-data';
import { optionalProgrammeId } from './optional-owners';
import type { SeedRun } from './seed-run';

/** The networks, by code. */
export async function seedNetworks(run: SeedRun): Promise<void> {
  await run.ensure(
    networkRecord,
    networks.map((network) => ({
      code: network.code,
      nameEn: network.nameEn,
      summary: network.summary,
      organisationId: run.idOf(organisationRecord, network.organisationCode),
      programmeId: optionalProgrammeId(run, network),
      sourceId: run.idOf(sourceRecord, network.sourceKey),
    })),
  );
}
