import { randomUUID } from 'node:crypto';
import { Inject, Injectable, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import type { Clock } from '@ap/domain';
import { DATABASE, type DatabaseConnection } from '@ap/database';
import { AdjustableClock, type ClockSetting } from './clock';
import { CLOCK } from './execute-command';

/** This process: a process never follows its own writes (the API and worker of one engine share one clock). */
const THIS_PROCESS = randomUUID();
const FOLLOW_MS = 500;

/** True in the API (it owns the development clock: its setting at start-up and POST /admin/clock); false in workers. */
export const OWNS_DEV_CLOCK = Symbol('OWNS_DEV_CLOCK');

type Row = { mode: 'fixed' | 'offset'; fixed_at: Date | null; offset_ms: string | null; writer: string; set_at: Date };

/**
 * The development clock kept where every process sees it (issue 18: standalone workers did not follow
 * POST /admin/clock). The API writes its setting to `dev_clock` when it starts and whenever it is set; every other
 * process started with a settable CLOCK follows the latest setting. With the system clock this does nothing.
 */
@Injectable()
export class DevClockSync implements OnApplicationBootstrap, OnApplicationShutdown {
  private timer: NodeJS.Timeout | undefined;
  private seen: number | undefined;
  constructor(
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(DATABASE) private readonly db: DatabaseConnection,
    @Inject(OWNS_DEV_CLOCK) private readonly owner: boolean,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!(this.clock instanceof AdjustableClock)) return;
    if (this.owner) return this.publish(this.clock.setting()).catch(() => undefined);
    await this.follow().catch(() => undefined);
    this.timer = setInterval(() => void this.follow().catch(() => undefined), FOLLOW_MS);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    clearInterval(this.timer);
  }

  /** Sets this process's clock and shares the setting. */
  async set(mode: 'fixed' | 'offset', instant: string): Promise<void> {
    if (!(this.clock instanceof AdjustableClock)) throw new Error('The clock is not settable');
    this.clock.set(mode, instant);
    await this.publish(this.clock.setting());
  }

  /** Shares a setting (the API at start-up: CLOCK as it was started with). */
  private async publish(setting: ClockSetting): Promise<void> {
    await this.db.pool.query(
      `INSERT INTO dev_clock (id, mode, fixed_at, offset_ms, writer, set_at) VALUES (true, $1, $2, $3, $4, clock_timestamp())
       ON CONFLICT (id) DO UPDATE SET mode = EXCLUDED.mode, fixed_at = EXCLUDED.fixed_at,
         offset_ms = EXCLUDED.offset_ms, writer = EXCLUDED.writer, set_at = EXCLUDED.set_at`,
      [
        setting.mode,
        setting.mode === 'fixed' ? setting.fixedAt : null,
        setting.mode === 'offset' ? setting.offsetMs : null,
        THIS_PROCESS,
      ],
    );
  }

  private async follow(): Promise<void> {
    const { rows } = await this.db.pool.query<Row>('SELECT * FROM dev_clock');
    const row = rows[0];
    if (!row || row.writer === THIS_PROCESS || row.set_at.getTime() === this.seen) return;
    this.seen = row.set_at.getTime();
    (this.clock as AdjustableClock).follow(
      row.mode === 'fixed'
        ? { mode: 'fixed', fixedAt: row.fixed_at!.toISOString() }
        : { mode: 'offset', offsetMs: Number(row.offset_ms) },
    );
  }
}
