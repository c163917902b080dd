import { activitySpec } from '../../writes/activity.writes';
import { ActivityInput } from './activity.input';
import { recordWriteResolver } from '../record-writes/record-write.resolver';

/** createActivity, updateActivity, archiveActivity. */
export const ActivityWritesResolver = recordWriteResolver(activitySpec, ActivityInput);
