import { ObjectType } from 'type-graphql';
import { Programme } from '../../entities/programme.entity';
import { ConnectionType } from '../../schema/connection';

@ObjectType({ description: 'A page of Programme items.' })
export class ProgrammeConnection extends ConnectionType(Programme, 'Programme') {}
