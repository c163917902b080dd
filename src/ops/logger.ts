import pino from 'pino';
import { withoutDatabaseValues } from './database-error-redaction';

/** The hub's structured logger: one JSON object per line. */
export type Logger = pino.Logger;

/** Where log lines go; tests pass a stream of their own to read them. */
export type LogDestination = pino.DestinationStream;

/**
 * Paths pino replaces with "[redacted]". The hub never logs headers or variables; this is the
 * second guard, should someone log a request or its headers one day.
 */
const REDACTED_PATHS = [
  'authorization',
  'headers.authorization',
  'headers.cookie',
  'req.headers.authorization',
  'req.headers.cookie',
  'request.headers.authorization',
  '*.authorization',
  'secret',
  '*.secret',
];

/** Errors (`err`) as pino shows them, database errors without the values in their SQL and fields. */
const serializers = { err: (error: Error) => pino.stdSerializers.err(withoutDatabaseValues(error) as Error) };

/** LOG_LEVEL when set; otherwise `info`, and `silent` under vitest so test output stays readable. */
function defaultLevel(): string {
  return process.env.LOG_LEVEL ?? (process.env.VITEST ? 'silent' : 'info');
}

/** A logger writing to `destination` (standard output unless given) at `level`. */
export function createLogger(destination?: LogDestination, level = defaultLevel()): Logger {
  const options: pino.LoggerOptions = {
    level,
    redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
    serializers,
    timestamp: pino.stdTimeFunctions.isoTime,
  };
  return destination ? pino(options, destination) : pino(options);
}

/** The process's logger; servers and tests that need their own pass one down instead. */
export const logger: Logger = createLogger();
