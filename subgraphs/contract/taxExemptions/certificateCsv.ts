import { parseCsv } from '../../../lib/csv';
import { CERTIFICATE_FIELDS } from './certificateRecords';
import type { CertificateBatch, DeliveredCertificate } from './provider';

/**
 * A file-drop CSV as a batch of delivered certificates: RFC 4180, UTF-8 (a byte-order mark is
 * skipped), a header row naming exactly the fields of CERTIFICATE_FIELDS in any order, one
 * certificate per line after it; blank lines are skipped. No field may hold a line break, so a
 * record's line is the file's line every problem names. Nothing of the file's text is quoted.
 */
export function certificateCsv(source: string, text: string): CertificateBatch {
  const rows = parseCsv(text.replace(/^\uFEFF/, ''));
  const [header = [], ...body] = rows;
  const columns = header.map((name) => name.trim());
  const known = new Set<string>(CERTIFICATE_FIELDS);
  const unknown = columns.flatMap((name, i) => (known.has(name) ? [] : [i + 1]));
  const missing = CERTIFICATE_FIELDS.filter((name) => !columns.includes(name));
  const repeated = columns.filter((name, i) => columns.indexOf(name) !== i);
  const problems: { line: number; problem: string }[] = [];
  const headerBroken = unknown.length > 0 || missing.length > 0 || repeated.length > 0;
  if (headerBroken)
    problems.push({
      line: 1,
      problem:
        `the header must name the columns ${CERTIFICATE_FIELDS.join(', ')} once each` +
        (missing.length ? `; missing: ${missing.join(', ')}` : '') +
        (unknown.length ? `; not known: column ${unknown.join(', ')}` : '') +
        (repeated.length ? `; named twice: ${[...new Set(repeated)].join(', ')}` : ''),
    });
  const records: DeliveredCertificate[] = [];
  // Under a broken header every line would be misread.
  for (const [i, row] of (headerBroken ? [] : body).entries()) {
    const line = i + 2;
    if (row.length === 1 && row[0].trim() === '') continue;
    if (row.some((value) => /[\r\n]/.test(value))) {
      // Every line number after this one would be off: the first problem is the only one to trust.
      problems.push({ line, problem: 'a field holds a line break' });
      break;
    }
    if (row.length !== columns.length) {
      problems.push({ line, problem: `has ${row.length} fields, the header ${columns.length}` });
      continue;
    }
    records.push({ line, fields: Object.fromEntries(columns.map((name, column) => [name, row[column]])) });
  }
  return { source, records, problems };
}
