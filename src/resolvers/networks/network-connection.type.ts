import { ObjectType } from 'type-graphql';
import { Network } from '../../entities/network.entity';
import { ConnectionType } from '../../schema/connection';

@ObjectType({ description: 'A page of Network items.' })
export class NetworkConnection extends ConnectionType(Network, 'Network') {}
