import type { SubgraphContext } from '../kit/context';
import type { AuditLoaders } from './loaders';
import type { AuditShared } from './shared';

/** What every resolver of the audit subgraph receives. */
export type AuditContext = SubgraphContext<AuditLoaders, AuditShared>;
