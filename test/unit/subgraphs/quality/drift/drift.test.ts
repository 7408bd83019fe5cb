import { createRng } from '../../../../../lib/rng';
import { DriftError, detectDrift, type SourceObservation } from '../../../../../subgraphs/quality/drift/detectDrift';

type Values = Record<string, string | null | undefined>;

const golden: Values = { name: 'Acme Trading GmbH', city: 'Berlin', vatId: 'DE123456789', email: 'ap@acme.example' };
const fields = ['name', 'city', 'vatId', 'email'];

const at = (observation: number) => `2026-03-${String(observation + 1).padStart(2, '0')}T09:00:00Z`;

/** The same value as sources really send it: other case, stray spaces, full-width letters, non-breaking spaces. */
const cosmeticVariants = [
  (v: string) => v,
  (v: string) => v.toUpperCase(),
  (v: string) => `  ${v.replace(/ /g, '   ')} `,
  (v: string) => v.replace(/[A-Za-z]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0)),
  (v: string) => v.replace(/ /g, '\u00a0'),
];

describe('drift: planted disagreements', () => {
  const rng = createRng(2026);
  const systems = ['CRM', 'ERP', 'BILLING'];
  // 3 systems × 4 records × 6 observations, every value a cosmetic variant of the golden one.
  const histories = new Map<string, Values[]>();
  for (const system of systems) {
    for (let id = 0; id < 4; id += 1) {
      histories.set(
        `${system}/${id}`,
        Array.from({ length: 6 }, () =>
          Object.fromEntries(fields.map((f) => [f, rng.pick(cosmeticVariants)(golden[f] as string)])),
        ),
      );
    }
  }
  const set = (record: string, field: string, values: Record<number, string | null | undefined>) => {
    for (const [observation, value] of Object.entries(values))
      histories.get(record)![Number(observation)][field] = value;
  };

  // Six drifts, with the observation each began at.
  set('CRM/1', 'city', { 4: 'Munich', 5: 'München' });
  set('ERP/2', 'name', { 5: 'Acme Holding GmbH' });
  set('BILLING/0', 'email', { 2: 'a@acme.example', 3: 'b@acme.example', 4: 'c@acme.example', 5: 'd@acme.example' });
  set('ERP/3', 'vatId', { 3: 'DE999999999', 4: undefined, 5: undefined }); // not observed since: still drifted
  set('CRM/0', 'vatId', { 5: null }); // cleared in the source
  set('BILLING/2', 'city', { 1: 'Hamburg', 4: 'Hamburg', 5: 'Bremen' }); // agreed again in between: the run starts at 4
  // Not drift: healed, never carried, never held a value.
  set('CRM/2', 'name', { 1: 'Acme Old Name', 2: 'Acme Old Name', 3: 'Acme Old Name' });
  set('BILLING/3', 'email', { 0: undefined, 1: undefined, 2: undefined, 3: undefined, 4: undefined, 5: undefined });
  set('ERP/0', 'email', { 0: null, 1: null, 2: '  ', 3: null, 4: null, 5: null });

  // Sent newest first, so the order must come from observedAt.
  const observations: SourceObservation[] = [...histories.entries()]
    .flatMap(([record, history]) => {
      const [sourceSystem, sourceId] = record.split('/');
      return history.map((attributes, i) => ({ sourceSystem, sourceId, observedAt: at(i), attributes }));
    })
    .reverse();

  it('finds exactly the six planted drifts, sorted by field, system and id, each with when it began', () => {
    expect(detectDrift(golden, observations, fields)).toEqual([
      {
        field: 'city',
        sourceSystem: 'BILLING',
        sourceId: '2',
        goldenValue: 'Berlin',
        sourceValue: 'Bremen',
        since: at(4),
      },
      {
        field: 'city',
        sourceSystem: 'CRM',
        sourceId: '1',
        goldenValue: 'Berlin',
        sourceValue: 'München',
        since: at(4),
      },
      {
        field: 'email',
        sourceSystem: 'BILLING',
        sourceId: '0',
        goldenValue: 'ap@acme.example',
        sourceValue: 'd@acme.example',
        since: at(2),
      },
      {
        field: 'name',
        sourceSystem: 'ERP',
        sourceId: '2',
        goldenValue: 'Acme Trading GmbH',
        sourceValue: 'Acme Holding GmbH',
        since: at(5),
      },
      {
        field: 'vatId',
        sourceSystem: 'CRM',
        sourceId: '0',
        goldenValue: 'DE123456789',
        sourceValue: null,
        since: at(5),
      },
      {
        field: 'vatId',
        sourceSystem: 'ERP',
        sourceId: '3',
        goldenValue: 'DE123456789',
        sourceValue: 'DE999999999',
        since: at(3),
      },
    ]);
  });

  it('compares only the fields asked for', () => {
    expect(detectDrift(golden, observations, ['city']).map((d) => `${d.sourceSystem}/${d.sourceId}`)).toEqual([
      'BILLING/2',
      'CRM/1',
    ]);
  });
});

describe('drift: the rules', () => {
  const observe = (observedAt: string, attributes: Values, sourceId = '1'): SourceObservation => ({
    sourceSystem: 'CRM',
    sourceId,
    observedAt,
    attributes,
  });

  it('does not call formatting drift: case, spaces, full-width letters, ligatures, non-breaking spaces', () => {
    for (const value of [
      ' ACME  trading gmbh ',
      'Ａｃｍｅ Trading GmbH',
      'Acme\u00a0Trading\tGmbH',
      'acme trading gmbh',
    ]) {
      expect(detectDrift(golden, [observe('2026-03-01T00:00:00Z', { name: value })], ['name'])).toEqual([]);
    }
    expect(
      detectDrift({ name: 'Fine Foods' }, [observe('2026-03-01T00:00:00Z', { name: 'ﬁne foods' })], ['name']),
    ).toEqual([]);
  });

  it('reports a value where the golden record has none, with goldenValue null', () => {
    const seen = [observe('2026-03-01T00:00:00Z', { duns: '123456789', fax: 'x' })];
    expect(detectDrift({ duns: null }, seen, ['duns', 'fax'])).toEqual([
      {
        field: 'duns',
        sourceSystem: 'CRM',
        sourceId: '1',
        goldenValue: null,
        sourceValue: '123456789',
        since: '2026-03-01T00:00:00Z',
      },
      {
        field: 'fax',
        sourceSystem: 'CRM',
        sourceId: '1',
        goldenValue: null,
        sourceValue: 'x',
        since: '2026-03-01T00:00:00Z',
      },
    ]);
  });

  it('reports a source that blanked a value it used to hold', () => {
    const seen = [observe('2026-03-01T00:00:00Z', { city: 'Berlin' }), observe('2026-03-02T00:00:00Z', { city: ' ' })];
    expect(detectDrift(golden, seen, ['city'])).toEqual([
      {
        field: 'city',
        sourceSystem: 'CRM',
        sourceId: '1',
        goldenValue: 'Berlin',
        sourceValue: ' ',
        since: '2026-03-02T00:00:00Z',
      },
    ]);
  });

  it('orders observations by instant, not by how the offset is written', () => {
    const seen = [
      observe('2026-03-01T10:00:00+02:00', { city: 'Berlin' }), // 08:00Z
      observe('2026-03-01T09:00:00Z', { city: 'Bonn' }),
    ];
    expect(detectDrift(golden, seen, ['city'])).toMatchObject([{ sourceValue: 'Bonn', since: '2026-03-01T09:00:00Z' }]);
  });

  it('keeps observations of the same instant in the order given', () => {
    const seen = [
      observe('2026-03-01T09:00:00Z', { city: 'Bonn' }),
      observe('2026-03-01T09:00:00Z', { city: 'Berlin' }),
    ];
    expect(detectDrift(golden, seen, ['city'])).toEqual([]);
  });

  it('reads only the attributes themselves, never inherited properties', () => {
    expect(detectDrift({}, [observe('2026-03-01T00:00:00Z', {})], ['constructor', 'toString'])).toEqual([]);
  });

  it('finds nothing without observations', () => {
    expect(detectDrift(golden, [], fields)).toEqual([]);
  });

  it('refuses invalid input with DriftError', () => {
    const seen = [observe('2026-03-01T00:00:00Z', { city: 'Bonn' })];
    expect(() => detectDrift(golden, seen, [])).toThrow(DriftError);
    expect(() => detectDrift(golden, seen, ['city', 'city'])).toThrow(/field city is listed twice/);
    expect(() => detectDrift(golden, seen, [' '])).toThrow(/field names must not be empty/);
    expect(() => detectDrift(golden, [observe('2026-03-01', { city: 'Bonn' })], ['city'])).toThrow(
      /observedAt "2026-03-01" is not an ISO 8601 instant/,
    );
    expect(() => detectDrift(golden, [{ ...seen[0], sourceId: '' }], ['city'])).toThrow(/sourceId must not be empty/);
    expect(() =>
      detectDrift(golden, [observe('2026-03-01T00:00:00Z', { city: 42 } as unknown as Values)], ['city']),
    ).toThrow(/must be a string or null, got number/);
    expect(() => detectDrift({ city: 7 } as unknown as Values, seen, ['city'])).toThrow(/golden city/);
  });
});
