import { Programme } from '../entities/programme.entity';
import { programmeSpec } from '../writes/programme.spec';
import { ProgrammeInput } from './programme.input';
import { recordWriteResolver } from './record-write.resolver';

/** createProgramme, updateProgramme, archiveProgramme. */
export const ProgrammeWritesResolver = recordWriteResolver(programmeSpec, Programme, ProgrammeInput);
