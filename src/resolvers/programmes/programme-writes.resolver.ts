import { programmeSpec } from '../../writes/programme.writes';
import { ProgrammeInput } from './programme.input';
import { recordWriteResolver } from '../record-writes/record-write.resolver';

/** createProgramme, updateProgramme, archiveProgramme. */
export const ProgrammeWritesResolver = recordWriteResolver(programmeSpec, ProgrammeInput);
