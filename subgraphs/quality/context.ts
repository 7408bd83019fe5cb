import type { SubgraphContext } from '../kit/context';
import type { QualityLoaders } from './loaders';
import type { QualityShared } from './shared';

export type QualityContext = SubgraphContext<QualityLoaders, QualityShared>;
