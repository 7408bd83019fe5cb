import { Worker, type WorkerOptions } from 'node:worker_threads';

/**
 * A worker thread running one of Custos's modules, compiled (dist/, .js) or from source (.ts, as
 * under tsx and jest). A worker does not inherit the loader that compiles TypeScript, so for a
 * source file it is registered first.
 */
export function moduleWorker(file: string, options: WorkerOptions = {}): Worker {
  if (!file.endsWith('.ts')) return new Worker(file, options);
  const source = `require(${JSON.stringify(require.resolve('tsx/cjs'))}); require(${JSON.stringify(file)});`;
  return new Worker(source, { ...options, eval: true });
}
