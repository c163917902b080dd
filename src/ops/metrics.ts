import cluster from 'node:cluster';
import type { MikroORM } from '@mikro-orm/postgresql';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import { clusterMetricsOf } from './cluster-metrics';

/**
 * Clients choose the operation names, so the labels are bounded: names beyond this many distinct
 * ones, and names longer than `MAX_OPERATION_LABEL_LENGTH`, are counted as `<other>`.
 */
const MAX_OPERATION_LABELS = 200;
const MAX_OPERATION_LABEL_LENGTH = 100;

/** The part of tarn's pool (knex's, under MikroORM) the gauges read. */
interface ConnectionPool {
  numUsed(): number;
  numFree(): number;
  numPendingAcquires(): number;
  numPendingCreates(): number;
}

/** One finished GraphQL request, as the metrics see it. */
export interface ObservedRequest {
  /** The resolved operation's name; null when anonymous; undefined when none was resolved. */
  operationName: string | null | undefined;
  seconds: number;
  errorCodes: readonly string[];
  /** SQL statements the request sent. */
  sqlStatements: number;
}

/** The hub's Prometheus metrics: requests, durations and errors of the API, the database pool, the process. */
export class HubMetrics {
  readonly registry = new Registry();
  private readonly requests: Counter<'operation'>;
  private readonly durations: Histogram<'operation'>;
  private readonly errors: Counter<'code'>;
  private readonly sqlStatements: Counter<'operation'>;
  private readonly operationLabels = new Set<string>();
  /** In a worker of WEB_CONCURRENCY > 1: every worker's metrics, summed by the primary. */
  private readonly clustered: (() => Promise<string>) | undefined;

  constructor(orm: MikroORM) {
    this.clustered = cluster.isWorker ? clusterMetricsOf(this.registry) : undefined;
    const registers = [this.registry];
    collectDefaultMetrics({ register: this.registry });
    this.requests = new Counter({
      name: 'hub_graphql_requests_total',
      help: 'GraphQL requests answered, by operation name.',
      labelNames: ['operation'],
      registers,
    });
    this.durations = new Histogram({
      name: 'hub_graphql_request_duration_seconds',
      help: 'Time from a GraphQL request arriving to its answer, by operation name.',
      labelNames: ['operation'],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers,
    });
    this.errors = new Counter({
      name: 'hub_graphql_errors_total',
      help: 'Errors in GraphQL responses, by extensions.code.',
      labelNames: ['code'],
      registers,
    });
    this.sqlStatements = new Counter({
      name: 'hub_sql_statements_total',
      help: 'SQL statements sent by GraphQL requests, by operation name; divided by hub_graphql_requests_total, the statements per request.',
      labelNames: ['operation'],
      registers,
    });
    const pool = (): ConnectionPool | undefined => (orm.em.getKnex().client as { pool?: ConnectionPool }).pool;
    new Gauge({
      name: 'hub_db_pool_connections',
      help: 'Database connections in the pool, by state: used (lent to a query) or idle.',
      labelNames: ['state'],
      registers,
      collect() {
        const current = pool();
        this.set({ state: 'used' }, current?.numUsed() ?? 0);
        this.set({ state: 'idle' }, current?.numFree() ?? 0);
      },
    });
    new Gauge({
      name: 'hub_db_pool_waiting',
      help: 'Queries waiting for a database connection.',
      registers,
      collect() {
        this.set(pool()?.numPendingAcquires() ?? 0);
      },
    });
    new Gauge({
      name: 'hub_db_pool_pending_creates',
      help: 'Database connections being opened.',
      registers,
      collect() {
        this.set(pool()?.numPendingCreates() ?? 0);
      },
    });
  }

  /** Counts one answered GraphQL request, its duration, its SQL statements and the codes of its errors. */
  observeRequest(request: ObservedRequest): void {
    const operation = this.operationLabel(request.operationName);
    this.requests.inc({ operation });
    this.durations.observe({ operation }, request.seconds);
    this.sqlStatements.inc({ operation }, request.sqlStatements);
    for (const code of request.errorCodes) this.errors.inc({ code });
  }

  /** The metrics in Prometheus's text format (of every worker, summed, under WEB_CONCURRENCY > 1), and its content type. */
  async render(): Promise<{ body: string; contentType: string }> {
    const body = this.clustered ? await this.clustered() : await this.registry.metrics();
    return { body, contentType: this.registry.contentType };
  }

  private operationLabel(name: string | null | undefined): string {
    if (name === undefined) return '<unresolved>';
    if (name === null) return '<anonymous>';
    if (this.operationLabels.has(name)) return name;
    if (name.length > MAX_OPERATION_LABEL_LENGTH || this.operationLabels.size >= MAX_OPERATION_LABELS) return '<other>';
    this.operationLabels.add(name);
    return name;
  }
}
