import type { ExportSource } from './export-table';

/** The sources of a file, each once, in the order first met. */
export class ExportSources {
  private readonly byKey = new Map<string, ExportSource>();

  add(sources: ExportSource[]): void {
    for (const source of sources) this.byKey.set(JSON.stringify([source.title, source.url, source.note]), source);
  }

  list(): ExportSource[] {
    return [...this.byKey.values()];
  }
}

/** The shape of a source the operations select, as a file cites it. */
export interface SelectedSource {
  title: string;
  publisher?: string | null;
  publishedYear?: number | null;
  url: string | null;
}

/** A source as a file lists it: its title with its publisher and year, its address, and `note` (what it gives, or its words). */
export function citedSource(source: SelectedSource, note: string | null | undefined): ExportSource {
  return {
    title: [source.title, source.publisher, source.publishedYear].filter(Boolean).join(', '),
    url: source.url,
    note: note ?? '',
  };
}
