/**
 * describe/it that run only when what they need is there, and otherwise carry the need in their
 * title, so the list of skipped tests CI prints says why each was skipped.
 */
export function describeIf(present: boolean, need: string): (name: string, body: () => void) => void {
  return present ? describe : (name, body) => describe.skip(`${name} [skipped: needs ${need}]`, body);
}

export function itIf(present: boolean, need: string): (name: string, body: () => unknown, timeout?: number) => void {
  return present
    ? (name, body, timeout) => it(name, body as jest.ProvidesCallback, timeout)
    : (name, body, timeout) => it.skip(`${name} [skipped: needs ${need}]`, body as jest.ProvidesCallback, timeout);
}
