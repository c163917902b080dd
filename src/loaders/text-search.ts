import type { Knex } from '@mikro-orm/postgresql';
import { badUserInput } from '../schema/errors';

export const MAX_SEARCH_LENGTH = 200;

/** Escapes LIKE's wildcards so the text matches literally. */
function likePattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (character) => `\\${character}`)}%`;
}

/** Keeps rows where any of `columns` contains `text`, ignoring case; `text` is matched literally. */
export function whereTextContains(query: Knex.QueryBuilder, columns: string[], text: string, argument: string): void {
  if (text.length > MAX_SEARCH_LENGTH)
    throw badUserInput(argument, `is ${text.length} characters long; at most ${MAX_SEARCH_LENGTH} are searched.`);
  const pattern = likePattern(text);
  query.where((inner) => {
    for (const column of columns) inner.orWhereRaw(`?? ilike ? escape '\\'`, [column, pattern]);
  });
}
