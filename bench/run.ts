import { chmodSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { createPool, migrate, startEmbeddedPostgres, type DatabaseConnection } from '../libs/database/src';
import { apiBench } from './api.bench';
import { appendBench } from './append.bench';
import { deadlinesBench } from './deadlines.bench';
import { growthBench } from './growth.bench';
import { notificationsBench } from './notifications.bench';
import { pagesBench } from './pages.bench';
import { replayBench } from './replay.bench';
import { catchUpBench, liveLagBench, outOfOrderBench } from './subscription.bench';
import type { Figure } from './support';

export type BenchOptions = Readonly<{
  quick: boolean;
  databaseUrl?: string;
  write?: boolean;
  only?: readonly string[];
  /** Sections left out (a smoke test of its own runs them). */
  except?: readonly string[];
  log?: (line: string) => void;
}>;

const SIZES = {
  quick: {
    seconds: 0.3,
    writers: [1, 4],
    catchUp: 5_000,
    lag: 0.5,
    ooo: 0.5,
    replay: 10,
    deadlines: 200,
    growth: [2_000, 10_000],
    notifications: 40,
    notificationsLive: 1,
    api: [20],
    apiSeconds: 1,
    pages: { pupils: 12, rate: 50, seconds: 1 },
  },
  full: {
    seconds: 3,
    writers: [1, 4, 16],
    catchUp: 1_000_000,
    lag: 5,
    ooo: 5,
    replay: 200,
    deadlines: 10_000,
    growth: [100_000, 1_000_000],
    notifications: 2_000,
    notificationsLive: 5,
    api: [50, 100, 200, 400],
    apiSeconds: 5,
    pages: { pupils: 500, rate: 50, seconds: 20 },
  },
};

/** Each benchmark gets a fresh database on the same server, so one's data does not slow another. */
async function freshDatabase(serverUrl: string, name: string): Promise<DatabaseConnection> {
  const admin = createPool({ connectionString: serverUrl, max: 1 });
  await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const pool = createPool({ connectionString: url.toString(), max: 24 });
  await migrate(pool);
  return { url: url.toString(), pool, embedded: false, close: () => pool.end() };
}

export async function runBenchmarks(options: BenchOptions): Promise<{ figures: Figure[]; markdown: string }> {
  const log = options.log ?? ((line: string) => console.log(line));
  const size = options.quick ? SIZES.quick : SIZES.full;
  // Durable commits, as in production (the test suites' throwaway servers turn fsync off; this one does not).
  const parent = options.databaseUrl ? undefined : mkdtempSync(join(tmpdir(), 'ap-bench-pg-'));
  if (parent) chmodSync(parent, 0o755);
  const server = parent
    ? await startEmbeddedPostgres({ dataDir: join(parent, 'data'), port: Number(process.env.BENCH_PG_PORT || 54339) })
    : undefined;
  const serverUrl = options.databaseUrl ?? server!.url;
  const figures: Figure[] = [];
  const section = async (name: string, work: (db: DatabaseConnection) => Promise<Figure[]>) => {
    if (options.only && !options.only.includes(name)) return;
    if (options.except?.includes(name)) return;
    log(`… ${name}`);
    const db = await freshDatabase(serverUrl, `ap_bench_${name}`);
    try {
      const found = await work(db);
      found.forEach((f) => log(`  ${format(f)}`));
      figures.push(...found);
    } finally {
      await db.close();
    }
  };
  try {
    await section('append', (db) => appendBench(db.pool, db.url, size.seconds, size.writers));
    await section('subscription', async (db) => [
      await catchUpBench(db.pool, db.url, size.catchUp),
      ...(await liveLagBench(db.pool, db.url, size.lag)),
      ...(await outOfOrderBench(db.pool, db.url, size.ooo)),
    ]);
    await section('replay', (db) => replayBench(db, size.replay));
    await section('deadlines', (db) => deadlinesBench(db.pool, size.deadlines));
    await section('api', (db) => apiBench(db, size.api, size.apiSeconds));
    // Run compiled (npm run bench), the web app runs in its own process as `npm run start:web` deploys it; from source
    // (the smoke test) it shares the API's process.
    const compiledWeb = join(__dirname, '..', 'apps', 'web', 'src', 'main.js');
    await section('pages', (db) =>
      pagesBench(db, { ...size.pages, log, webProcess: existsSync(compiledWeb) ? compiledWeb : undefined }),
    );
    await section('notifications', (db) =>
      notificationsBench(db.pool, db.url, size.notifications, size.notificationsLive),
    );
    await section('growth', (db) => growthBench(db.pool, size.growth, size.replay));
  } finally {
    await server?.stop();
    if (parent) rmSync(parent, { recursive: true, force: true });
  }
  const markdown = toMarkdown(figures, options.quick, options.only);
  if (options.write !== false) {
    const dir = join(
      __dirname.includes('dist') ? join(__dirname, '..', '..') : join(__dirname, '..'),
      'bench',
      'results',
    );
    mkdirSync(dir, { recursive: true });
    const stamp = `${new Date().toISOString().slice(0, 10)}${options.only ? `-${options.only.join('-')}` : ''}${options.quick ? '-quick' : ''}`;
    writeFileSync(
      join(dir, `${stamp}.json`),
      JSON.stringify({ date: new Date().toISOString(), machine: machine(), quick: options.quick, figures }, null, 2) +
        '\n',
    );
    writeFileSync(join(dir, `${stamp}.md`), markdown);
    log(`Results written to bench/results/${stamp}.json and .md`);
  }
  return { figures, markdown };
}

const machine = () =>
  `${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`;

const format = (f: Figure) =>
  `${f.name}: ${f.value} ${f.unit}${f.baseline ? ` (${f.baseline.name}: ${f.baseline.value}${f.baseline.value ? `, ratio ${(f.value / f.baseline.value).toFixed(2)}` : ''})` : ''}${f.target ? ` [target ${f.target}: ${f.met ? 'met' : 'NOT met'}]` : ''}`;

function toMarkdown(figures: readonly Figure[], quick: boolean, only?: readonly string[]): string {
  const flags = [...(quick ? ['--quick'] : []), ...(only ? ['--only', only.join(','), '--write'] : [])];
  const command = flags.length ? ` -- ${flags.join(' ')}` : '';
  const rows = figures.map(
    (f) =>
      `| ${f.name} | ${f.value} ${f.unit} | ${f.baseline ? `${f.baseline.value} (${f.baseline.name})` : ''} | ${f.baseline?.value ? (f.value / f.baseline.value).toFixed(2) : ''} | ${f.target ? `${f.target}: ${f.met ? '✅ met' : '❌ not met'}` : ''} |`,
  );
  return [
    `# Benchmark results ${new Date().toISOString().slice(0, 10)}${quick ? ' (quick smoke run: sizes too small to judge targets)' : ''}`,
    '',
    `Machine: ${machine()}. PostgreSQL: embedded, durable commits. Command: \`npm run bench${command}\`.`,
    '',
    '| Measure | Value | Baseline (same run) | Ratio | Target |',
    '|---|---|---|---|---|',
    ...rows,
    '',
  ].join('\n');
}

if (require.main === module) {
  // The benchmarked engine keeps its emails in the development mailbox, as `npm start` does (it is refused without).
  process.env.DEV_MODE ??= 'true';
  const quick = process.argv.includes('--quick');
  const onlyAt = process.argv.indexOf('--only');
  const only = onlyAt > 0 ? process.argv[onlyAt + 1]?.split(',') : undefined;
  // With --only, results are printed; --write also writes them (bench/results/<date>-<names>.json and .md).
  const write = !only || process.argv.includes('--write');
  runBenchmarks({ quick, databaseUrl: process.env.BENCH_DATABASE_URL, only, write })
    .then(() => process.exit(0))
    .catch((error: unknown) => {
      console.error(error);
      process.exit(1);
    });
}
