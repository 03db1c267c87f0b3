import { loadConfig } from '@ap/config';
import type { Clock } from '@ap/domain';
import { isDevelopmentMode } from './development-mode';

export type ClockSetting =
  Readonly<{ mode: 'fixed'; fixedAt: string }> | Readonly<{ mode: 'offset'; offsetMs: number }>;

export const systemClock: Clock = { now: () => new Date().toISOString() };

/**
 * A clock that tests and demos can set: `fixed` stands still at an instant, `offset` runs from a chosen start.
 * Selected with CLOCK=fixed:2026-03-02T08:00:00Z or CLOCK=offset:2026-03-02T08:00:00Z (only with DEV_MODE=true).
 */
export class AdjustableClock implements Clock {
  private offsetMs = 0;
  private fixedAt: number | undefined;

  constructor(mode: 'fixed' | 'offset', instant: string) {
    this.set(mode, instant);
  }

  now(): string {
    return new Date(this.fixedAt ?? Date.now() + this.offsetMs).toISOString();
  }

  /** What this clock is set to, to share with other processes (see DevClockSync). */
  setting(): ClockSetting {
    return this.fixedAt === undefined
      ? { mode: 'offset', offsetMs: this.offsetMs }
      : { mode: 'fixed', fixedAt: new Date(this.fixedAt).toISOString() };
  }

  follow(setting: ClockSetting): void {
    this.fixedAt = setting.mode === 'fixed' ? Date.parse(setting.fixedAt) : undefined;
    this.offsetMs = setting.mode === 'offset' ? setting.offsetMs : 0;
  }

  set(mode: 'fixed' | 'offset', instant: string): void {
    const at = Date.parse(instant);
    if (Number.isNaN(at)) throw new Error(`Not an instant: ${instant}`);
    this.fixedAt = mode === 'fixed' ? at : undefined;
    this.offsetMs = mode === 'offset' ? at - Date.now() : 0;
  }
}

export function clockFromEnv(value: string | undefined = loadConfig().CLOCK, env = process.env): Clock {
  if (!value || value === 'system') return systemClock;
  const match = /^(fixed|offset):(.+)$/.exec(value);
  if (!match) throw new Error(`CLOCK must be system, fixed:<instant> or offset:<instant>, not ${value}`);
  if (!isDevelopmentMode(env)) throw new Error('A settable CLOCK is for development only: it needs DEV_MODE=true');
  return new AdjustableClock(match[1] as 'fixed' | 'offset', match[2]);
}
