import { ObjectType } from 'type-graphql';
import { Observation } from '../../entities/observation.entity';
import { ConnectionType } from '../../schema/connection';

@ObjectType({ description: 'A page of Observation items.' })
export class ObservationConnection extends ConnectionType(Observation, 'Observation') {}
