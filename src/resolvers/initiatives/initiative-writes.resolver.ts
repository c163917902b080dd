import { initiativeSpec } from '../../writes/initiative.writes';
import { InitiativeInput } from './initiative.input';
import { recordWriteResolver } from '../record-writes/record-write.resolver';

/** createInitiative, updateInitiative, archiveInitiative. */
export const InitiativeWritesResolver = recordWriteResolver(initiativeSpec, InitiativeInput);
