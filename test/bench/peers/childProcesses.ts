import { fork, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import type { HostCommand, HostReply, HostSpec } from './benchHost';
import type { SubgraphCall } from './peerGateways';
import type { LoadResult, LoadSpec } from './loadRunner';

/** The parent's side of the peer benchmark's processes: start one, ask it things, stop it. */

function forkTypeScript(file: string): ChildProcess {
  return fork(path.join(__dirname, file), [], {
    execArgv: ['--import', 'tsx'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
}

/** The next message from a child, or its death as an error. */
function nextMessage<T>(child: ChildProcess): Promise<T> {
  return new Promise((resolve, reject) => {
    const onExit = (code: number | null) =>
      reject(new Error(`benchmark process ended (exit ${code}) before answering`));
    child.once('exit', onExit);
    child.once('message', (message) => {
      child.off('exit', onExit);
      const reply = message as { type: string; message?: string };
      if (reply.type === 'failed') reject(new Error(reply.message));
      else resolve(message as T);
    });
  });
}

export interface Usage {
  cpuMs: number;
  maxRssMiB: number;
}

export interface Host {
  url: string;
  urls: NonNullable<Extract<HostReply, { type: 'ready' }>['urls']>;
  usage(): Promise<Usage>;
  calls(): Promise<SubgraphCall[]>;
  stop(): Promise<void>;
}

export async function startHost(spec: HostSpec): Promise<Host> {
  const child = forkTypeScript('benchHost.ts');
  const ready = nextMessage<Extract<HostReply, { type: 'ready' }>>(child);
  child.send(spec);
  const { url, urls } = await ready;
  const ask = <T extends HostReply>(command: HostCommand): Promise<T> => {
    const reply = nextMessage<T>(child);
    child.send(command);
    return reply;
  };
  return {
    url: url ?? '',
    urls: urls ?? ({} as Host['urls']),
    usage: async () => {
      const { cpuMicros, maxRssKiB } = await ask<Extract<HostReply, { type: 'usage' }>>({ type: 'usage' });
      return { cpuMs: cpuMicros / 1000, maxRssMiB: maxRssKiB / 1024 };
    },
    calls: async () => (await ask<Extract<HostReply, { type: 'calls' }>>({ type: 'calls' })).calls,
    stop: async () => {
      if (child.exitCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.send({ type: 'stop' } satisfies HostCommand);
      await exited;
    },
  };
}

/** One autocannon run in a fresh process. */
export async function runLoad(spec: LoadSpec): Promise<LoadResult> {
  const child = forkTypeScript('loadRunner.ts');
  const done = nextMessage<{ type: 'done'; result: LoadResult }>(child);
  child.send(spec);
  return (await done).result;
}
