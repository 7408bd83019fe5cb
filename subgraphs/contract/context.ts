import type { SubgraphContext } from '../kit/context';
import type { ContractLoaders } from './loaders';
import type { ContractShared } from './shared';

export type ContractContext = SubgraphContext<ContractLoaders, ContractShared>;
