import { ConfigError } from '../lib/config';

/** Runs a server until SIGINT/SIGTERM, then stops it cleanly; configuration errors end in one readable line. */
export function runUntilSignal(start: () => Promise<() => Promise<void>>): void {
  start()
    .then((stop) => {
      let stopping = false;
      const shutdown = () => {
        if (stopping) return;
        stopping = true;
        stop().then(
          () => process.exit(0),
          () => process.exit(1),
        );
      };
      process.on('SIGINT', shutdown);
      process.on('SIGTERM', shutdown);
    })
    .catch((error: Error) => {
      console.error(error instanceof ConfigError ? `Configuration error: ${error.message}` : error);
      process.exit(1);
    });
}
