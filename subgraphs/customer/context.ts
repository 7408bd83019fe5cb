import type { SubgraphContext } from '../kit/context';
import type { CustomerLoaders } from './loaders';
import type { CustomerShared } from './shared';

/** What every resolver of the customer subgraph receives. */
export type CustomerContext = SubgraphContext<CustomerLoaders, CustomerShared>;
