import { charterSignatureRecord } from '../entities/charter-signature.entity';
import { recordSpec } from './record-spec';

/** What a write of a charter signature reads from its input: the editable fields, and the records it names by global id (or code). */
export interface CharterSignatureFields {
  municipality: string;
  signedOn?: string | null;
  actionPlanAdoptedOn?: string | null;
  source?: string | null;
}

/** Charter signatures: ADMIN tokens only; a municipality signs once. */
export const charterSignatureSpec = recordSpec<CharterSignatureFields>(charterSignatureRecord, {
  references: {
    municipality: { typeName: 'Municipality', column: 'municipality_id' },
    source: { typeName: 'Source', column: 'source_id' },
  },
  columns: (input) => ({
    signed_on: input.signedOn ?? null,
    action_plan_adopted_on: input.actionPlanAdoptedOn ?? null,
  }),
});
