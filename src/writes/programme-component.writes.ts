import { programmeComponentRecord } from '../entities/programme-component.entity';
import { recordSpec } from './record-spec';

/** What a write of a programme component reads from its input: the editable fields, and the records it names by global id (or code). */
export interface ProgrammeComponentFields {
  programme: string;
  position: number;
  nameEn: string;
  nameLocal?: string | null;
  summary?: string | null;
}

/** Programme components: ADMIN, and EDITOR tokens in the programmes their organisations fund or implement. */
export const programmeComponentSpec = recordSpec<ProgrammeComponentFields>(programmeComponentRecord, {
  references: { programme: { typeName: 'Programme', column: 'programme_id' } },
  columns: (input) => ({
    position: input.position,
    name_en: input.nameEn,
    name_local: input.nameLocal ?? null,
    summary: input.summary ?? null,
  }),
  editors: { actions: ['CREATE', 'UPDATE', 'ARCHIVE'], programmeOf: (row) => row.programme_id as number },
});
