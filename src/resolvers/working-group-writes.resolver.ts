import { WorkingGroup } from '../entities/working-group.entity';
import { workingGroupSpec } from '../writes/working-group.spec';
import { WorkingGroupInput } from './working-group.input';
import { recordWriteResolver } from './record-write.resolver';

/** createWorkingGroup, updateWorkingGroup, archiveWorkingGroup. */
export const WorkingGroupWritesResolver = recordWriteResolver(workingGroupSpec, WorkingGroup, WorkingGroupInput);
