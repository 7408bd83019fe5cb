import { ConfigError } from '../../../../lib/configError';
import { loadIdentityConfig } from '../../../../lib/identity/identityConfig';
import { roleHoldings } from '../../../../lib/identity/roleHoldings';
import { parseScimExport } from '../../../../lib/identity/scimExport';

/** Reading the identity provider's SCIM-style export, and what its groups grant. */

const user = (userName: unknown, groups: string[] = [], extra: Record<string, unknown> = {}) => ({
  schemas: ['urn:ietf:params:scim:schemas:core:2.0:User'],
  userName,
  displayName: typeof userName === 'string' ? userName.toUpperCase() : undefined,
  active: true,
  groups: groups.map((display, i) => ({ value: `g${i}`, display })),
  ...extra,
});

const exported = (resources: unknown[], totalResults: number = resources.length) =>
  JSON.stringify({
    schemas: ['urn:ietf:params:scim:api:messages:2.0:ListResponse'],
    totalResults,
    Resources: resources,
  });

describe('a SCIM export', () => {
  it('is read into users with their groups; active defaults to true', () => {
    const parsed = parseScimExport(
      exported([user('ana', ['custos-admin']), { userName: 'ben', groups: [{ display: 'custos-auditor' }] }]),
    );
    expect(parsed.problems).toEqual([]);
    expect(parsed.users).toEqual([
      { sub: 'ana', displayName: 'ANA', active: true, groups: ['custos-admin'] },
      { sub: 'ben', displayName: null, active: true, groups: ['custos-auditor'] },
    ]);
  });

  it.each([
    ['text that is not JSON', '{"Resources": [', 'export is not JSON'],
    ['no Resources list', JSON.stringify({ users: [] }), 'export is not a SCIM ListResponse'],
    ['no users at all', exported([]), 'Resources is empty'],
    ['fewer users than it says', exported([user('ana')], 2), 'totalResults says 2 users but Resources holds 1'],
    ['a user without userName', exported([user('ana'), user(undefined)]), 'Resources[1].userName must be text'],
    ['active that is not a boolean', exported([user('ana', [], { active: 'yes' })]), 'Resources[0].active'],
    ['groups that are not a list', exported([user('ana', [], { groups: 'custos-admin' })]), 'Resources[0].groups'],
    ['a group without a name', exported([user('ana', [], { groups: [{ value: 'g1' }] })]), 'Resources[0].groups[0]'],
    ['the same user twice', exported([user('ana'), user('ANA')]), 'Resources[1].userName names a user already'],
  ])('with %s is refused whole, naming where', (_case, text, problem) => {
    const parsed = parseScimExport(text);
    expect(parsed.users).toEqual([]);
    expect(parsed.problems.map(({ at, problem: why }) => `${at} ${why}`).join('\n')).toContain(problem);
  });

  it('names every problem at once, not just the first', () => {
    const parsed = parseScimExport(exported([user(''), user('ben', [], { active: 1 }), 'nobody']));
    expect(parsed.problems.map(({ at }) => at)).toEqual([
      'Resources[0].userName',
      'Resources[0].displayName',
      'Resources[1].active',
      'Resources[2]',
    ]);
  });
});

describe('role holdings', () => {
  const groupRoles = loadIdentityConfig({}).groupRoles;

  it('map each active user’s groups to roles once each; other groups and inactive users grant nothing', () => {
    const holdings = roleHoldings(
      [
        { sub: 'zoe', displayName: 'Zoe', active: true, groups: ['custos-credit_analyst', 'custos-admin', 'payroll'] },
        { sub: 'ana', displayName: null, active: true, groups: ['custos-auditor', 'custos-auditor'] },
        { sub: 'old', displayName: 'Old', active: false, groups: ['custos-admin'] },
      ],
      groupRoles,
    );
    expect(holdings).toEqual([
      { principal: 'ana', displayName: null, role: 'auditor' },
      { principal: 'zoe', displayName: 'Zoe', role: 'admin' },
      { principal: 'zoe', displayName: 'Zoe', role: 'credit_analyst' },
    ]);
  });
});

describe('identity configuration', () => {
  it('maps custos-<role> groups by default and reads a file under DATA_DIR', () => {
    const config = loadIdentityConfig({ DATA_DIR: '/srv/custos' });
    expect(config.assignmentsFile).toBe('/srv/custos/identity/assignments.json');
    expect(config.groupRoles.get('custos-data_steward')).toBe('data_steward');
  });

  it('takes a group mapping of its own, which replaces the default', () => {
    const config = loadIdentityConfig({
      IDENTITY_ASSIGNMENTS_FILE: '/tmp/scim.json',
      IDENTITY_GROUP_ROLES: 'Finance Credit=credit_analyst; IT Admins=admin',
    });
    expect(config.assignmentsFile).toBe('/tmp/scim.json');
    expect([...config.groupRoles]).toEqual([
      ['Finance Credit', 'credit_analyst'],
      ['IT Admins', 'admin'],
    ]);
  });

  it.each(['admins', 'IT=superuser', 'a=admin;a=auditor'])('refuses the mapping %j', (raw) => {
    expect(() => loadIdentityConfig({ IDENTITY_GROUP_ROLES: raw })).toThrow(ConfigError);
  });
});
