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
