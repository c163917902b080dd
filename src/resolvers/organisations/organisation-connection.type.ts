import { ObjectType } from 'type-graphql';
import { Organisation } from '../../entities/organisation.entity';
import { ConnectionType } from '../../schema/connection';

@ObjectType({ description: 'A page of Organisation items.' })
export class OrganisationConnection extends ConnectionType(Organisation, 'Organisation') {}
