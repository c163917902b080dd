import { ObjectType } from 'type-graphql';
import { Activity } from '../../entities/activity.entity';
import { ConnectionType } from '../../schema/connection';

@ObjectType({ description: 'A page of Activity items.' })
export class ActivityConnection extends ConnectionType(Activity, 'Activity') {}
