import { Counter, Gauge, Histogram, type Metric, type Registry } from 'prom-client';
import { knownErrorCode } from '../../lib/telemetry/errorCodes';

/**
 * What the gateway measures for /metrics beside the HTTP requests: operations by name, GraphQL
 * errors by code, each subgraph fetch, the hop from the customer hub to the revenue engine (the
 * contract subgraph extending customers), audit appends and job runs. Label values clients choose
 * (operation names) are bounded, so a client cannot grow the series without limit.
 */

/** Distinct operation names kept as labels; the rest are counted as "other". */
const MAX_OPERATION_NAMES = 200;
const OPERATION_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;

export class GatewayMetrics {
  private readonly operationNames = new Set<string>();

  readonly operationDuration = new Histogram({
    name: 'custos_operation_duration_seconds',
    help: 'GraphQL operations by name (bounded; "other" beyond it, "anonymous" without one) and type',
    labelNames: ['operation', 'type'],
    buckets: [0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [],
  });

  readonly errors = new Counter({
    name: 'custos_graphql_errors_total',
    help: "GraphQL errors in answers, by extensions.code (OTHER for a code neither Custos' nor Apollo Server's)",
    labelNames: ['code'],
    registers: [],
  });

  readonly subgraphFetch = new Histogram({
    name: 'custos_subgraph_fetch_duration_seconds',
    help: 'Each call the gateway makes to a subgraph (every retry its own), by subgraph and outcome',
    labelNames: ['subgraph', 'outcome'],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 10],
    registers: [],
  });

  readonly customerContractHop = new Histogram({
    name: 'custos_customer_contract_hop_seconds',
    help: 'The hop from the customer hub to the revenue engine: the contract subgraph extending customers (_entities)',
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 10],
    registers: [],
  });

  readonly customerContractHopSlow = new Counter({
    name: 'custos_customer_contract_hop_slow_total',
    help: 'Customer-to-contract hops slower than CUSTOMER_CONTRACT_HOP_ALERT_MS',
    registers: [],
  });

  readonly customerContractHopThreshold = new Gauge({
    name: 'custos_customer_contract_hop_alert_seconds',
    help: 'The alert threshold of the customer-to-contract hop (CUSTOMER_CONTRACT_HOP_ALERT_MS), for alert rules to compare with',
    registers: [],
  });

  readonly auditAppend = new Histogram({
    name: 'custos_audit_append_duration_seconds',
    help: 'Appends to the audit trail, from the call to its commit, by outcome',
    labelNames: ['outcome'],
    buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 1],
    registers: [],
  });

  readonly jobRuns = new Counter({
    name: 'custos_job_runs_total',
    help: "Job runs this gateway's runner finished, by job and outcome",
    labelNames: ['job', 'outcome'],
    registers: [],
  });

  readonly webhookDeliveries = new Counter({
    name: 'custos_webhook_deliveries_total',
    help: "Deliveries of customer changes this gateway's webhook dispatcher tried, by outcome",
    labelNames: ['outcome'],
    registers: [],
  });

  constructor(private readonly hopAlertMs: number) {
    this.customerContractHopThreshold.set(hopAlertMs / 1000);
  }

  registerWith(registry: Registry): void {
    const all: Metric<string>[] = [
      this.operationDuration,
      this.errors,
      this.subgraphFetch,
      this.customerContractHop,
      this.customerContractHopSlow,
      this.customerContractHopThreshold,
      this.auditAppend,
      this.jobRuns,
      this.webhookDeliveries,
    ];
    for (const metric of all) registry.registerMetric(metric);
  }

  operationLabel(name: string | null | undefined): string {
    if (!name) return 'anonymous';
    if (!OPERATION_NAME.test(name)) return 'other';
    if (this.operationNames.has(name)) return name;
    if (this.operationNames.size >= MAX_OPERATION_NAMES) return 'other';
    this.operationNames.add(name);
    return name;
  }

  errorCode(code: unknown): string {
    return knownErrorCode(code);
  }

  hop(seconds: number): void {
    this.customerContractHop.observe(seconds);
    if (seconds * 1000 > this.hopAlertMs) this.customerContractHopSlow.inc();
  }
}
