import { startSubgraphs } from '../../../bin/embedded';
import { startGateway } from '../../../gateway/server';
import { loadConfig, type SubgraphName } from '../../../lib/config';
import type { Principal } from '../../../lib/principal';
import { readSupergraphSdl } from '../../../schema/supergraphSdl';
import { startBareApolloGateway, startHiveGateway, type SubgraphCall } from './peerGateways';

/**
 * One process of the peer benchmark: the four subgraphs, or one gateway. Each runs alone so that
 * its CPU time and peak memory are its own. The parent sends what to start, then asks for the
 * process's resource usage between runs, then says stop.
 */

export type GatewayFlavour = 'custos' | 'apollo' | 'hive';

export type HostSpec =
  | { kind: 'subgraphs'; env: Record<string, string>; background: boolean }
  | {
      kind: 'gateway';
      flavour: GatewayFlavour;
      env: Record<string, string>;
      subgraphUrls: Record<SubgraphName, string>;
      principal: Principal;
    };

export type HostReply =
  | { type: 'ready'; url?: string; urls?: Record<SubgraphName, string> }
  | { type: 'usage'; cpuMicros: number; maxRssKiB: number }
  | { type: 'calls'; calls: SubgraphCall[] }
  | { type: 'failed'; message: string };

export type HostCommand = { type: 'usage' } | { type: 'calls' } | { type: 'stop' };

/** The bare gateway's subgraph calls since the parent last asked. */
const calls: SubgraphCall[] = [];

async function start(spec: HostSpec): Promise<{ reply: HostReply; close: () => Promise<void> }> {
  const config = loadConfig(spec.env);
  if (spec.kind === 'subgraphs') {
    const running = await startSubgraphs({ config, ephemeralPorts: true });
    if (spec.background) running.startBackground();
    return { reply: { type: 'ready', urls: running.urls }, close: running.close };
  }
  if (spec.flavour === 'custos') {
    const gateway = await startGateway({ config, port: 0, subgraphUrls: spec.subgraphUrls });
    return { reply: { type: 'ready', url: gateway.url }, close: gateway.close };
  }
  const peerOptions = {
    supergraphSdl: readSupergraphSdl(),
    subgraphUrls: spec.subgraphUrls,
    internalToken: config.internalToken,
    principal: spec.principal,
    onCall: (call: SubgraphCall) => calls.push(call),
  };
  const peer =
    spec.flavour === 'apollo' ? await startBareApolloGateway(peerOptions) : await startHiveGateway(peerOptions);
  return { reply: { type: 'ready', url: peer.url }, close: peer.close };
}

function send(reply: HostReply): void {
  process.send?.(reply);
}

process.once('message', (spec: HostSpec) => {
  start(spec).then(
    ({ reply, close }) => {
      process.on('message', (command: HostCommand) => {
        if (command.type === 'usage') {
          const cpu = process.cpuUsage();
          send({ type: 'usage', cpuMicros: cpu.user + cpu.system, maxRssKiB: process.resourceUsage().maxRSS });
        } else if (command.type === 'calls') {
          send({ type: 'calls', calls: calls.splice(0) });
        } else {
          close().finally(() => process.exit(0));
        }
      });
      send(reply);
    },
    (error: Error) => {
      send({ type: 'failed', message: error.stack ?? error.message });
      process.exit(1);
    },
  );
});
