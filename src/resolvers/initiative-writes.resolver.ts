import { Initiative } from '../entities/initiative.entity';
import { initiativeSpec } from '../writes/initiative.spec';
import { InitiativeInput } from './initiative.input';
import { recordWriteResolver } from './record-write.resolver';

/** createInitiative, updateInitiative, archiveInitiative. */
export const InitiativeWritesResolver = recordWriteResolver(initiativeSpec, Initiative, InitiativeInput);
