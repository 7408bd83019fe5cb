import type { Resolvers } from '../generated/resolvers';
import { refreshTaxExemptions } from './refreshTaxExemptions';

/** Tax exemption certificates: what the provider delivered, loaded and read per customer. */
export const taxExemptionResolvers: Resolvers = {
  Mutation: {
    refreshTaxExemptions: (_root, _args, context) => refreshTaxExemptions(context),
  },

  Customer: {
    taxExemptions: async (customer, _args, { loaders }) =>
      (await loaders.taxExemptionsOfCustomer.loadMany(customer.customerIds))
        .flatMap((list) => {
          if (list instanceof Error) throw list;
          return list;
        })
        .sort(
          (a, b) =>
            a.jurisdiction.localeCompare(b.jurisdiction) ||
            b.validFrom.localeCompare(a.validFrom) ||
            a.id.localeCompare(b.id),
        ),
  },

  TaxExemptionCertificate: {
    allProducts: (certificate) => Boolean(certificate.allProducts),
  },
};
