import type { IncomingMessage } from 'node:http';
import { RequestError } from './http-json';
import type { ImportPayment } from './limits/import-payment';

/** What an import's body is held to. */
export interface ImportBodyLimits {
  /** Largest file, in bytes (IMPORT_MAX_BYTES). */
  maxBytes: number;
  /** Longest wait for the next bytes while the import is ready for them, in milliseconds (IMPORT_IDLE_TIMEOUT_MS). */
  idleTimeoutMs: number;
  /** Pays for the bytes from the client's rate budget before they go on. */
  payment: ImportPayment;
}

/** `next` of the body, or a 408 refusal when no bytes come within `idleTimeoutMs`. */
async function nextWithin(
  next: Promise<IteratorResult<Buffer>>,
  idleTimeoutMs: number,
): Promise<IteratorResult<Buffer>> {
  let timer: NodeJS.Timeout | undefined;
  const idle = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(
      () =>
        reject(
          new RequestError(
            408,
            `No bytes of the CSV file arrived for ${idleTimeoutMs} ms (IMPORT_IDLE_TIMEOUT_MS); the import stopped and wrote nothing.`,
          ),
        ),
      idleTimeoutMs,
    );
  });
  try {
    return await Promise.race([next, idle]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * The body's bytes as the import asks for them: refused past `maxBytes` (413), paid for before they
 * go on, and given up on (408) when the client sends nothing for `idleTimeoutMs` while the import
 * waits for it. Time the import spends writing, with the client held back by backpressure, does not
 * count as idle. An import that stops reading early leaves the request open, so the refusal can
 * still be answered.
 */
export async function* importBody(req: IncomingMessage, limits: ImportBodyLimits): AsyncGenerator<Buffer> {
  const chunks = req.iterator({ destroyOnReturn: false });
  let size = 0;
  for (;;) {
    const next = await nextWithin(chunks.next(), limits.idleTimeoutMs);
    if (next.done) return;
    size += next.value.length;
    if (size > limits.maxBytes)
      throw new RequestError(413, `The CSV file is larger than ${limits.maxBytes} bytes (IMPORT_MAX_BYTES).`);
    await limits.payment.cover(size);
    yield next.value;
  }
}
