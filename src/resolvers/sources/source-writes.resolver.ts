import { sourceSpec } from '../../writes/source.writes';
import { recordWriteResolver } from '../record-writes/record-write.resolver';
import { SourceInput } from './source.input';

/** createSource, updateSource, archiveSource. */
export const SourceWritesResolver = recordWriteResolver(sourceSpec, SourceInput);
