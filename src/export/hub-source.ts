import type { ExportSource } from './export-table';

/** The hub's name as its files cite it. */
export const HUB_NAME = 'Programme monitoring hub';

/** The hub itself as a source: the figures it computed from the records it holds, with how it computed them. */
export function hubSource(note: string): ExportSource {
  return { title: HUB_NAME, url: null, note };
}
