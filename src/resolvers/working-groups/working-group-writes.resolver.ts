import { workingGroupSpec } from '../../writes/working-group.writes';
import { WorkingGroupInput } from './working-group.input';
import { recordWriteResolver } from '../record-writes/record-write.resolver';

/** createWorkingGroup, updateWorkingGroup, archiveWorkingGroup. */
export const WorkingGroupWritesResolver = recordWriteResolver(workingGroupSpec, WorkingGroupInput);
