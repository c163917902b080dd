import { sourceRecord, type SourceKind } from '../entities/source.entity';
import { recordSpec } from './record-spec';

/** What a write of a source reads from its input: the editable fields, and the records it names by global id. */
export interface SourceFields {
  key: string;
  title: string;
  titleEn?: string | null;
  kind: SourceKind;
  publisher?: string | null;
  url?: string | null;
  publishedOn?: string | null;
  publishedYear?: number | null;
  language?: string | null;
  citedIn?: string | null;
}

/** Sources: ADMIN tokens only (every caller reads and cites them). No source is cited in itself, directly or through others. */
export const sourceSpec = recordSpec<SourceFields>(sourceRecord, {
  references: { citedIn: { typeName: 'Source', column: 'cited_in_id', acyclic: true } },
  columns: (input) => ({
    key: input.key,
    title: input.title,
    title_en: input.titleEn ?? null,
    kind: input.kind,
    publisher: input.publisher ?? null,
    url: input.url ?? null,
    published_on: input.publishedOn ?? null,
    published_year: input.publishedYear ?? null,
    language: input.language ?? null,
  }),
  consistency: (_, values) =>
    values.published_on != null &&
    values.published_year != null &&
    String(values.published_on).slice(0, 4) !== String(values.published_year)
      ? [{ path: 'input.publishedYear', reason: 'is not the year of `publishedOn`.' }]
      : [],
});
