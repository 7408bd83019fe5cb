import { ConfigError } from '../lib/config';

/**
 * Runs a server until SIGINT/SIGTERM, then stops it cleanly; configuration errors end in one
 * readable line. The signal handlers are in place before the server starts, so a signal that
 * arrives while it is still starting stops it as soon as it is up.
 */
export function runUntilSignal(start: () => Promise<() => Promise<void>>): void {
  const started = start();
  let stopping = false;
  const shutdown = () => {
    if (stopping) return;
    stopping = true;
    started
      .then((stop) => stop())
      .then(
        () => process.exit(0),
        () => process.exit(1),
      );
  };
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
  started.catch((error: Error) => {
    console.error(error instanceof ConfigError ? `Configuration error: ${error.message}` : error);
    process.exit(1);
  });
}
