import fs from 'node:fs';
import path from 'node:path';
import { SpilledTexts } from '../../../lib/spilledTexts';

describe('SpilledTexts', () => {
  it('gives back every text by its number, in any order, in any script and of any size', () => {
    const spilled = new SpilledTexts();
    const texts = [
      '{"legalName":"Müller GmbH"}',
      '',
      'ООО «Ромашка»',
      '株式会社トヨタ 🚗',
      'x'.repeat(3 << 20),
      ...Array.from({ length: 5000 }, (_, i) => `record ${i} ${'é'.repeat(i % 300)}`),
    ];
    const numbers = texts.map((text) => spilled.add(text));
    expect(numbers).toEqual(texts.map((_, i) => i));
    for (const i of [4, 2, 5004, 0, 1, 3, 17, 2500]) expect(spilled.get(i)).toBe(texts[i]);
    expect(texts.every((text, i) => spilled.get(i) === text)).toBe(true);
    spilled.close();
  });

  it('keeps no text readable in its file', () => {
    const spilled = new SpilledTexts();
    spilled.add('{"taxId":"DE811907980","legalName":"Müller GmbH"}'.repeat(40_000));
    spilled.add('DE811907980');
    spilled.get(1);
    const file = spilled.file;
    expect(fs.statSync(file).mode & 0o077).toBe(0);
    const stored = fs.readFileSync(file);
    expect(stored.length).toBeGreaterThan(2_000_000);
    expect(stored.includes('DE811907980')).toBe(false);
    expect(stored.includes('Müller')).toBe(false);
    spilled.close();
  });

  it('deletes its file when closed and then refuses to read', () => {
    const spilled = new SpilledTexts();
    spilled.add('secret payload');
    expect(fs.existsSync(spilled.file)).toBe(true);
    spilled.close();
    spilled.close();
    expect(fs.existsSync(path.dirname(spilled.file))).toBe(false);
    expect(() => spilled.get(0)).toThrow('closed');
    expect(() => spilled.add('more')).toThrow('closed');
    const other = new SpilledTexts();
    expect(() => other.get(3)).toThrow(RangeError);
    other.close();
  });
});
