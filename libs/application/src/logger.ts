import type { LoggerService } from '@nestjs/common';
import { pino, type Logger, type LoggerOptions } from 'pino';
import pretty from 'pino-pretty';

export type LogSettings = Readonly<{ level: string; format: 'pretty' | 'json' }>;

/**
 * pino for every process: JSON in production (for the log pipeline), one readable line per entry in development.
 * The pretty stream is synchronous so that the start-up banner printed after it really comes last.
 */
export function createLogger({ level, format }: LogSettings, options: LoggerOptions = {}): Logger {
  const settings = { level, ...options };
  if (format === 'json') return pino(settings);
  return pino(
    settings,
    pretty({ sync: true, translateTime: 'SYS:HH:MM:ss', ignore: 'pid,hostname,req,res,responseTime', singleLine: true }),
  );
}

/** Nest start-up chatter (every mapped route, every module) is debug, so that `npm start` stays readable. */
const CHATTY = new Set(['RouterExplorer', 'RoutesResolver', 'InstanceLoader', 'NestFactory', 'NestApplication']);

/** Nest's LoggerService over pino (what nestjs-pino does, whose Nest 12 releases require Node 22.12). */
export class PinoNestLogger implements LoggerService {
  constructor(private readonly logger: Logger) {}

  log(message: unknown, context?: string): void {
    this.write(CHATTY.has(context ?? '') ? 'debug' : 'info', message, context);
  }
  error(message: unknown, ...rest: unknown[]): void {
    this.write('error', message, rest.at(-1) as string | undefined);
  }
  warn(message: unknown, context?: string): void {
    this.write('warn', message, context);
  }
  debug(message: unknown, context?: string): void {
    this.write('debug', message, context);
  }
  verbose(message: unknown, context?: string): void {
    this.write('trace', message, context);
  }

  private write(level: 'error' | 'warn' | 'info' | 'debug' | 'trace', message: unknown, context?: string): void {
    if (message instanceof Error) this.logger[level]({ context, err: message }, message.message);
    else if (typeof message === 'object' && message !== null) this.logger[level]({ context, ...message });
    else this.logger[level]({ context }, String(message));
  }
}

/** LOG_FORMAT, or pretty outside production. */
export const logFormat = (config: { LOG_FORMAT?: 'pretty' | 'json'; NODE_ENV: string }): 'pretty' | 'json' =>
  config.LOG_FORMAT ?? (config.NODE_ENV === 'production' ? 'json' : 'pretty');
