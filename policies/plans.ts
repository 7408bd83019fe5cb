import { parse, type DocumentNode } from 'graphql';
import { compilePolicy, type PolicyPlan } from './compile';
import { POLICY } from './policy';
import { sensitiveFieldsOf } from './sensitiveFields';

/** The policy compiled for a schema: the supergraph at the gateway, its own SDL in a subgraph. */
export function planFor(document: DocumentNode): PolicyPlan {
  return compilePolicy(POLICY, sensitiveFieldsOf(document));
}

/** The policy compiled for the composed supergraph, given as SDL text (schema/supergraph.graphql). */
export function supergraphPlan(supergraphSdl: string): PolicyPlan {
  return planFor(parse(supergraphSdl));
}
