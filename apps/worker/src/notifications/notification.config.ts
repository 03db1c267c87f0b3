import type { NoticeKind } from '@ap/notifications';

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
  /** Sending loops per worker; each sends one message at a time. */
  concurrency: number;
}>;

const CHANNELS: readonly ChannelName[] = ['notify', 'smtp', 'mailbox'];
const channelName = (value: string, name: string): ChannelName => {
  if (!CHANNELS.includes(value as ChannelName)) throw new Error(`${name} must be one of ${CHANNELS.join(', ')}`);
  return value as ChannelName;
};

/** The Notify template each kind of email uses: NOTIFY_TEMPLATE_<KIND>, else NOTIFY_TEMPLATE_ALERT. */
export const notifyTemplateVariable = (kind: NoticeKind | 'digest'): string => `NOTIFY_TEMPLATE_${kind.toUpperCase()}`;

export function notificationConfigFromEnv(env: NodeJS.ProcessEnv = process.env): NotificationConfig {
  const production = env.NODE_ENV === 'production';
  const fallback = env.NOTIFY_API_KEY ? 'notify' : env.SMTP_URL ? 'smtp' : 'mailbox';
  const channel = channelName(env.NOTIFICATION_CHANNEL || fallback, 'NOTIFICATION_CHANNEL');
  if (production && channel === 'mailbox') throw new Error('NOTIFICATION_CHANNEL=mailbox is for development only');
  const channelByLa = Object.fromEntries(
    (env.NOTIFICATION_CHANNEL_BY_LA ?? '')
      .split(',')
      .filter(Boolean)
      .map((pair) => {
        const [la, name] = pair.split('=');
        return [la!.trim(), channelName((name ?? '').trim(), 'NOTIFICATION_CHANNEL_BY_LA')];
      }),
  );
  const templates = Object.fromEntries(
    Object.entries(env)
      .filter(([name, value]) => name.startsWith('NOTIFY_TEMPLATE_') && value)
      .map(([name, value]) => [name, value!]),
  );
  return {
    channel,
    channelByLa,
    signInUrl: env.NOTIFICATION_SIGN_IN_URL || 'http://localhost:3000/',
    digestTime: /^\d\d:\d\d$/.test(env.NOTIFICATION_DIGEST_TIME ?? '') ? env.NOTIFICATION_DIGEST_TIME! : '07:00',
    notify: { apiKey: env.NOTIFY_API_KEY, baseUrl: env.NOTIFY_BASE_URL, templates },
    smtp: { url: env.SMTP_URL, from: env.SMTP_FROM || 'AP Pathway <no-reply@ap-pathway.invalid>' },
    maxAttempts: Number(env.NOTIFICATION_MAX_ATTEMPTS || 6),
    retryBaseMs: Number(env.NOTIFICATION_RETRY_MS || 1000),
    leaseMs: Number(env.NOTIFICATION_LEASE_MS || 60_000),
    pollMs: Number(env.NOTIFICATION_POLL_MS || 500),
    batch: Number(env.NOTIFICATION_BATCH || 20),
    concurrency: Number(env.NOTIFICATION_CONCURRENCY || 4),
  };
}
