import type { SubgraphContext } from '../kit/context';
import type { CustomerLoaders } from './loaders';

/** What every resolver of the customer subgraph receives. */
export type CustomerContext = SubgraphContext<CustomerLoaders>;
