import { syntheticContractNumber, syntheticMarker } from '../../lib/syntheticMarker';
import type { Resolvers } from './generated/resolvers';
import { refuseUnderLegalHold } from '../kit/legalHolds';
import { BillingEntryEntity } from './entities/BillingEntry';
import { ContractEntity } from './entities/Contract';
import { ContractLineEntity } from './entities/ContractLine';
import { ContractModificationEntity } from './entities/ContractModification';
import { DiscountApprovalEntity } from './entities/DiscountApproval';
import { InvoiceEntity } from './entities/Invoice';
import { LedgerLineEntity } from './entities/LedgerLine';
import { ObligationRevisionEntity } from './entities/ObligationRevision';
import { PaymentEntity } from './entities/Payment';
import { PerformanceObligationEntity } from './entities/PerformanceObligation';
import { PricingTierChangeEntity } from './entities/PricingTierChange';
import { ProgressRecordEntity } from './entities/ProgressRecord';
import { RenewalIntentEntity } from './entities/RenewalIntent';
import { WriteOffEntity } from './entities/WriteOff';

/** Removes the contracts a synthetic transaction created (numbered with its marker), children first. */
export const syntheticResolvers: Resolvers = {
  Mutation: {
    purgeSyntheticContracts: async (_root, args, context) => {
      const marker = syntheticMarker(args.marker);
      return context.em.transactional(async (em) => {
        const found = await em.find(
          ContractEntity,
          { number: syntheticContractNumber(marker) },
          { fields: ['id', 'customerId'] },
        );
        const contracts = found.map((c) => c.id);
        if (contracts.length === 0) return 0;
        await refuseUnderLegalHold(
          context.shared.peers,
          'Purging synthetic contracts',
          [...new Set(found.map((c) => c.customerId))],
          ['INVOICE_HISTORY'],
        );
        const invoices = (await em.find(InvoiceEntity, { contractId: { $in: contracts } }, { fields: ['id'] })).map(
          (i) => i.id,
        );
        await em.nativeDelete(PaymentEntity, { invoiceId: { $in: invoices } });
        await em.nativeDelete(WriteOffEntity, { invoiceId: { $in: invoices } });
        await em.nativeDelete(InvoiceEntity, { id: { $in: invoices } });
        const byContract = { contractId: { $in: contracts } };
        await em.nativeDelete(ObligationRevisionEntity, byContract);
        await em.nativeDelete(ProgressRecordEntity, byContract);
        for (const entity of [
          PerformanceObligationEntity,
          BillingEntryEntity,
          ContractModificationEntity,
          DiscountApprovalEntity,
          PricingTierChangeEntity,
          RenewalIntentEntity,
          LedgerLineEntity,
          ContractLineEntity,
        ]) {
          await em.nativeDelete(entity as typeof BillingEntryEntity, byContract);
        }
        return em.nativeDelete(ContractEntity, { id: { $in: contracts } });
      });
    },
  },
};
