import { ProgrammeComponent } from '../entities/programme-component.entity';
import type { ProgrammeComponentInput } from '../resolvers/programmes/programme-component.input';
import type { RecordSpec } from './record-spec';

/** Programme components: ADMIN, and EDITOR tokens in the programmes their organisations fund or implement. */
export const programmeComponentSpec: RecordSpec<ProgrammeComponentInput> = {
  typeName: 'ProgrammeComponent',
  entity: ProgrammeComponent,
  references: { programme: { typeName: 'Programme', column: 'programme_id' } },
  columns: (input) => ({ position: input.position, name_en: input.nameEn, name_local: input.nameLocal ?? null, summary: input.summary ?? null }),
  naturalKeys: [{ columns: ['programme_id', 'position'], field: 'position', describe: (values) => `position ${String(values.position)} in this programme` }],
  editors: { actions: ['CREATE', 'UPDATE', 'ARCHIVE'], programmeOf: (row) => row.programme_id as number },
};
