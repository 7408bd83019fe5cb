import { ConfigError, loadConfig } from '../../../lib/config';

describe('RETENTION_PURGE', () => {
  it('is a dry run unless the deployment says enforce, and refuses anything else', () => {
    expect(loadConfig({}).retention.purge).toBe('dry-run');
    expect(loadConfig({ RETENTION_PURGE: 'dry-run' }).retention.purge).toBe('dry-run');
    expect(loadConfig({ RETENTION_PURGE: 'enforce' }).retention.purge).toBe('enforce');
    expect(() => loadConfig({ RETENTION_PURGE: 'yes' })).toThrow(ConfigError);
  });
});
