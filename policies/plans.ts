import fs from 'node:fs';
import { parse, type DocumentNode } from 'graphql';
import { SUPERGRAPH_PATH } from '../schema/composeSupergraph';
import { compilePolicy, type PolicyPlan } from './compile';
import { POLICY } from './policy';
import { sensitiveFieldsOf } from './sensitiveFields';

/** The policy compiled for a schema: the supergraph at the gateway, its own SDL in a subgraph. */
export function planFor(document: DocumentNode): PolicyPlan {
  return compilePolicy(POLICY, sensitiveFieldsOf(document));
}

export function supergraphPlan(): PolicyPlan {
  return planFor(parse(fs.readFileSync(SUPERGRAPH_PATH, 'utf8')));
}
