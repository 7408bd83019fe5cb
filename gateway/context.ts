import type { Principal } from '../lib/principal';
import type { Logger } from '../lib/logger';
import type { RequestAccess } from './audit/requestAccess';
import type { OperationAnalysis } from './governance';

/**
 * Why a plugin refused an operation before it ran: over a limit or not in the document, or a Date
 * or DateTime argument that is not one (both gateway/plugins/limits.ts), introspection
 * (introspection.ts), or policy (earlyRefusal.ts).
 */
export type EarlyRefusal = 'LIMIT' | 'INPUT' | 'INTROSPECTION' | 'POLICY';

/** What the gateway knows about one request once it is authenticated. */
export interface GatewayContext {
  principal: Principal;
  /** The purpose the token stated that no approved DPIA covers, dropped from `principal` (policies/purposeGating.ts). */
  purposeNotHonoured?: string;
  requestId: string;
  log: Logger;
  /** What the subgraphs report this request did with classified data, for its audit event. */
  access: RequestAccess;
  /**
   * Set by the plugin that refuses the operation, before it throws. Apollo starts the plugins'
   * didResolveOperation hooks in order, each before the next: the later ones see it and leave the
   * operation alone (a refusal by policy is still recorded by the audit plugin).
   */
  refusal?: EarlyRefusal;
  /** The policy's analysis of the operation, made once by the first plugin that needs it (plugins/requestAnalysis.ts). */
  analysis?: OperationAnalysis;
  /** The operation's estimated cost, set by the limits plugin; heavy ones wait for a place (plugins/admission.ts). */
  cost?: number;
  /** Set on each page of a bulk export: the export writes its one audit event itself (gateway/exports/exportRoute.ts). */
  exportPage?: true;
}
