/**
 * Whether a code point lies in one of Unicode's Arabic blocks: Arabic, Arabic Supplement,
 * Arabic Extended-A and the two blocks of presentation forms (the ligatures some names are typed in).
 */
export function inArabicBlocks(code: number): boolean {
  return (
    (code >= 0x0600 && code < 0x0700) ||
    (code >= 0x0750 && code < 0x0780) ||
    (code >= 0x08a0 && code < 0x0900) ||
    (code >= 0xfb50 && code < 0xfe00) ||
    (code >= 0xfe70 && code < 0xff00)
  );
}
