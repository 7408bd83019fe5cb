/** A setting is missing or malformed; the message names the variable, never a secret's value. */
export class ConfigError extends Error {}
