import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { HUB_NODE_FLAGS } from '../../src/ops/node-flags';
import { builtFile } from './built-app';

/** The hub running as `npm start` runs it, in a process of its own. */
export interface HubProcess {
  /** The GraphQL endpoint. */
  url: string;
  /** Its process id, for reading its memory. */
  pid: number;
  /** Kills it (SIGKILL) unless it has exited, and waits until it has. */
  stop(): Promise<void>;
  /** Settles when it has exited, with its exit code (null when a signal ended it). */
  exited: Promise<number | null>;
}

/**
 * Starts the compiled `src/main.js` with `env` added to the test's environment, on a free port,
 * logging at `info` so its log line with the address can be read. A request that blocks this hub's
 * event loop leaves the test's own clock running, so the test can time it out and fail. `onLine`,
 * when given, reads every line it writes to standard output. Node gets `nodeFlags`: those `npm start`
 * gives it unless told otherwise.
 */
export async function startHubProcess(
  env: Record<string, string>,
  startTimeoutMs = 60_000,
  onLine?: (line: string) => void,
  nodeFlags: readonly string[] = HUB_NODE_FLAGS,
): Promise<HubProcess> {
  const main = await builtFile('src/main.js');
  const child = spawn(process.execPath, [...nodeFlags, main], {
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    await exited;
  };
  // What it wrote until it served, for the error when it does not; read on after that, kept no more.
  let output = '';
  let serving = false;
  child.stderr.on('data', (chunk: Buffer) => {
    if (!serving) output += chunk.toString('utf8');
  });
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`The hub did not start within ${startTimeoutMs} ms.\n${output}`)),
      startTimeoutMs,
    );
    createInterface({ input: child.stdout }).on('line', (line) => {
      onLine?.(line);
      if (serving) return;
      output += `${line}\n`;
      try {
        const logged = JSON.parse(line) as { url?: unknown };
        if (typeof logged.url === 'string') {
          serving = true;
          clearTimeout(timer);
          resolve(logged.url);
        }
      } catch {
        // Not a log line of the hub's.
      }
    });
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`The hub exited (${signal ?? code}) before serving.\n${output}`));
    });
  }).catch(async (error: unknown) => {
    await stop();
    throw error;
  });
  return { url, pid: child.pid!, stop, exited };
}
