import fs from 'node:fs';
import { compareSupergraphs, readAcknowledgements } from '../schema/compatibility';
import { BREAKING_CHANGES_PATH, readReleasedSupergraphSdl, readSupergraphSdl } from '../schema/supergraphSdl';

/**
 * `npm run schema:check`: the committed supergraph's API against the last released one
 * (schema/released/supergraph.graphql). Exits 1 on a breaking change that schema/breakingChanges.json
 * does not acknowledge with a reason; dangerous changes are listed. CI runs it.
 */
async function main(): Promise<void> {
  const acknowledgements = readAcknowledgements(JSON.parse(fs.readFileSync(BREAKING_CHANGES_PATH, 'utf8')));
  const report = await compareSupergraphs(readReleasedSupergraphSdl(), readSupergraphSdl(), acknowledgements);
  for (const { change, reason } of report.acknowledged)
    console.log(`acknowledged breaking change: ${change.message} (${change.type} ${change.path}): ${reason}`);
  for (const change of report.dangerous) console.log(`dangerous: ${change.message}`);
  for (const acknowledgement of report.unused)
    console.log(`unused acknowledgement (no such change): ${acknowledgement.type} ${acknowledgement.path}`);
  for (const change of report.breaking)
    console.error(
      `BREAKING: ${change.message} (acknowledge as {"type": "${change.type}", "path": "${change.path}", "reason": "..."})`,
    );
  console.log(
    `schema against the last release: ${report.breaking.length} breaking, ${report.acknowledged.length} acknowledged, ${report.dangerous.length} dangerous, ${report.safe} safe`,
  );
  if (report.breaking.length > 0) process.exit(1);
}

main().catch((error: Error) => {
  console.error(`schema:check: ${error.message}`);
  process.exit(2);
});
