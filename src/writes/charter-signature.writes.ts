import { CharterSignature } from '../entities/charter-signature.entity';
import type { CharterSignatureInput } from '../resolvers/charter/charter-signature.input';
import type { RecordSpec } from './record-spec';

/** Charter signatures: ADMIN tokens only; a municipality signs once. */
export const charterSignatureSpec: RecordSpec<CharterSignatureInput> = {
  typeName: 'CharterSignature',
  entity: CharterSignature,
  references: {
    municipality: { typeName: 'Municipality', column: 'municipality_id' },
    source: { typeName: 'Source', column: 'source_id' },
  },
  columns: (input) => ({ signed_on: input.signedOn ?? null, action_plan_adopted_on: input.actionPlanAdoptedOn ?? null }),
  naturalKeys: [{ columns: ['municipality_id'], field: 'municipality', describe: () => "this municipality's signature (a municipality signs once)" }],
};
