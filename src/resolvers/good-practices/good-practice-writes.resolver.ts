import { goodPracticeSpec } from '../../writes/good-practice.writes';
import { GoodPracticeInput } from './good-practice.input';
import { recordWriteResolver } from '../record-writes/record-write.resolver';

/** createGoodPractice, updateGoodPractice, archiveGoodPractice. */
export const GoodPracticeWritesResolver = recordWriteResolver(goodPracticeSpec, GoodPracticeInput);
