import { startGateway } from '../gateway/server';
import { loadConfig } from '../lib/config';
import { runUntilSignal } from './runUntilSignal';

/** `npm run start:gateway`: the gateway alone; subgraph URLs come from <NAME>_SUBGRAPH_URL. */
runUntilSignal(async () => {
  const gateway = await startGateway({ config: loadConfig() });
  return gateway.close;
});
