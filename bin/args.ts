/** Reads `--name value` pairs from a command line; a flag without a value is an error. */
export function parseArgs(argv: string[], known: readonly string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (let i = 0; i < argv.length; i += 2) {
    const flag = argv[i];
    const value = argv[i + 1];
    const name = flag.replace(/^--/, '');
    if (!flag.startsWith('--') || !known.includes(name))
      throw new Error(`unknown option ${flag}; known: ${known.map((k) => `--${k}`).join(' ')}`);
    if (value === undefined || value.startsWith('--')) throw new Error(`${flag} needs a value`);
    out[name] = value;
  }
  return out;
}
