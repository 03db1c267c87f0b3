import type { Pool } from 'pg';
import { NotifyClient } from 'notifications-node-client';
import { createTransport, type Transporter } from 'nodemailer';
import { personalisation, renderText, type MessageContent } from '@ap/notifications';
import type { ChannelName, NotificationConfig } from './notification.config';
import { notifyTemplateVariable } from './notification.config';

/** One email as the sender hands it to a channel; messageId is the reference and Message-ID. */
export type OutgoingMessage = Readonly<{ messageId: string; kind: string; email: string; content: MessageContent }>;

export type SendResult = Readonly<{ providerRef?: string }>;

/** A failure that no retry will mend (e.g. Notify refusing the address or the template): parked at once. */
export class PermanentSendError extends Error {
  override readonly name = 'PermanentSendError';
}

export interface Channel {
  send(message: OutgoingMessage, db: Pick<Pool, 'query'>): Promise<SendResult>;
  close?(): void;
}

/** GOV.UK Notify: a template per kind, personalisation, and our message id as the reference. */
export class NotifyChannel implements Channel {
  private readonly client: NotifyClient;

  constructor(private readonly config: NotificationConfig['notify']) {
    if (!config.apiKey) throw new Error('NOTIFY_API_KEY is needed for the notify channel');
    this.client = config.baseUrl ? new NotifyClient(config.baseUrl, config.apiKey) : new NotifyClient(config.apiKey);
  }

  async send(message: OutgoingMessage): Promise<SendResult> {
    const template =
      this.config.templates[notifyTemplateVariable(message.kind as 'digest')] ??
      this.config.templates['NOTIFY_TEMPLATE_ALERT'];
    if (!template) throw new PermanentSendError(`No Notify template for ${message.kind}`);
    try {
      const response = await this.client.sendEmail(template, message.email, {
        personalisation: personalisation(message.content),
        reference: message.messageId,
      });
      return { providerRef: (response.data as { id?: string }).id };
    } catch (error) {
      const status = (error as { response?: { status?: number; data?: unknown } }).response?.status;
      const detail = `Notify answered ${status ?? (error as Error).message}`;
      // 400 and 403 are refusals of this message or key; 429 and 5xx pass.
      if (status === 400 || status === 403) throw new PermanentSendError(detail, { cause: error });
      throw new Error(detail, { cause: error });
    }
  }
}

/** An LA's own mail server. */
export class SmtpChannel implements Channel {
  private readonly transport: Transporter;

  constructor(private readonly config: NotificationConfig['smtp']) {
    if (!config.url) throw new Error('SMTP_URL is needed for the smtp channel');
    this.transport = createTransport(config.url);
  }

  async send(message: OutgoingMessage): Promise<SendResult> {
    const info = await this.transport.sendMail({
      from: this.config.from,
      to: message.email,
      subject: message.content.subject,
      text: renderText(message.content),
      messageId: `<${message.messageId}@ap-pathway>`,
      headers: { 'X-AP-Pathway-Reference': message.messageId },
    });
    return { providerRef: info.messageId };
  }

  close(): void {
    this.transport.close();
  }
}

/** Development: what would have been sent, stored for the web service's mailbox page. */
export class MailboxChannel implements Channel {
  async send(message: OutgoingMessage, db: Pick<Pool, 'query'>): Promise<SendResult> {
    await db.query(
      `INSERT INTO dev_mailbox (message_id, to_address, subject, body) VALUES ($1, $2, $3, $4)
       ON CONFLICT (message_id) DO NOTHING`,
      [message.messageId, message.email, message.content.subject, renderText(message.content)],
    );
    return {};
  }
}

export function openChannels(config: NotificationConfig): Map<ChannelName, Channel> {
  const used = new Set<ChannelName>([config.channel, ...Object.values(config.channelByLa)]);
  const channels = new Map<ChannelName, Channel>();
  if (used.has('notify')) channels.set('notify', new NotifyChannel(config.notify));
  if (used.has('smtp')) channels.set('smtp', new SmtpChannel(config.smtp));
  if (used.has('mailbox')) channels.set('mailbox', new MailboxChannel());
  return channels;
}
