import { RequestError } from '../http-json';
import type { LimitSettings } from '../server-settings';
import type { CostBudget } from './rate-budget';

/** An import costs one point of the client's rate budget per this many bytes of its file: about one a row. */
export const IMPORT_BYTES_PER_POINT = 64;
/** A file without a declared length is paid for this many bytes at a time, before they are read. */
export const IMPORT_PAYMENT_BYTES = 64 * 1024;

const pointsFor = (bytes: number) => Math.ceil(bytes / IMPORT_BYTES_PER_POINT);

/**
 * Pays for one import's file from its client's rate budget, the one GraphQL operations spend, ahead
 * of reading it: the whole declared `Content-Length` at once, or 64 KiB at a time as a chunked body
 * arrives. A payment the budget cannot cover is refused with 429 and Retry-After, and charged nothing.
 */
export class ImportPayment {
  private paidBytes = 0;

  constructor(
    private readonly budget: CostBudget,
    private readonly clientKey: string,
    private readonly limits: Pick<LimitSettings, 'rateLimitPoints' | 'rateLimitWindowSeconds'>,
    private readonly declaredBytes: number | undefined,
  ) {}

  /** Pays before the first byte is read. */
  start(): Promise<void> {
    return this.payUpTo(this.declaredBytes ?? IMPORT_PAYMENT_BYTES);
  }

  /** Pays for more once `receivedBytes` have arrived, when they are more than was paid for. */
  async cover(receivedBytes: number): Promise<void> {
    if (receivedBytes <= this.paidBytes) return;
    await this.payUpTo(Math.ceil(receivedBytes / IMPORT_PAYMENT_BYTES) * IMPORT_PAYMENT_BYTES);
  }

  private async payUpTo(bytes: number): Promise<void> {
    const points = pointsFor(bytes) - pointsFor(this.paidBytes);
    const spending = await this.budget.spend(this.clientKey, points);
    if (!spending.allowed) {
      const { remaining, retryAfterSeconds } = spending;
      throw new RequestError(
        429,
        `The CSV file's ${this.declaredBytes !== undefined ? '' : this.paidBytes === 0 ? 'first ' : 'next '}${bytes - this.paidBytes} bytes cost ${points} points (1 per ${IMPORT_BYTES_PER_POINT} bytes), more than the ${remaining} left of this client's ${this.limits.rateLimitPoints} per ${this.limits.rateLimitWindowSeconds} s; retry in ${retryAfterSeconds} s.`,
        'QUERY_TOO_COMPLEX',
        retryAfterSeconds,
      );
    }
    this.paidBytes = bytes;
  }
}
