import { policyDocumentRecord } from '../entities/policy-document.entity';
import { sourceRecord } from '../entities/source.entity';
import { optionalOrganisationId } from './optional-owners';
import { policyDocuments, type PolicyDocumentSeed } from './policy-documents.seed-data';
import type { SeedRun } from './seed-run';

/** The policy documents, by code. */
export async function seedPolicyDocuments(run: SeedRun): Promise<void> {
  const seeds: readonly PolicyDocumentSeed[] = policyDocuments;
  await run.ensure(
    policyDocumentRecord,
    seeds.map((document) => ({
      code: document.code,
      titleEn: document.titleEn,
      kind: document.kind,
      status: document.status,
      summary: document.summary,
      organisationId: optionalOrganisationId(run, document),
      countryCode: document.countryCode ?? null,
      adoptedBy: document.adoptedBy ?? null,
      adoptedYear: document.adoptedYear ?? null,
      sourceId: run.idOf(sourceRecord, document.sourceKey),
    })),
  );
}
