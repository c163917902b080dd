import { ObjectType } from 'type-graphql';
import { Indicator } from '../../entities/indicator.entity';
import { ConnectionType } from '../../schema/connection';

@ObjectType({ description: 'A page of Indicator items.' })
export class IndicatorConnection extends ConnectionType(Indicator, 'Indicator') {}
