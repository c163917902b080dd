import { networkRecord } from '../entities/network.entity';
import { recordSpec } from './record-spec';

/** What a write of a network reads from its input: the editable fields, and the records it names by global id. */
export interface NetworkFields {
  code: string;
  nameEn: string;
  summary?: string | null;
  organisation: string;
  programme?: string | null;
  source?: string | null;
}

/** Networks: ADMIN tokens only. */
export const networkSpec = recordSpec<NetworkFields>(networkRecord, {
  references: {
    organisation: { typeName: 'Organisation', column: 'organisation_id' },
    programme: { typeName: 'Programme', column: 'programme_id' },
    source: { typeName: 'Source', column: 'source_id' },
  },
  columns: (input) => ({ code: input.code, name_en: input.nameEn, summary: input.summary ?? null }),
});
