import { ProgrammeComponent } from '../../entities/programme-component.entity';
import { programmeComponentSpec } from '../../writes/programme-component.writes';
import { ProgrammeComponentInput } from './programme-component.input';
import { recordWriteResolver } from '../record-writes/record-write.resolver';

/** createProgrammeComponent, updateProgrammeComponent, archiveProgrammeComponent. */
export const ProgrammeComponentWritesResolver = recordWriteResolver(
  programmeComponentSpec,
  ProgrammeComponent,
  ProgrammeComponentInput,
);
