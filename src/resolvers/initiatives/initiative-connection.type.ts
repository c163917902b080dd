import { ObjectType } from 'type-graphql';
import { Initiative } from '../../entities/initiative.entity';
import { ConnectionType } from '../../schema/connection';

@ObjectType({ description: 'A page of Initiative items.' })
export class InitiativeConnection extends ConnectionType(Initiative, 'Initiative') {}
