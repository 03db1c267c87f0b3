import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');
let built = false;

/** Builds once per test file with `npm run build`, as `npm start` does (the browser's script is copied, not compiled). */
export function buildOnce(): void {
  if (built) return;
  execFileSync('npm', ['run', 'build', '--silent'], { cwd: ROOT, stdio: 'inherit' });
  built = true;
}

export type EngineProcess = Readonly<{ child: ChildProcess; output: () => string; exited: Promise<number | null> }>;

/** Starts the real engine (`dist/apps/engine/src/main.js`) and resolves once it listens. */
export function startEngine(env: Record<string, string>, timeoutMs = 90_000): Promise<EngineProcess> {
  return startProcess('dist/apps/engine/src/main.js', 'AP Pathway is running', env, timeoutMs);
}

/** Starts the API alone (`npm run start:api`'s entry point) and resolves once it listens. */
export function startApi(env: Record<string, string>, timeoutMs = 30_000): Promise<EngineProcess> {
  return startProcess('dist/apps/api/src/main.js', 'AP Pathway API on http://localhost', env, timeoutMs);
}

/** Starts the worker alone (`npm run start:worker`'s entry point) and resolves once it runs. */
export function startWorker(env: Record<string, string>, timeoutMs = 90_000): Promise<EngineProcess> {
  return startProcess('dist/apps/worker/src/main.js', 'AP Pathway worker running', env, timeoutMs);
}

async function startProcess(
  entry: string,
  readyLine: string,
  env: Record<string, string>,
  timeoutMs: number,
): Promise<EngineProcess> {
  const child = spawn(process.execPath, ['--enable-source-maps', join(ROOT, entry)], {
    cwd: ROOT,
    env: { ...process.env, DEV_MODE: 'true', LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const deadline = Date.now() + timeoutMs;
  while (!output.includes(readyLine)) {
    if (child.exitCode !== null || Date.now() > deadline) {
      // Not left running: it would hold jest open (and its port and database) after the failed test.
      if (child.exitCode === null) {
        child.kill('SIGKILL');
        await exited;
      }
      throw new Error(`${entry} did not start:\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return { child, output: () => output, exited };
}

/** SIGKILL: no shutdown hooks, no flushing; whatever was not committed is gone. */
export async function crash(engine: EngineProcess): Promise<void> {
  engine.child.kill('SIGKILL');
  await engine.exited;
}
