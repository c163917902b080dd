import { charterSignatureSpec } from '../../writes/charter-signature.writes';
import { CharterSignatureInput } from './charter-signature.input';
import { recordWriteResolver } from '../record-writes/record-write.resolver';

/** createCharterSignature, updateCharterSignature, archiveCharterSignature. */
export const CharterSignatureWritesResolver = recordWriteResolver(charterSignatureSpec, CharterSignatureInput);
