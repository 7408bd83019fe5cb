import type { SubgraphDefinition } from '../kit/subgraph';
import { changeOutboxLag, startChangeRelay } from './changeRelay';
import { BankAccountEntity } from './entities/BankAccount';
import { ChangeOutboxEntity } from './entities/ChangeOutbox';
import { ContactEntity } from './entities/Contact';
import { CustomerEntity } from './entities/Customer';
import { CustomerHierarchyEntity } from './entities/CustomerHierarchy';
import { PaymentCardEntity } from './entities/PaymentCard';
import { SourceRecordEntity } from './entities/SourceRecord';
import { TaxIdentifierEntity } from './entities/TaxIdentifier';
import { createCustomerLoaders, type CustomerLoaders } from './loaders';
import { Migration001CustomerMaster } from './migrations/Migration001CustomerMaster';
import { Migration002ContactsAndCreditScore } from './migrations/Migration002ContactsAndCreditScore';
import { Migration003PaymentInstruments } from './migrations/Migration003PaymentInstruments';
import { customerResolvers } from './resolvers';
import { ingestionResolvers } from './ingestion/resolvers';
import { mergeResolvers } from '../kit/mergeResolvers';
import { moneyResolvers } from '../kit/moneyResolvers';
import { AttributeAssertionEntity } from './entities/AttributeAssertion';
import { AttributeLineageEntity } from './entities/AttributeLineage';
import { IngestBatchEntity } from './entities/IngestBatch';
import { MatchReviewEntity } from './entities/MatchReview';
import { CdcPositionEntity } from './entities/CdcPosition';
import { CustomerMergeEntity } from './entities/CustomerMerge';
import { MatchConfigurationRecordEntity } from './entities/MatchConfigurationRecord';
import { Migration004Ingestion } from './migrations/Migration004Ingestion';
import { Migration005MatchConfigurations } from './migrations/Migration005MatchConfigurations';
import { Migration006HeldAttributes } from './migrations/Migration006HeldAttributes';
import { Migration007CustomerSegment } from './migrations/Migration007CustomerSegment';
import { Migration008SchemaMatchesEntities } from './migrations/Migration008SchemaMatchesEntities';
import { Migration009NameSearchText } from './migrations/Migration009NameSearchText';
import { Migration010AttributeAssertions } from './migrations/Migration010AttributeAssertions';
import { Migration011CustomerMatchKeys } from './migrations/Migration011CustomerMatchKeys';
import { Migration012RekeyWholeNames } from './migrations/Migration012RekeyWholeNames';
import { Migration013NameSearchIndex } from './migrations/Migration013NameSearchIndex';
import { Migration014OutboxDeliveryOrder } from './migrations/Migration014OutboxDeliveryOrder';
import { Migration015MergedIntoIndex } from './migrations/Migration015MergedIntoIndex';
import { Migration016CreditLimitChanges } from './migrations/Migration016CreditLimitChanges';
import { Migration017FailedInputs } from './migrations/Migration017FailedInputs';
import { FailedInputEntity } from './entities/FailedInput';
import { createServiceClient } from '../kit/serviceClient';
import type { CustomerShared } from './shared';
import { CreditLimitChangeEntity } from './entities/CreditLimitChange';
import { creditResolvers } from './credit/resolvers';
import { CustomerMatchKeyEntity } from './entities/CustomerMatchKey';
import { fillMissingMatchKeys } from './ingestion/matchKeys';
import { activeMatchConfiguration } from './ingestion/matchConfigurations';
import { qualityFactsResolvers } from './qualityFacts/resolvers';
import { syntheticResolvers } from './synthetic';
import { seedCustomers } from './seed';
import type { Resolvers } from './generated/resolvers';
import { ConsentBatchEntity } from './entities/ConsentBatch';
import { ConsentSignalEntity } from './entities/ConsentSignal';
import { Migration018Consent } from './migrations/Migration018Consent';
import { consentResolvers } from './consent/resolvers';

/** The customer subgraph: master data, source records, account hierarchies, bank accounts and cards. */
export const customerSubgraph: SubgraphDefinition<Resolvers, CustomerLoaders, CustomerShared> = {
  name: 'customer',
  entities: [
    CustomerEntity,
    TaxIdentifierEntity,
    SourceRecordEntity,
    CustomerHierarchyEntity,
    ContactEntity,
    BankAccountEntity,
    PaymentCardEntity,
    ChangeOutboxEntity,
    IngestBatchEntity,
    AttributeLineageEntity,
    AttributeAssertionEntity,
    MatchReviewEntity,
    CdcPositionEntity,
    CustomerMergeEntity,
    MatchConfigurationRecordEntity,
    CustomerMatchKeyEntity,
    CreditLimitChangeEntity,
    FailedInputEntity,
    ConsentBatchEntity,
    ConsentSignalEntity,
  ],
  migrations: [
    { name: 'Migration001CustomerMaster', class: Migration001CustomerMaster },
    { name: 'Migration002ContactsAndCreditScore', class: Migration002ContactsAndCreditScore },
    { name: 'Migration003PaymentInstruments', class: Migration003PaymentInstruments },
    { name: 'Migration004Ingestion', class: Migration004Ingestion },
    { name: 'Migration005MatchConfigurations', class: Migration005MatchConfigurations },
    { name: 'Migration006HeldAttributes', class: Migration006HeldAttributes },
    { name: 'Migration007CustomerSegment', class: Migration007CustomerSegment },
    { name: 'Migration008SchemaMatchesEntities', class: Migration008SchemaMatchesEntities },
    { name: 'Migration009NameSearchText', class: Migration009NameSearchText },
    { name: 'Migration010AttributeAssertions', class: Migration010AttributeAssertions },
    { name: 'Migration011CustomerMatchKeys', class: Migration011CustomerMatchKeys },
    { name: 'Migration012RekeyWholeNames', class: Migration012RekeyWholeNames },
    { name: 'Migration013NameSearchIndex', class: Migration013NameSearchIndex },
    { name: 'Migration014OutboxDeliveryOrder', class: Migration014OutboxDeliveryOrder },
    { name: 'Migration015MergedIntoIndex', class: Migration015MergedIntoIndex },
    { name: 'Migration016CreditLimitChanges', class: Migration016CreditLimitChanges },
    { name: 'Migration017FailedInputs', class: Migration017FailedInputs },
    { name: 'Migration018Consent', class: Migration018Consent },
  ],
  resolvers: mergeResolvers<Resolvers>(
    moneyResolvers,
    customerResolvers,
    ingestionResolvers,
    qualityFactsResolvers,
    syntheticResolvers,
    creditResolvers,
    consentResolvers,
  ),
  createLoaders: createCustomerLoaders,
  seed: seedCustomers,
  prepare: async (database) => {
    const em = database.fork();
    await fillMissingMatchKeys(em, await activeMatchConfiguration(em));
  },
  createShared: (services) => ({ peers: createServiceClient(services, 'customer'), close: async () => undefined }),
  startBackground: (services) => startChangeRelay(services),
  metrics: (services) => [changeOutboxLag(services)],
};
