import { ConfigError } from '../../../../lib/config';
import { loadTracingConfig } from '../../../../lib/telemetry/tracingConfig';

describe('tracing configuration', () => {
  it('is off without an endpoint, and names each service after the deployment', () => {
    const config = loadTracingConfig({});
    expect(config.endpoint).toBeUndefined();
    expect(config.serviceName('gateway')).toBe('custos-gateway');
    expect(loadTracingConfig({ OTEL_SERVICE_NAME: 'billing' }).serviceName('customer')).toBe('billing-customer');
  });

  it("posts to a base endpoint's /v1/traces, and to a traces endpoint as given", () => {
    expect(loadTracingConfig({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318' }).endpoint).toBe(
      'http://collector:4318/v1/traces',
    );
    expect(loadTracingConfig({ OTEL_EXPORTER_OTLP_ENDPOINT: 'https://otel.example/prefix/' }).endpoint).toBe(
      'https://otel.example/prefix/v1/traces',
    );
    expect(
      loadTracingConfig({
        OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318',
        OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: 'http://traces:9999/custom',
      }).endpoint,
    ).toBe('http://traces:9999/custom');
  });

  it('is off when the SDK is disabled, whatever the endpoint', () => {
    expect(
      loadTracingConfig({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318', OTEL_SDK_DISABLED: 'true' }).endpoint,
    ).toBeUndefined();
  });

  it('refuses an endpoint that is not http(s) and a service name that is not a name', () => {
    expect(() => loadTracingConfig({ OTEL_EXPORTER_OTLP_ENDPOINT: 'collector:4318' })).toThrow(ConfigError);
    expect(() => loadTracingConfig({ OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: 'grpc://collector:4317' })).toThrow(
      ConfigError,
    );
    expect(() => loadTracingConfig({ OTEL_SERVICE_NAME: 'a name with spaces' })).toThrow(ConfigError);
  });
});
