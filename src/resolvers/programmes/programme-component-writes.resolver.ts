import { programmeComponentSpec } from '../../writes/programme-component.writes';
import { ProgrammeComponentInput } from './programme-component.input';
import { recordWriteResolver } from '../record-writes/record-write.resolver';

/** createProgrammeComponent, updateProgrammeComponent, archiveProgrammeComponent. */
export const ProgrammeComponentWritesResolver = recordWriteResolver(programmeComponentSpec, ProgrammeComponentInput);
