/**
 * Where a webhook may be sent: an absolute https URL (http too outside production, for receivers on
 * a developer's machine), without a user or password, which every listing of the subscription
 * would show. Answers why not, or undefined when it may.
 */
export function webhookUrlProblem(text: string, production: boolean): string | undefined {
  if (text.length > 2048) return 'is longer than 2048 characters';
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return 'is not an absolute URL';
  }
  const schemes = production ? ['https:'] : ['https:', 'http:'];
  if (!schemes.includes(url.protocol)) return `must start with ${schemes.map((s) => `${s}//`).join(' or ')}`;
  if (url.username || url.password) return 'must not carry a user or password: receivers verify the signature instead';
  if (url.hash) return 'must not have a #fragment';
  return undefined;
}
