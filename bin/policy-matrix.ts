import { renderMarkdownTable } from '../lib/markdownTable';
import { accessMatrix } from '../policies/accessMatrix';
import { MASKING } from '../policies/masking';
import { POLICY } from '../policies/policy';
import { supergraphPlan } from '../policies/plans';
import { readSupergraphSdl } from '../schema/supergraphSdl';

/** `npm run policy:matrix`: what every role gets of every classified field, for access reviews. */
const plan = supergraphPlan(readSupergraphSdl());
console.log(
  `# Custos access matrix — policy ${POLICY.version}, approved by ${POLICY.approvedBy} on ${POLICY.approvedAt}\n`,
);
console.log("Cells: decision for customers in the caller's regions / for all others (one value when equal).\n");
console.log(renderMarkdownTable(accessMatrix(plan)));
console.log('\nMasks:');
for (const [strategy, rule] of Object.entries(MASKING)) console.log(`- ${strategy}: ${rule.description}`);
console.log(
  `\nROUND rounds to ${POLICY.masking.roundTo}; BUCKET ranges start at ${POLICY.masking.buckets.join(', ')}.`,
);
