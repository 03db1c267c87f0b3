import { createServer, type IncomingMessage, type Server } from 'node:http';
import { SMTPServer } from 'smtp-server';

export type ReceivedMail = Readonly<{ to: string[]; messageId: string; subject: string; body: string; at: number }>;

/** A real SMTP server (smtp-server) on a free port, keeping every message it accepts; `delayMs` slows each one. */
export async function startSmtpServer(options: { delayMs?: number } = {}) {
  const received: ReceivedMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      let raw = '';
      stream.on('data', (chunk: Buffer) => (raw += chunk.toString()));
      stream.on('end', () => {
        const headers = raw.slice(0, raw.indexOf('\r\n\r\n')).replace(/\r\n[ \t]+/g, ' ');
        const header = (name: string) => new RegExp(`^${name}:(.*)$`, 'mi').exec(headers)?.[1]?.trim() ?? '';
        received.push({
          to: session.envelope.rcptTo.map((r) => r.address),
          messageId: header('Message-ID'),
          subject: header('Subject'),
          body: decodeQuotedPrintable(raw.slice(raw.indexOf('\r\n\r\n') + 4)),
          at: Date.now(),
        });
        setTimeout(() => callback(), options.delayMs ?? 0);
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.server.address() as { port: number }).port;
  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export type NotifyCall = Readonly<{
  templateId: string;
  email: string;
  reference: string;
  personalisation: Record<string, string>;
  authorised: boolean;
}>;

/**
 * A local stand-in for the GOV.UK Notify API: records each POST /v2/notifications/email and answers as Notify does
 * (201 with an id); it answers `failWith` (a status) while that is set, and 500 to the next `failNext` calls.
 */
export async function startNotifyStandIn() {
  const calls: NotifyCall[] = [];
  const state: { failWith?: number; failNext?: number } = {};
  const server: Server = createServer((req, res) => {
    void readBody(req).then((text) => {
      if (req.method !== 'POST' || req.url !== '/v2/notifications/email') {
        res.writeHead(404).end();
        return;
      }
      if (state.failWith || state.failNext) {
        if (state.failNext) state.failNext -= 1;
        res.writeHead(state.failWith ?? 500, { 'content-type': 'application/json' });
        res.end(
          JSON.stringify({
            errors: [{ error: 'Exception', message: 'Internal server error' }],
            status_code: state.failWith ?? 500,
          }),
        );
        return;
      }
      const body = JSON.parse(text) as {
        template_id: string;
        email_address: string;
        reference: string;
        personalisation: Record<string, string>;
      };
      calls.push({
        templateId: body.template_id,
        email: body.email_address,
        reference: body.reference,
        personalisation: body.personalisation,
        authorised: /^Bearer [\w-]+\.[\w-]+\.[\w-]+$/.test(req.headers.authorization ?? ''),
      });
      res.writeHead(201, { 'content-type': 'application/json' });
      res.end(
        JSON.stringify({
          id: crypto.randomUUID(),
          reference: body.reference,
          content: {},
          template: { id: body.template_id },
        }),
      );
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as { port: number }).port;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    calls,
    state,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

const decodeQuotedPrintable = (text: string): string =>
  Buffer.from(
    text.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))),
    'latin1',
  ).toString('utf8');

const readBody = (req: IncomingMessage): Promise<string> =>
  new Promise((resolve) => {
    let text = '';
    req.on('data', (chunk: Buffer) => (text += chunk.toString()));
    req.on('end', () => resolve(text));
  });

/** A Notify API key in the shape the client expects: name, service id and secret (two UUIDs). */
export const FAKE_NOTIFY_KEY = `test-${'11111111-1111-4111-8111-111111111111'}-${'22222222-2222-4222-8222-222222222222'}`;
