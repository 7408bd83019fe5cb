/**
 * JSON with object keys sorted and undefined/null members dropped, so that equal data always
 * serialises to equal text (for change detection, and for hashing).
 */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(canonicalize(value));
}

function canonicalize(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonicalize);
  if (value instanceof Date) return value.toISOString();
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value).sort()) {
      const member = (value as Record<string, unknown>)[key];
      if (member !== undefined && member !== null) out[key] = canonicalize(member);
    }
    return out;
  }
  return value;
}
