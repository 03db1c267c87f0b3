import type { AppConfig } from '@ap/config';
import type { NoticeKind } from '@ap/notifications';
import { allowsDevelopmentStandIns } from '@ap/application';

export type ChannelName = 'notify' | 'smtp' | 'mailbox';

export type NotificationConfig = Readonly<{
  /** The channel for every organisation unless its LA is listed in `channelByLa`. */
  channel: ChannelName;
  channelByLa: Readonly<Record<string, ChannelName>>;
  signInUrl: string;
  /** "07:00": when the morning digest goes, on the organisation's school days (UTC, like every deadline). */
  digestTime: string;
  notify: Readonly<{ apiKey?: string; baseUrl?: string; templates: Readonly<Record<string, string>> }>;
  smtp: Readonly<{ url?: string; from: string }>;
  maxAttempts: number;
  retryBaseMs: number;
  leaseMs: number;
  pollMs: number;
  batch: number;
  /** Tries on one event before the notifier parks it (PROCESS_MAX_ATTEMPTS, as for the process managers). */
  maxEventAttempts: number;
  /** Sending loops per worker; each sends one message at a time. */
  concurrency: number;
}>;

/** The Notify template each kind of email uses: NOTIFY_TEMPLATE_<KIND>, else NOTIFY_TEMPLATE_ALERT. */
export const notifyTemplateVariable = (kind: NoticeKind | 'digest'): string => `NOTIFY_TEMPLATE_${kind.toUpperCase()}`;

/** The notifier's settings from the validated configuration (libs/config: every variable is described there). */
export function notificationConfig(config: AppConfig): NotificationConfig {
  const fallback = config.NOTIFY_API_KEY ? 'notify' : config.SMTP_URL ? 'smtp' : 'mailbox';
  const channel = config.NOTIFICATION_CHANNEL ?? fallback;
  if (channel === 'mailbox' && !allowsDevelopmentStandIns(config))
    throw new Error('NOTIFICATION_CHANNEL=mailbox is for development only (DEV_MODE=true): set NOTIFY_API_KEY or SMTP_URL');
  const channelByLa = Object.fromEntries(
    (config.NOTIFICATION_CHANNEL_BY_LA ?? '')
      .split(',')
      .filter(Boolean)
      .map((pair) => pair.split('=') as [string, ChannelName]),
  );
  const templates = Object.fromEntries(
    Object.entries(config).filter(
      (entry): entry is [string, string] => entry[0].startsWith('NOTIFY_TEMPLATE_') && typeof entry[1] === 'string',
    ),
  );
  return {
    channel,
    channelByLa,
    signInUrl: config.NOTIFICATION_SIGN_IN_URL,
    digestTime: config.NOTIFICATION_DIGEST_TIME,
    notify: { apiKey: config.NOTIFY_API_KEY, baseUrl: config.NOTIFY_BASE_URL, templates },
    smtp: { url: config.SMTP_URL, from: config.SMTP_FROM },
    maxAttempts: config.NOTIFICATION_MAX_ATTEMPTS,
    retryBaseMs: config.NOTIFICATION_RETRY_MS,
    leaseMs: config.NOTIFICATION_LEASE_MS,
    pollMs: config.NOTIFICATION_POLL_MS,
    batch: config.NOTIFICATION_BATCH,
    concurrency: config.NOTIFICATION_CONCURRENCY,
    maxEventAttempts: config.PROCESS_MAX_ATTEMPTS,
  };
}
