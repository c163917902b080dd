import { indicatorRecord } from '../entities/indicator.entity';
import { observationRecord, ReviewStatus, ScopeKind } from '../entities/observation.entity';
import { organisationRecord } from '../entities/organisation.entity';
import { programmeRecord } from '../entities/programme.entity';
import { sourceRecord } from '../entities/source.entity';
import { observations, type ObservationScopeSeed, type ObservationSeed } from './observations.seed-data';
import type { SeedRun } from './seed-run';

/** The one scope column an observation fills, with its value. */
function scopeColumn(
  run: SeedRun,
  scope: ObservationScopeSeed,
): { countryCode: string } | { programmeId: number } | { organisationId: number } {
  switch (scope.kind) {
    case ScopeKind.COUNTRY:
      return { countryCode: scope.countryCode };
    case ScopeKind.PROGRAMME:
      return { programmeId: run.idOf(programmeRecord, scope.programmeCode) };
    case ScopeKind.ORGANISATION:
      return { organisationId: run.idOf(organisationRecord, scope.organisationCode) };
  }
}

/** The published values, by their natural key (indicator, scope, period, disaggregation cell, kind); approved from the start. */
export async function seedObservations(run: SeedRun): Promise<void> {
  const seeds: readonly ObservationSeed[] = observations;
  await run.ensure(
    observationRecord,
    seeds.map((seed) => ({
      indicatorId: run.idOf(indicatorRecord, seed.indicatorCode),
      scopeKind: seed.scope.kind,
      ...scopeColumn(run, seed.scope),
      periodStart: seed.periodStart,
      periodEnd: seed.periodEnd,
      sex: seed.sex,
      role: seed.role ?? null,
      kind: seed.kind,
      value: seed.value,
      numerator: seed.numerator ?? null,
      denominator: seed.denominator ?? null,
      sourceId: run.idOf(sourceRecord, seed.sourceKey),
      sourceQuote: seed.sourceQuote ?? null,
      // Published figures: the official record from the start.
      reviewStatus: ReviewStatus.APPROVED,
    })),
  );
}
