import path from 'node:path';
import { ConfigError, loadConfig } from '../../../lib/config';

const key = (fill: number) => Buffer.alloc(32, fill).toString('base64');
/** Everything production insists on, so a test can vary one thing. */
const secrets = {
  JWT_SECRET: 's'.repeat(40),
  INTERNAL_TOKEN_SECRET: 'i'.repeat(40),
  MASKING_SALT: 'm'.repeat(40),
  AUDIT_SIGNING_KEY: 'a-key',
  ORIGIN_SIGNING_KEY: 'o-key',
  CUSTOS_MASTER_KEYS: `k1:${key(1)}`,
  CUSTOS_BLIND_INDEX_KEY: key(2),
  CUSTOS_CARD_TOKEN_KEY: key(3),
};

describe('configuration', () => {
  it('runs in development on defaults', () => {
    const config = loadConfig({});
    expect(config.production).toBe(false);
    expect(config.gatewayPort).toBe(4000);
    expect(config.subgraphUrl('contract')).toBe('http://127.0.0.1:4002/graphql');
    expect(config.databaseUrl('customer')).toBeUndefined();
    expect(config.dataDir).toBe(path.resolve('data'));
  });

  it('lets a per-subgraph database URL override DATABASE_URL', () => {
    const config = loadConfig({ DATABASE_URL: 'postgres://db/all', AUDIT_DATABASE_URL: 'postgres://db/audit' });
    expect(config.databaseUrl('customer')).toBe('postgres://db/all');
    expect(config.databaseUrl('audit')).toBe('postgres://db/audit');
  });

  it('refuses to run production on development secrets or without any', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(ConfigError);
    expect(() => loadConfig({ NODE_ENV: 'production', JWT_SECRET: 's'.repeat(40) })).toThrow(/INTERNAL_TOKEN_SECRET/);
    expect(() => loadConfig({ NODE_ENV: 'production', ...secrets, MASKING_SALT: '' })).toThrow(/MASKING_SALT/);
    expect(() => loadConfig({ NODE_ENV: 'production', ...secrets, JWT_SECRET: 'short' })).toThrow(/at least 32/);
    expect(() => loadConfig({ NODE_ENV: 'production', ...secrets, AUDIT_SIGNING_KEY: '' })).toThrow(
      /AUDIT_SIGNING_KEY/,
    );
    expect(() => loadConfig({ NODE_ENV: 'production', ...secrets, ORIGIN_SIGNING_KEY: '' })).toThrow(
      /ORIGIN_SIGNING_KEY/,
    );
    expect(() => loadConfig({ ORIGIN_VERIFY_KEYS: 'gateway=abc' })).toThrow(/ORIGIN_VERIFY_KEYS/);
    expect(() => loadConfig({ NODE_ENV: 'production', ...secrets, GOVERNANCE: 'off' })).toThrow(/GOVERNANCE/);
    expect(loadConfig({ NODE_ENV: 'production', ...secrets }).production).toBe(true);
  });

  it('seeds demo data into an empty database by default in development only', () => {
    expect(loadConfig({}).seed.demo).toBe(true);
    expect(loadConfig({ SEED_DEMO: 'false' }).seed.demo).toBe(false);
    expect(loadConfig({ NODE_ENV: 'production', ...secrets }).seed.demo).toBe(false);
    expect(loadConfig({ NODE_ENV: 'production', ...secrets, SEED_DEMO: 'true' }).seed.demo).toBe(true);
    expect(() => loadConfig({ SEED_DEMO: 'yes' })).toThrow(/SEED_DEMO/);
  });

  it('names the variable when a number is malformed', () => {
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(/PORT/);
    expect(() => loadConfig({ MAX_PAGE_SIZE: '0' })).toThrow(/MAX_PAGE_SIZE/);
  });

  it("runs the catalogue's jobs on its schedules unless JOBS or JOB_SCHEDULES say otherwise", () => {
    const jobs = loadConfig({}).jobs;
    expect(jobs.enabled).toBe(true);
    expect(jobs.schedules['quality-run']).toBe('0 2 * * *');
    const changed = loadConfig({
      JOBS: 'false',
      JOB_SCHEDULES: ' quality-run = 0 3 * * 1-5 ; synthetic-probe=off;',
    }).jobs;
    expect(changed.enabled).toBe(false);
    expect(changed.schedules['quality-run']).toBe('0 3 * * 1-5');
    expect(changed.schedules['synthetic-probe']).toBeNull();
    expect(changed.schedules['sampling-audit']).toBe('0 3 1 1,4,7,10 *');
    expect(() => loadConfig({ JOB_SCHEDULES: 'nightly-purge=0 1 * * *' })).toThrow(/JOB_SCHEDULES.*quality-run/);
    expect(() => loadConfig({ JOB_SCHEDULES: 'quality-run' })).toThrow(/job=pattern/);
    expect(() => loadConfig({ JOB_SCHEDULES: 'quality-run=61 * * * *' })).toThrow(/quality-run cannot be read.*minute/);
    expect(() => loadConfig({ JOBS: 'maybe' })).toThrow(/JOBS/);
    expect(() => loadConfig({ JOB_LEASE_SECONDS: '0' })).toThrow(/JOB_LEASE_SECONDS/);
  });

  it('reads tax certificates from a folder under the data directory, and refuses invalid exemptions by default', () => {
    expect(loadConfig({ DATA_DIR: '/var/custos' }).taxExemptions).toEqual({
      dropDir: path.resolve('/var/custos/tax-certificates'),
      invalidHandling: 'REFUSE',
    });
    const flagged = loadConfig({ TAX_CERTIFICATE_DROP_DIR: '/srv/drop', TAX_EXEMPTION_INVALID_HANDLING: 'flag' });
    expect(flagged.taxExemptions).toEqual({
      dropDir: path.resolve('/srv/drop'),
      invalidHandling: 'ISSUE_TAXABLE_FOR_REVIEW',
    });
    expect(() => loadConfig({ TAX_EXEMPTION_INVALID_HANDLING: 'ignore' })).toThrow(/TAX_EXEMPTION_INVALID_HANDLING/);
  });
});
