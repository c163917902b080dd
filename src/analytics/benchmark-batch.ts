import type { Reader } from '../loaders/reader';
import type { Page } from '../schema/connection';
import type { PageRequest } from '../schema/page-args';
import { fetchRankingPage, type BenchmarkEntry } from './benchmark-ranking';
import type { BenchmarkRequest } from './benchmark-request';
import { fetchBenchmarkSummary, type BenchmarkSummary } from './benchmark-summary';

interface Pending<T> {
  resolve(value: T): void;
  reject(error: unknown): void;
}

/** What the fields of one ranking asked for while the operation's fields were being resolved. */
interface Batch {
  reader: Reader;
  summary: Pending<BenchmarkSummary>[];
  pages: (Pending<Page<BenchmarkEntry>> & { request: PageRequest })[];
}

const batches = new WeakMap<BenchmarkRequest, Batch>();

/** The batch of `request` being collected; a new one is dispatched once the fields of this pass are resolved (as DataLoader waits). */
function batchOf(reader: Reader, request: BenchmarkRequest): Batch {
  let batch = batches.get(request);
  if (!batch) {
    const created: Batch = { reader, summary: [], pages: [] };
    batches.set(request, (batch = created));
    void Promise.resolve().then(() =>
      process.nextTick(() => {
        batches.delete(request);
        void dispatch(request, created);
      }),
    );
  }
  return batch;
}

/**
 * Runs a batch: the first page with the summary in one statement (a ranking's counts and
 * statistics beside its entries cost one pass over the values, not two), any further page
 * (aliases) in one statement each; the summary alone when no page was asked for.
 */
async function dispatch(request: BenchmarkRequest, { reader, summary, pages }: Batch): Promise<void> {
  const settle = <T>(waiting: Pending<T>[], work: Promise<T>) =>
    work.then(
      (value) => waiting.forEach((pending) => pending.resolve(value)),
      (error: unknown) => waiting.forEach((pending) => pending.reject(error)),
    );
  if (pages.length === 0) return settle(summary, fetchBenchmarkSummary(reader, request));
  const [first, ...others] = pages;
  const combined = fetchRankingPage(reader, request, first.request, summary.length > 0);
  await Promise.all([
    settle(
      [first],
      combined.then((answer) => answer.page),
    ),
    settle(
      summary,
      combined.then((answer) => answer.summary!),
    ),
    ...others.map((pending) =>
      settle(
        [pending],
        fetchRankingPage(reader, request, pending.request, false).then((answer) => answer.page),
      ),
    ),
  ]);
}

/** A ranking's counts and statistics, answered with the ranking's first page when one is asked for in the same operation. */
export function summariseBenchmark(reader: Reader, request: BenchmarkRequest): Promise<BenchmarkSummary> {
  return new Promise((resolve, reject) => batchOf(reader, request).summary.push({ resolve, reject }));
}

/** One page of a ranking (see `fetchRankingPage`), batched with the ranking's summary. */
export function rankMunicipalities(
  reader: Reader,
  request: BenchmarkRequest,
  page: PageRequest,
): Promise<Page<BenchmarkEntry>> {
  return new Promise((resolve, reject) => batchOf(reader, request).pages.push({ request: page, resolve, reject }));
}
