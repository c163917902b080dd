import { ObjectType } from 'type-graphql';
import { GoodPractice } from '../../entities/good-practice.entity';
import { ConnectionType } from '../../schema/connection';

@ObjectType({ description: 'A page of GoodPractice items.' })
export class GoodPracticeConnection extends ConnectionType(GoodPractice, 'GoodPractice') {}
