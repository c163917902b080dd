import { ObjectType } from 'type-graphql';
import { PolicyDocument } from '../../entities/policy-document.entity';
import { ConnectionType } from '../../schema/connection';

@ObjectType({ description: 'A page of PolicyDocument items.' })
export class PolicyDocumentConnection extends ConnectionType(PolicyDocument, 'PolicyDocument') {}
