import { ConfigError, loadConfig } from '../../../../lib/config';

describe('the incident configuration', () => {
  it('has defaults, and no webhook unless one is set', () => {
    expect(loadConfig({}).incidents).toEqual({
      deniedRequests: 20,
      deniedWindowSeconds: 300,
      webhookUrl: undefined,
      webhookTimeoutMs: 10_000,
      webhookRetryMs: 30_000,
      webhookAttempts: 8,
      webhookPollMs: 5000,
    });
    expect(loadConfig({ INCIDENT_WEBHOOK_URL: 'http://127.0.0.1:9000/hook' }).incidents.webhookUrl).toBe(
      'http://127.0.0.1:9000/hook',
    );
  });

  it('refuses a webhook URL that is not one, or carries credentials', () => {
    expect(() => loadConfig({ INCIDENT_WEBHOOK_URL: 'not a url' })).toThrow(ConfigError);
    expect(() => loadConfig({ INCIDENT_WEBHOOK_URL: 'https://user:pw@siem.example/hook' })).toThrow(
      /must not carry a user or password/,
    );
  });

  it('refuses counts out of range', () => {
    expect(() => loadConfig({ INCIDENT_DENIED_REQUESTS: '0' })).toThrow(ConfigError);
    expect(() => loadConfig({ INCIDENT_WEBHOOK_ATTEMPTS: 'many' })).toThrow(ConfigError);
  });
});
