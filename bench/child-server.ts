import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream } from 'node:fs';

/** A server the benchmark runs as a child process. */
export interface ChildServer {
  url: string;
  pid: number;
  stop(): Promise<void>;
}

async function reachable(url: string): Promise<boolean> {
  try {
    return (await fetch(url)).ok;
  } catch {
    return false;
  }
}

function stopped(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

/**
 * Starts `node script` with `env` added to this process's environment, its output appended to
 * `logFile`, and waits (up to `timeoutMs`) until `readyUrl` answers 200, or until the child
 * prints a JSON line with its `url` when no `readyUrl` is given.
 */
export async function startChildServer(options: {
  script: string;
  env: Record<string, string>;
  logFile: string;
  url?: string;
  readyUrl?: string;
  timeoutMs?: number;
  /** Options for node itself before the script (`--cpu-prof`, ...). */
  nodeArgs?: string[];
}): Promise<ChildServer> {
  const log = createWriteStream(options.logFile, { flags: 'a' });
  const child = spawn(process.execPath, [...(options.nodeArgs ?? []), options.script], {
    env: { ...process.env, ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stderr.pipe(log);
  let printedUrl: string | undefined;
  let pending = '';
  child.stdout.on('data', (chunk: Buffer) => {
    log.write(chunk);
    pending += chunk.toString('utf8');
    const lines = pending.split('\n');
    pending = lines.pop()!;
    for (const line of lines) {
      if (printedUrl || !line.startsWith('{"url"')) continue;
      printedUrl = (JSON.parse(line) as { url: string }).url;
    }
  });
  const deadline = Date.now() + (options.timeoutMs ?? 60_000);
  for (;;) {
    if (child.exitCode !== null)
      throw new Error(`${options.script} exited with code ${child.exitCode}; see ${options.logFile}.`);
    if (options.readyUrl ? await reachable(options.readyUrl) : printedUrl) break;
    if (Date.now() > deadline) {
      await stopped(child);
      throw new Error(
        `${options.script} did not start within ${options.timeoutMs ?? 60_000} ms; see ${options.logFile}.`,
      );
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return { url: (options.url ?? printedUrl)!, pid: child.pid!, stop: () => stopped(child) };
}
