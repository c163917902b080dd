import { policyDocumentSpec } from '../../writes/policy-document.writes';
import { PolicyDocumentInput } from './policy-document.input';
import { recordWriteResolver } from '../record-writes/record-write.resolver';

/** createPolicyDocument, updatePolicyDocument, archivePolicyDocument. */
export const PolicyDocumentWritesResolver = recordWriteResolver(policyDocumentSpec, PolicyDocumentInput);
