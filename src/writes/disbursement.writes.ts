import { disbursementRecord, MAX_DISBURSEMENTS_PER_PROGRAMME } from '../entities/disbursement.entity';
import { recordSpec } from './record-spec';

/** What a write of a disbursement reads from its input: the editable fields, and the records it names by global id. */
export interface DisbursementFields {
  programme: string;
  disbursedOn: string;
  amount: number;
  currency: string;
  provider: string;
  receiver?: string | null;
  description?: string | null;
  source: string;
}

/**
 * Disbursements: ADMIN, and EDITOR tokens in the programmes their organisations fund or implement.
 * The provider is one of the programme's funders; the receiver any organisation (naming either
 * grants nothing, so an EDITOR names organisations it does not act for). A programme holds at most
 * MAX_DISBURSEMENTS_PER_PROGRAMME of them.
 */
export const disbursementSpec = recordSpec<DisbursementFields>(disbursementRecord, {
  references: {
    programme: { typeName: 'Programme', column: 'programme_id' },
    provider: { typeName: 'Organisation', column: 'provider_id', grantsNothing: true },
    receiver: { typeName: 'Organisation', column: 'receiver_id', grantsNothing: true },
    source: { typeName: 'Source', column: 'source_id' },
  },
  columns: (input) => ({
    disbursed_on: input.disbursedOn,
    amount: input.amount,
    currency: input.currency,
    description: input.description ?? null,
  }),
  consistency: async (_, values, loaders) => {
    const funders = await loaders.fundersByProgramme.load(values.programme_id as number);
    return funders.some((funding) => funding.organisationId === values.provider_id)
      ? []
      : [{ path: 'input.provider', reason: 'is not one of the funders of `programme`.' }];
  },
  rowCap: { field: 'programme', cap: MAX_DISBURSEMENTS_PER_PROGRAMME, noun: 'disbursements' },
  editors: { actions: ['CREATE', 'UPDATE', 'ARCHIVE'], programmeOf: (row) => row.programme_id as number },
});
