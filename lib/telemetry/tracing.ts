import type { IncomingHttpHeaders } from 'node:http';
import {
  ProxyTracerProvider,
  ROOT_CONTEXT,
  context,
  defaultTextMapGetter,
  defaultTextMapSetter,
  type Context,
  type Tracer,
} from '@opentelemetry/api';
import { AsyncLocalStorageContextManager } from '@opentelemetry/context-async-hooks';
import { TRACE_PARENT_HEADER, W3CTraceContextPropagator } from '@opentelemetry/core';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { BasicTracerProvider, BatchSpanProcessor } from '@opentelemetry/sdk-trace-base';
import { ATTR_SERVICE_NAME } from '@opentelemetry/semantic-conventions';
import type { TracingConfig } from './tracingConfig';

/**
 * One service's traces (the gateway's, or a subgraph's): its own tracer provider, so that in
 * embedded mode, where all five share a process, each still reports under its own service name,
 * and W3C trace context in and out over HTTP. Spans are made by hand where Custos knows what is
 * safe to record: no auto-instrumentation, which would put URLs and SQL with their values into
 * attributes.
 *
 * Without an endpoint tracing is off: the tracer is a no-op, nothing is extracted or propagated,
 * and no exporter exists.
 */

export interface Tracing {
  readonly enabled: boolean;
  readonly tracer: Tracer;
  /**
   * The trace an incoming request continues: its `traceparent`, or a new trace without one. The
   * `tracestate` is not taken: it is free text from outside, and would be exported with every span.
   */
  extract(headers: IncomingHttpHeaders): Context;
  /** The headers (`traceparent`) that carry the active span on to the service called next. */
  headers(): Record<string, string>;
  /** Exports what is still buffered and stops. */
  shutdown(): Promise<void>;
}

const propagator = new W3CTraceContextPropagator();

const OFF: Tracing = {
  enabled: false,
  tracer: new ProxyTracerProvider().getTracer('custos'),
  extract: () => ROOT_CONTEXT,
  headers: () => ({}),
  shutdown: async () => {},
};

let contextManagerRegistered = false;

/** Spans follow the request through awaits; one context manager serves every service of the process. */
function registerContextManager(): void {
  if (contextManagerRegistered) return;
  context.setGlobalContextManager(new AsyncLocalStorageContextManager().enable());
  contextManagerRegistered = true;
}

export function startTracing(service: string, config: TracingConfig): Tracing {
  if (!config.endpoint) return OFF;
  registerContextManager();
  const provider = new BasicTracerProvider({
    resource: resourceFromAttributes({ [ATTR_SERVICE_NAME]: config.serviceName(service) }),
    spanProcessors: [new BatchSpanProcessor(new OTLPTraceExporter({ url: config.endpoint }))],
  });
  return {
    enabled: true,
    tracer: provider.getTracer('custos'),
    extract: (headers) => {
      const traceparent = headers[TRACE_PARENT_HEADER];
      return typeof traceparent === 'string'
        ? propagator.extract(ROOT_CONTEXT, { [TRACE_PARENT_HEADER]: traceparent }, defaultTextMapGetter)
        : ROOT_CONTEXT;
    },
    headers: () => {
      const carrier: Record<string, string> = {};
      propagator.inject(context.active(), carrier, defaultTextMapSetter);
      return carrier;
    },
    shutdown: () => provider.shutdown(),
  };
}
