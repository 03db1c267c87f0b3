import { loadConfig } from '@ap/config';
import { notificationConfig } from './notification.config';

describe('notification channel configuration', () => {
  it('keeps emails in the development mailbox only with DEV_MODE', () => {
    expect(notificationConfig(loadConfig({ DEV_MODE: 'true', NODE_ENV: 'development' })).channel).toBe('mailbox');
  });

  it('refuses the mailbox when a deployment forgets NODE_ENV and sets no mail service', () => {
    expect(() => notificationConfig(loadConfig({}))).toThrow(/development only.*NOTIFY_API_KEY or SMTP_URL/);
  });

  it('refuses an explicit mailbox channel outside development', () => {
    expect(() => notificationConfig(loadConfig({ NODE_ENV: 'staging', NOTIFICATION_CHANNEL: 'mailbox' }))).toThrow(
      /development only/,
    );
  });

  it('sends through SMTP when one is configured, whatever the mode', () => {
    const config = notificationConfig(loadConfig({ SMTP_URL: 'smtp://mail.example.org:25' }));
    expect(config.channel).toBe('smtp');
  });
});
