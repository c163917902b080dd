import pino from 'pino';
import pinoPretty from 'pino-pretty';
import { logLevel } from '../settings/settings';
import { withoutDatabaseValues } from './database-error-redaction';

/** The hub's structured logger: one JSON object per line, or readable lines in a terminal. */
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

/**
 * Readable lines for a terminal (pino-pretty). A stream in this thread, written synchronously: as a
 * worker-thread transport it lost the last lines before `process.exit` ("Stopped.").
 */
function terminalStream(): LogDestination {
  return pinoPretty({ translateTime: 'SYS:HH:MM:ss.l', ignore: 'pid,hostname', sync: true });
}

/**
 * A logger writing to `destination` at `level` (LOG_LEVEL, see `logLevel`); without one, to standard output: JSON lines for
 * whatever reads them, readable lines when a person watches a terminal.
 */
export function createLogger(destination?: LogDestination, level: string = logLevel()): Logger {
  const options: pino.LoggerOptions = {
    level,
    redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
    serializers,
    timestamp: pino.stdTimeFunctions.isoTime,
  };
  if (destination) return pino(options, destination);
  return process.stdout.isTTY ? pino(options, terminalStream()) : pino(options);
}

/** The process's logger; servers and tests that need their own pass one down instead. */
export const logger: Logger = createLogger();
