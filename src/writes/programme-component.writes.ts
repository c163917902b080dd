import { ProgrammeComponent } from '../entities/programme-component.entity';
import type { RecordSpec } from './record-spec';

/** What a write of a programme component reads from its input: the editable fields, and the records it names by global id (or code). */
export interface ProgrammeComponentFields {
  programme: string;
  position: number;
  nameEn: string;
  nameLocal?: string | null;
  summary?: string | null;
}

/** Programme components: ADMIN, and EDITOR tokens in the programmes their organisations fund or implement. */
export const programmeComponentSpec: RecordSpec<ProgrammeComponentFields> = {
  typeName: 'ProgrammeComponent',
  entity: ProgrammeComponent,
  references: { programme: { typeName: 'Programme', column: 'programme_id' } },
  columns: (input) => ({
    position: input.position,
    name_en: input.nameEn,
    name_local: input.nameLocal ?? null,
    summary: input.summary ?? null,
  }),
  naturalKeys: [
    {
      columns: ['programme_id', 'position'],
      field: 'position',
      describe: (values) => `position ${String(values.position)} in this programme`,
    },
  ],
  editors: { actions: ['CREATE', 'UPDATE', 'ARCHIVE'], programmeOf: (row) => row.programme_id as number },
};
