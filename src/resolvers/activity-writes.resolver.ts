import { Activity } from '../entities/activity.entity';
import { activitySpec } from '../writes/activity.spec';
import { ActivityInput } from './activity.input';
import { recordWriteResolver } from './record-write.resolver';

/** createActivity, updateActivity, archiveActivity. */
export const ActivityWritesResolver = recordWriteResolver(activitySpec, Activity, ActivityInput);
