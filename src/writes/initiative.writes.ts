import { type InitiativeStatus, initiativeRecord } from '../entities/initiative.entity';
import { recordSpec } from './record-spec';

/** What a write of an initiative reads from its input: the editable fields, and the records it names by global id (or code). */
export interface InitiativeFields {
  programme: string;
  component?: string | null;
  code: string;
  nameEn: string;
  nameLocal?: string | null;
  summary?: string | null;
  leadOrganisation?: string | null;
  leadMunicipality?: string | null;
  startOn?: string | null;
  endOn?: string | null;
  grantAmount?: number | null;
  grantCurrency?: string | null;
  status?: InitiativeStatus | null;
}

/** Initiatives: ADMIN, and EDITOR tokens in the programmes their organisations fund or implement. */
export const initiativeSpec = recordSpec<InitiativeFields>(initiativeRecord, {
  references: {
    programme: { typeName: 'Programme', column: 'programme_id' },
    component: { typeName: 'ProgrammeComponent', column: 'component_id' },
    leadOrganisation: { typeName: 'Organisation', column: 'lead_organisation_id' },
    leadMunicipality: { typeName: 'Municipality', column: 'lead_municipality_id' },
  },
  columns: (input) => ({
    code: input.code,
    name_en: input.nameEn,
    name_local: input.nameLocal ?? null,
    summary: input.summary ?? null,
    start_on: input.startOn ?? null,
    end_on: input.endOn ?? null,
    grant_amount: input.grantAmount ?? null,
    grant_currency: input.grantCurrency ?? null,
    status: input.status ?? null,
  }),
  consistency: ({ component }, values) =>
    component && component.programmeId !== values.programme_id
      ? [{ path: 'input.component', reason: 'belongs to another programme than `programme`.' }]
      : [],
  editors: { actions: ['CREATE', 'UPDATE', 'ARCHIVE'], programmeOf: (row) => row.programme_id as number },
});
