import type { SubgraphDefinition } from '../kit/subgraph';
import { QualityResultEntity } from './entities/QualityResult';
import { QualityRunEntity } from './entities/QualityRun';
import { createQualityLoaders, type QualityLoaders } from './loaders';
import { Migration001QualityResults } from './migrations/Migration001QualityResults';
import { qualityResolvers } from './resolvers';
import { seedQuality } from './seed';

/** The quality subgraph: data-quality scores and issues of the customer master. */
export const qualitySubgraph: SubgraphDefinition<QualityLoaders> = {
  name: 'quality',
  entities: [QualityRunEntity, QualityResultEntity],
  migrations: [{ name: 'Migration001QualityResults', class: Migration001QualityResults }],
  resolvers: qualityResolvers,
  createLoaders: createQualityLoaders,
  seed: seedQuality,
};
