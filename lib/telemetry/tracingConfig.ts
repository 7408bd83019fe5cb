import { ConfigError } from '../configError';

/**
 * Where traces go, part of the configuration (lib/config.ts), from OpenTelemetry's own variables:
 *
 *   OTEL_EXPORTER_OTLP_TRACES_ENDPOINT  the full OTLP/HTTP URL spans are posted to, as given
 *   OTEL_EXPORTER_OTLP_ENDPOINT         a collector's base URL: spans go to <it>/v1/traces
 *   OTEL_SERVICE_NAME                   the deployment's name (default custos): each service
 *                                       reports as <name>-gateway, <name>-customer, ...
 *   OTEL_SDK_DISABLED                   true: no traces, whatever the endpoint
 *
 * Without an endpoint nothing is traced: no exporter, no spans recorded, nothing propagated.
 */

export interface TracingConfig {
  /** The OTLP/HTTP traces URL; undefined when traces are off. */
  endpoint?: string;
  /** Each service's `service.name`: the deployment's name and the service's (`custos-customer`). */
  serviceName(service: string): string;
}

type Env = Record<string, string | undefined>;

const SERVICE_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,62}$/;

function httpUrl(key: string, raw: string): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError(`${key} must be an http:// or https:// URL`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new ConfigError(`${key} must be an http:// or https:// URL`);
  return url;
}

/** The signal's path is appended to a base endpoint, as the OTLP exporter specification says. */
function tracesEndpoint(env: Env): string | undefined {
  const traces = env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT;
  if (traces) return httpUrl('OTEL_EXPORTER_OTLP_TRACES_ENDPOINT', traces).toString();
  const base = env.OTEL_EXPORTER_OTLP_ENDPOINT;
  if (!base) return undefined;
  const url = httpUrl('OTEL_EXPORTER_OTLP_ENDPOINT', base);
  url.pathname = `${url.pathname.replace(/\/+$/, '')}/v1/traces`;
  return url.toString();
}

export function loadTracingConfig(env: Env): TracingConfig {
  const disabled = env.OTEL_SDK_DISABLED?.toLowerCase() === 'true';
  const endpoint = disabled ? undefined : tracesEndpoint(env);
  const deployment = env.OTEL_SERVICE_NAME || 'custos';
  if (!SERVICE_NAME.test(deployment))
    throw new ConfigError('OTEL_SERVICE_NAME must be 1 to 63 letters, digits, dots, dashes or underscores');
  return {
    ...(endpoint ? { endpoint } : {}),
    serviceName: (service) => `${deployment}-${service}`,
  };
}
