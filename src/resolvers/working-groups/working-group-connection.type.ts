import { ObjectType } from 'type-graphql';
import { WorkingGroup } from '../../entities/working-group.entity';
import { ConnectionType } from '../../schema/connection';

@ObjectType({ description: 'A page of WorkingGroup items.' })
export class WorkingGroupConnection extends ConnectionType(WorkingGroup, 'WorkingGroup') {}
