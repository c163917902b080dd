import { ObjectType } from 'type-graphql';
import { Municipality } from '../../entities/municipality.entity';
import { ConnectionType } from '../../schema/connection';

@ObjectType({ description: 'A page of Municipality items.' })
export class MunicipalityConnection extends ConnectionType(Municipality, 'Municipality') {}
