import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse, type EnumTypeDefinitionNode } from 'graphql';
import { REGIONS } from '../../../lib/regions';
import {
  CONTACT_CHANNELS,
  CONTACT_PURPOSES,
  CONTACT_RULES,
  contactPurposes,
  ruleFor,
} from '../../../policies/contactRules';

describe('the contact rules', () => {
  it('cover every region and channel for every purpose', () => {
    for (const purpose of contactPurposes())
      for (const region of [...REGIONS, 'UNKNOWN'])
        for (const channel of CONTACT_CHANNELS)
          expect([purpose, region, channel, ruleFor(purpose, region, channel) !== undefined]).toEqual([
            purpose,
            region,
            channel,
            true,
          ]);
  });

  it('let dunning and service messages go without a signal, on the contract', () => {
    for (const purpose of ['DUNNING', 'SERVICE'])
      for (const region of REGIONS) expect(ruleFor(purpose, region, 'EMAIL')?.withoutSignal).toBe('ALLOWED');
    expect(ruleFor('DUNNING', 'EU', 'PHONE')?.basis).toMatch(/Art\. 6\(1\)\(b\)/);
  });

  it('make marketing opt-in in the EU and for US calls and texts, opt-out for US e-mail', () => {
    expect(ruleFor('MARKETING', 'EU', 'EMAIL')?.withoutSignal).toBe('NOT_ALLOWED');
    expect(ruleFor('MARKETING', 'UK', 'POST')?.withoutSignal).toBe('NOT_ALLOWED');
    expect(ruleFor('MARKETING', 'US', 'EMAIL')?.withoutSignal).toBe('ALLOWED');
    expect(ruleFor('MARKETING', 'US', 'SMS')?.withoutSignal).toBe('NOT_ALLOWED');
    expect(ruleFor('MARKETING', 'UNKNOWN', 'EMAIL')?.withoutSignal).toBe('NOT_ALLOWED');
  });

  it('know no purpose they do not name, inherited names included', () => {
    expect(ruleFor('SURVEYS', 'EU', 'EMAIL')).toBeUndefined();
    expect(ruleFor('constructor', 'EU', 'EMAIL')).toBeUndefined();
  });

  it('end every purpose with a rule for everyone, and give every rule its basis', () => {
    for (const purpose of Object.values(CONTACT_RULES.purposes)) {
      const last = purpose.rules[purpose.rules.length - 1];
      expect([last.regions, last.channels]).toEqual([undefined, undefined]);
      for (const rule of purpose.rules) expect(rule.basis.length).toBeGreaterThan(20);
    }
  });

  it('name the channels and purposes the SDL does, and give every purpose its rules', () => {
    const sdl = parse(readFileSync(path.join(__dirname, '../../../schema/customer.graphql'), 'utf8'));
    const valuesOf = (name: string) =>
      sdl.definitions
        .find(
          (definition): definition is EnumTypeDefinitionNode =>
            definition.kind === 'EnumTypeDefinition' && definition.name.value === name,
        )
        ?.values?.map((value) => value.name.value);
    expect(valuesOf('ContactChannel')).toEqual([...CONTACT_CHANNELS]);
    expect(valuesOf('ContactPurpose')).toEqual([...CONTACT_PURPOSES]);
    expect(contactPurposes()).toEqual([...CONTACT_PURPOSES]);
  });
});
