import { HUB_HEADERS } from './hub-headers';

/** What the hub answered to an import: its counts, or the problems by line (nothing written). */
export type ImportAnswer =
  | { ok: true; received: number; created: number; updated: number; unchanged: number }
  | { ok: false; status: number; problems: { message: string; line?: number; field?: string }[] };

/**
 * Sends a CSV file of values to `POST /import/observations` (as drafts when `draft`), reporting the
 * share of the file sent so far (0-1) as it goes: XMLHttpRequest, since fetch tells nothing of an
 * upload's progress.
 */
export function uploadCsv(file: Blob, draft: boolean, onProgress: (share: number) => void): Promise<ImportAnswer> {
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open('POST', `/import/observations${draft ? '?draft=true' : ''}`);
    request.withCredentials = true;
    for (const [name, value] of Object.entries(HUB_HEADERS)) request.setRequestHeader(name, value);
    request.setRequestHeader('Content-Type', 'text/csv; charset=utf-8');
    request.responseType = 'json';
    request.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress(event.loaded / event.total);
    };
    request.onload = () => {
      onProgress(1);
      const body = (request.response ?? {}) as {
        received?: number;
        created?: number;
        updated?: number;
        unchanged?: number;
        errors?: { message: string; extensions?: { line?: number; field?: string } }[];
      };
      if (request.status === 200)
        resolve({
          ok: true,
          received: body.received ?? 0,
          created: body.created ?? 0,
          updated: body.updated ?? 0,
          unchanged: body.unchanged ?? 0,
        });
      else
        resolve({
          ok: false,
          status: request.status,
          problems: (body.errors ?? [{ message: `HTTP ${request.status}` }]).map((error) => ({
            message: error.message,
            line: error.extensions?.line,
            field: error.extensions?.field,
          })),
        });
    };
    request.onerror = () => reject(new Error('The upload did not reach the hub.'));
    request.send(file);
  });
}
