import { ObjectType } from 'type-graphql';
import { CharterSignature } from '../../entities/charter-signature.entity';
import { ConnectionType } from '../../schema/connection';

@ObjectType({ description: 'A page of CharterSignature items.' })
export class CharterSignatureConnection extends ConnectionType(CharterSignature, 'CharterSignature') {}
