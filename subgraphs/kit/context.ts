import type { SqlEntityManager } from '@mikro-orm/knex';
import type { Principal } from '../../lib/principal';
import type { Logger } from '../../lib/logger';
import type { CustosConfig } from '../../lib/config';
import type { PolicyPlan } from '../../policies/compile';
import type { AccessReport } from './accessReport';

/** What every resolver of every subgraph receives: who asks, and this request's own ORM and loaders. */
export interface SubgraphContext<TLoaders = unknown, TShared = unknown> {
  principal: Principal;
  requestId: string;
  /** Forked per request: its identity map lives and dies with the request. */
  em: SqlEntityManager;
  /** Built per request, so batching and caching never leak between callers. */
  loaders: TLoaders;
  log: Logger;
  config: CustosConfig;
  /** The access policy compiled for this subgraph's schema. */
  plan: PolicyPlan;
  /** What this request did with classified data, for the gateway's audit event. */
  access: AccessReport;
  /** What the subgraph made once at start for all requests (SubgraphDefinition.createShared). */
  shared: TShared;
}
