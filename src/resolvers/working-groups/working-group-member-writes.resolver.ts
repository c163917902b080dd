import { workingGroupMemberSpec } from '../../writes/working-group-member.writes';
import { WorkingGroupMemberInput } from './working-group-member.input';
import { recordWriteResolver } from '../record-writes/record-write.resolver';

/** createWorkingGroupMember, updateWorkingGroupMember, archiveWorkingGroupMember. */
export const WorkingGroupMemberWritesResolver = recordWriteResolver(workingGroupMemberSpec, WorkingGroupMemberInput);
