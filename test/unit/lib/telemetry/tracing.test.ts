import { ROOT_CONTEXT, context, trace } from '@opentelemetry/api';
import { startTracing } from '../../../../lib/telemetry/tracing';
import { loadTracingConfig } from '../../../../lib/telemetry/tracingConfig';
import { startOtlpReceiver } from '../../../support/otlpReceiver';

const TRACE = '0af7651916cd43dd8448eb211c80319c';
const PARENT = 'b7ad6b7169203331';

describe('tracing', () => {
  it('does nothing without an endpoint: no spans recorded, nothing taken in or passed on', async () => {
    const tracing = startTracing('gateway', loadTracingConfig({}));
    expect(tracing.enabled).toBe(false);
    expect(tracing.extract({ traceparent: `00-${TRACE}-${PARENT}-01` })).toBe(ROOT_CONTEXT);
    expect(tracing.tracer.startSpan('anything').isRecording()).toBe(false);
    expect(tracing.headers()).toEqual({});
    await tracing.shutdown();
  });

  // Nothing here ends a span, so nothing is ever sent to the (unreachable) endpoint.
  const on = () => startTracing('gateway', loadTracingConfig({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://127.0.0.1:9' }));

  it("continues a caller's traceparent and leaves its tracestate behind", () => {
    const tracing = on();
    const parent = tracing.extract({
      traceparent: `00-${TRACE}-${PARENT}-01`,
      tracestate: 'vendor=DE89370400440532013000',
    });
    const remote = trace.getSpanContext(parent);
    expect(remote).toMatchObject({ traceId: TRACE, spanId: PARENT, isRemote: true });
    expect(remote?.traceState).toBeUndefined();
    expect(tracing.extract({})).toBe(ROOT_CONTEXT);
    expect(trace.getSpanContext(tracing.extract({ traceparent: 'not a traceparent' }))).toBeUndefined();
  });

  it('passes the active span on as a traceparent, in the same trace', () => {
    const tracing = on();
    const span = tracing.tracer.startSpan('request', {}, tracing.extract({ traceparent: `00-${TRACE}-${PARENT}-01` }));
    const headers = context.with(trace.setSpan(ROOT_CONTEXT, span), () => tracing.headers());
    expect(headers).toEqual({ traceparent: `00-${TRACE}-${span.spanContext().spanId}-01` });
    expect(span.spanContext().spanId).not.toBe(PARENT);
    expect(tracing.headers()).toEqual({});
  });

  it('exports what ended to the collector when it shuts down, under the service name', async () => {
    const receiver = await startOtlpReceiver();
    try {
      const tracing = startTracing(
        'customer',
        loadTracingConfig({ OTEL_EXPORTER_OTLP_ENDPOINT: receiver.endpoint, OTEL_SERVICE_NAME: 'billing' }),
      );
      const span = tracing.tracer.startSpan('work', {}, tracing.extract({ traceparent: `00-${TRACE}-${PARENT}-01` }));
      span.end();
      tracing.tracer.startSpan('never ended');
      await tracing.shutdown();
      expect(receiver.spans).toEqual([
        expect.objectContaining({ service: 'billing-customer', traceId: TRACE, parentSpanId: PARENT, name: 'work' }),
      ]);
    } finally {
      await receiver.close();
    }
  });
});
