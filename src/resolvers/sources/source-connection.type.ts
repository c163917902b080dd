import { ObjectType } from 'type-graphql';
import { Source } from '../../entities/source.entity';
import { ConnectionType } from '../../schema/connection';

@ObjectType({ description: 'A page of Source items.' })
export class SourceConnection extends ConnectionType(Source, 'Source') {}
