import type { GraphQLFormattedError } from 'graphql';

/** How a column's cells are written: numbers and dates as such in XLSX, all as text in CSV. */
export type CellType = 'number' | 'date' | 'text';

/** One column of an exported table. */
export interface ExportColumn {
  header: string;
  type: CellType;
}

/** A cell: a number, a day (`YYYY-MM-DD`), text, or empty. */
export type Cell = string | number | null;

/** Where a table's figures come from, listed once per file (the XLSX Sources sheet). */
export interface ExportSource {
  title: string;
  url: string | null;
  /** What the source gives the table, or its own words. */
  note: string;
}

/** A page of an exported table's rows, with the sources its figures come from. */
export interface ExportPage {
  rows: Cell[][];
  sources: ExportSource[];
}

/** An error of an operation's answer that leaves the rest standing: a field the caller may not read, answered null. */
export type IgnorableError = (error: GraphQLFormattedError) => boolean;

/**
 * Runs a GraphQL operation as the caller and returns its data (shaped as the operation selects it);
 * refuses with the operation's errors, but for those the table finds ignorable, each given to `ignored`.
 */
export type RunOperation = <Data>(
  query: string,
  variables: object,
  ignored?: (error: GraphQLFormattedError) => void,
) => Promise<Data>;

/**
 * A table the hub exports: its columns (the page's table, with source columns), the variables of its
 * operation read from the page's URL state, and its rows a page at a time from that operation.
 */
export interface ExportTable<Variables> {
  /** Its name in the export's path, e.g. `benchmark-ranking`. */
  name: string;
  /** The sheet's title. */
  title: string;
  columns: ExportColumn[];
  /** The operation's variables from the page's query string; throws ExportInputError on bad input. */
  variables(query: URLSearchParams): Variables;
  pages(run: RunOperation, variables: Variables): AsyncIterable<ExportPage>;
  /** Errors its operation may answer with beside its data (a hidden amount): the file holds an empty cell there. */
  ignorable?: IgnorableError;
}

/** A query string an export cannot be made from; answered 400 with its message. */
export class ExportInputError extends Error {}

/** A page of a connection as the export operations select it. */
export interface SelectedPage<Node> {
  nodes: Node[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

/**
 * The pages of a connection, one operation each: `query` run with `variables` and `after` the end
 * cursor of the page before, `connection` taking the page out of the answer, until the last page.
 */
export async function* connectionPages<Data, Node>(
  run: RunOperation,
  query: string,
  variables: object,
  connection: (data: Data) => SelectedPage<Node>,
): AsyncIterable<Node[]> {
  let after: string | null = null;
  do {
    const { nodes, pageInfo } = connection(await run<Data>(query, { ...variables, after }));
    yield nodes;
    after = pageInfo.hasNextPage ? pageInfo.endCursor : null;
  } while (after);
}
