import fs from 'node:fs';
import path from 'node:path';
import { createRng, type Rng } from '../../lib/rng';
import { formatMinor } from '../../lib/money';
import type { Principal } from '../../lib/principal';
import { generateTaxId } from '../../lib/taxids/generate';
import type { Region } from '../../lib/regions';
import { ibanCheckDigits } from '../../lib/iban/iban';
import { graphql, type TestFederation } from './federation';

/**
 * Canaries: distinctive values planted in every classified attribute through the real write paths
 * (ingestion, change data capture, updateCustomer, bank accounts and cards, contracts, invoices,
 * payments, write-offs, the ledger, system extracts), so that a scan can tell where each one
 * surfaces. Personal data has no write path of its own (contacts come with the master data), so
 * the seeded contacts of two customers serve as its canaries, where they are unique in the book.
 */

export type CanaryValue = { text: string } | { minor: number; currency: string };

export interface Canary {
  /** What it is and how it got in, for failure messages. */
  label: string;
  value: CanaryValue;
  /** The field showing the attribute it was planted in; a value no field shows (a card number) names none. */
  coordinate?: string;
  customerId: string;
  region: Region;
  /**
   * Two values of the same shape that are on file nowhere, to tell a lookup that finds from one that
   * does not. Only the values in force have them: a superseded value finds nothing either way.
   */
  decoys?: [string, string];
  /** The key a source sends it under, so it can be fed to arguments that take a source record. */
  sourceKey?: string;
}

export interface PlantedRecords {
  canaries: Canary[];
  /** Ids of records holding canaries, by GraphQL type, to feed the operations' id arguments. */
  ids: Record<string, string[]>;
  /** Source attributes (JSON) of a canary customer without its classified keys: a record that finds it by name. */
  carrier: (extra?: Record<string, unknown>) => string;
  /** The period, business day and customer names the planted records use. */
  period: string;
  businessDate: string;
}

export const CANARY_PERIOD = '2026-10';
export const CANARY_BUSINESS_DATE = '2026-11-20';

/** Canaries are unusual enough that no other value in the book or a response contains them by chance. */
function money(
  rng: Rng,
  currency: string,
  used: Set<number>,
  below = 9_899_999_99,
): { minor: number; currency: string } {
  for (;;) {
    const minor = rng.int(1_000_000_00, below);
    const digits = String(minor);
    // No run of a repeated digit and no zeros at the end: the value must not read like a round amount.
    if (!used.has(minor) && !/(\d)\1\1/.test(digits) && !digits.endsWith('0')) {
      used.add(minor);
      return { minor, currency };
    }
  }
}

function germanIban(rng: Rng): string {
  const bban = Array.from({ length: 18 }, () => String(rng.int(0, 9))).join('');
  return `DE${ibanCheckDigits('DE', bban)}${bban}`;
}

function duns(rng: Rng): string {
  return String(rng.int(100_000_000, 999_999_999));
}

/** A card number that passes Luhn on a test prefix (4000 0566 ...). */
function pan(rng: Rng): string {
  const payload = `400056${Array.from({ length: 9 }, () => rng.int(0, 9)).join('')}`;
  let sum = 0;
  for (const [i, digit] of [...payload].reverse().entries()) {
    const d = Number(digit) * (i % 2 === 0 ? 2 : 1);
    sum += d > 9 ? d - 9 : d;
  }
  return `${payload}${(10 - (sum % 10)) % 10}`;
}

interface Side {
  region: Region;
  country: string;
  currency: string;
  taxKind: 'EU_VAT' | 'US_EIN';
}

const SIDES: Side[] = [
  { region: 'EU', country: 'DE', currency: 'EUR', taxKind: 'EU_VAT' },
  { region: 'US', country: 'US', currency: 'USD', taxKind: 'US_EIN' },
];

export async function plantCanaries(federation: TestFederation, seed = 20261203): Promise<PlantedRecords> {
  const rng = createRng(seed);
  const amounts = new Set<number>();
  const canaries: Canary[] = [];
  const ids: Record<string, string[]> = { Customer: [], Contract: [], Invoice: [], WriteOff: [], BankAccount: [] };
  const as = async (principal: Partial<Principal>) => federation.token({ regions: ['EU', 'US'], ...principal });
  const run = async (token: string, query: string, variables: Record<string, unknown>) => {
    const { body } = await graphql(federation.gateway.url, query, { token, variables });
    if (body.errors) throw new Error(`planting canaries failed: ${JSON.stringify(body.errors)}`);
    return body.data;
  };
  const steward = await as({ sub: 'canary-steward', roles: ['data_steward'] });
  const admin = await as({ sub: 'canary-admin', roles: ['admin'] });
  const maker = await as({ sub: 'canary-maker', roles: ['finance_analyst'] });
  const billing = await as({ sub: 'canary-billing', roles: ['billing_ops'] });
  const collector = await as({ sub: 'canary-collector', roles: ['collections'] });
  const creditAnalyst = await as({ sub: 'canary-credit', roles: ['credit_analyst'] });
  const names: Record<string, string> = {};

  for (const side of SIDES) {
    const tag = `${side.region}${rng.int(1000, 9999)}`;
    const name = `Kanarienvogel Holdings ${tag}`;
    const address = {
      line1: `Canary Wharf ${rng.int(1, 99)}`,
      city: side.country === 'DE' ? 'Bremen' : 'Boston',
      postalCode: side.country === 'DE' ? '28195' : '02128',
      country: side.country,
    };
    const taxId = generateTaxId(side.taxKind, rng, side.country);
    const [crmDuns, billingDuns, updatedDuns] = [duns(rng), duns(rng), duns(rng)];
    const [riskLimit, cdcLimit, updatedLimit] = [
      money(rng, side.currency, amounts),
      money(rng, side.currency, amounts),
      money(rng, side.currency, amounts),
    ];
    const unknownKey = `CANARYSECRET${rng.int(100_000, 999_999)}`;

    // Ingestion: a new customer from three sources, with a key no mapping knows.
    await run(steward, 'mutation($batch: SourceBatchInput!) { ingestSourceRecords(batch: $batch) { created } }', {
      batch: {
        batchId: `canary-${tag}`,
        sourceSystem: 'CRM',
        records: [
          {
            sourceId: `CANARY-CRM-${tag}`,
            version: 1,
            verifiedAt: '2026-11-01T00:00:00Z',
            attributes: JSON.stringify({
              name,
              country: side.country,
              taxId,
              duns: crmDuns,
              address,
              internalRef: unknownKey,
            }),
          },
        ],
      },
    });
    for (const [system, attributes] of [
      ['BILLING', { name, country: side.country, taxId, duns: billingDuns, address, paymentTerms: 'NET30' }],
      [
        'RISK',
        { name, country: side.country, taxId, creditLimit: { minor: riskLimit.minor, currency: riskLimit.currency } },
      ],
    ] as const) {
      await run(steward, 'mutation($batch: SourceBatchInput!) { ingestSourceRecords(batch: $batch) { merged } }', {
        batch: {
          batchId: `canary-${tag}-${system}`,
          sourceSystem: system,
          records: [
            {
              sourceId: `CANARY-${system}-${tag}`,
              version: 1,
              verifiedAt: '2026-11-02T00:00:00Z',
              attributes: JSON.stringify(attributes),
            },
          ],
        },
      });
    }
    const found = await run(
      admin,
      'query($q: String) { customers(first: 2, filter: { nameContains: $q }) { edges { node { id } } } }',
      { q: tag },
    );
    const customerId: string = found.customers.edges[0].node.id;
    ids.Customer.push(customerId);
    names[side.region] = name;
    const plant = (label: string, value: CanaryValue, coordinate: string | undefined, extra: Partial<Canary> = {}) =>
      canaries.push({
        label: `${label} (${side.region})`,
        value,
        ...(coordinate ? { coordinate } : {}),
        customerId,
        region: side.region,
        ...extra,
      });
    plant('tax id, ingested', { text: taxId }, 'TaxId.value', {
      decoys: [generateTaxId(side.taxKind, rng, side.country), generateTaxId(side.taxKind, rng, side.country)],
      sourceKey: 'taxId',
    });
    plant('D-U-N-S number, ingested from CRM', { text: crmDuns }, 'Customer.duns');
    plant('D-U-N-S number a billing source carries', { text: billingDuns }, 'Customer.duns');
    plant('credit limit, ingested from risk', riskLimit, 'Customer.creditLimit');
    plant('a source key no mapping knows', { text: unknownKey }, undefined);

    // Change data capture, then an update by a credit analyst.
    await run(steward, 'mutation($events: [ChangeEventInput!]!) { applyChanges(events: $events) { applied } }', {
      events: [
        {
          source: 'RISK',
          customerId,
          attribute: 'creditLimit',
          value: JSON.stringify(cdcLimit),
          sequence: 1,
          at: '2026-11-03T00:00:00Z',
        },
      ],
    });
    plant('credit limit, by change data capture', cdcLimit, 'Customer.creditLimit');
    await run(
      creditAnalyst,
      'mutation($id: ID!, $input: CustomerUpdateInput!) { updateCustomer(id: $id, input: $input, reason: "Canary review") { id } }',
      {
        id: customerId,
        input: { creditLimit: formatMinor(updatedLimit.minor, updatedLimit.currency), duns: updatedDuns },
      },
    );
    plant('credit limit, by updateCustomer', updatedLimit, 'Customer.creditLimit');
    plant('D-U-N-S number, by updateCustomer', { text: updatedDuns }, 'Customer.duns', {
      decoys: [duns(rng), duns(rng)],
      sourceKey: 'duns',
    });
    // A dispute about the limit in force: the server captures it, and the dispute shows it as the limit is shown.
    const dispute = await run(steward, 'mutation($input: DisputeInput!) { openDispute(input: $input) { id } }', {
      input: {
        recordType: 'Customer',
        recordId: customerId,
        coordinate: 'Customer.creditLimit',
        raisingTeam: 'billing',
        counterpartyTeam: 'credit-risk',
        description: 'Canary dispute about the credit limit',
      },
    });
    (ids.Dispute ??= []).push(dispute.openDispute.id);

    // Bank account and card.
    const iban = germanIban(rng);
    const account = await run(
      admin,
      'mutation($id: ID!, $input: BankAccountInput!) { addBankAccount(customerId: $id, input: $input, reason: "Canary mandate") { id } }',
      {
        id: customerId,
        input: { iban, bic: 'COBADEFFXXX', accountHolder: name, currency: side.currency },
      },
    );
    ids.BankAccount.push(account.addBankAccount.id);
    plant('IBAN, by addBankAccount', { text: iban }, 'BankAccount.iban', {
      decoys: [germanIban(rng), germanIban(rng)],
    });
    const cardNumber = pan(rng);
    await run(
      admin,
      'mutation($id: ID!, $input: PaymentCardInput!) { addPaymentCard(customerId: $id, input: $input) { id } }',
      { id: customerId, input: { number: cardNumber, expiryMonth: 7, expiryYear: 2031 } },
    );
    plant('card number, never stored', { text: cardNumber }, undefined);

    // A contract, its invoice, a payment, a write-off and a ledger line.
    const price = money(rng, side.currency, amounts);
    const firstBilling = money(rng, side.currency, amounts, price.minor - 1);
    const contract = await run(
      maker,
      'mutation($input: ContractInput!) { createContract(input: $input) { id billingSchedule { id } } }',
      {
        input: {
          customerId,
          number: `CT-CANARY-${tag}`,
          startDate: '2026-01-01',
          endDate: '2026-12-31',
          currency: side.currency,
          fixedConsideration: formatMinor(price.minor, price.currency).amount,
          obligations: [
            {
              key: 'platform',
              description: 'Platform',
              pattern: 'RATABLE',
              startDate: '2026-01-01',
              endDate: '2026-12-31',
              standaloneSellingPrice: formatMinor(price.minor, price.currency).amount,
            },
          ],
          billingSchedule: [
            { date: '2026-01-01', amount: formatMinor(firstBilling.minor, side.currency).amount },
            { date: '2026-07-01', amount: formatMinor(price.minor - firstBilling.minor, side.currency).amount },
          ],
        },
      },
    );
    const contractId: string = contract.createContract.id;
    ids.Contract.push(contractId);
    plant('contract price, by createContract', price, 'Contract.totalValue');
    plant('first billing, by createContract', firstBilling, 'BillingEntry.listAmount');
    const invoice = await run(billing, 'mutation($id: ID!) { issueInvoice(input: { billingEntryId: $id }) { id } }', {
      id: contract.createContract.billingSchedule[0].id,
    });
    const invoiceId: string = invoice.issueInvoice.id;
    ids.Invoice.push(invoiceId);
    const payment = { minor: Math.floor(firstBilling.minor / 3) + 7, currency: side.currency };
    await run(collector, 'mutation($p: [PaymentInput!]!) { recordPayments(payments: $p) }', {
      p: [
        {
          id: `canary-pay-${tag}`,
          invoiceId,
          receivedOn: '2026-02-01',
          amount: formatMinor(payment.minor, side.currency).amount,
          method: 'WIRE',
        },
      ],
    });
    plant('payment, by recordPayments', payment, 'Payment.amount');
    const writeOff = { minor: Math.floor(firstBilling.minor / 5) + 3, currency: side.currency };
    const reason = `Canary insolvency note ${rng.int(100_000, 999_999)}`;
    const requested = await run(maker, 'mutation($r: WriteOffRequest!) { requestWriteOff(request: $r) { id } }', {
      r: { invoiceId, amount: formatMinor(writeOff.minor, side.currency).amount, reason },
    });
    ids.WriteOff.push(requested.requestWriteOff.id);
    plant('write-off amount, by requestWriteOff', writeOff, 'WriteOff.amount');
    plant('write-off reason, by requestWriteOff', { text: reason }, 'WriteOff.reason');
    const ledger = money(rng, side.currency, amounts);
    await run(maker, 'mutation($lines: [LedgerLineInput!]!) { postLedgerLines(lines: $lines) }', {
      lines: [
        {
          id: `canary-gl-${tag}`,
          period: CANARY_PERIOD,
          account: '4000',
          contractId,
          obligationId: `${contractId}.platform`,
          amount: formatMinor(ledger.minor, side.currency).amount,
          currency: side.currency,
        },
      ],
    });
    plant('ledger revenue, by postLedgerLines', ledger, 'LedgerLineProblem.amount');

    // A billing system's extract: the balance is stored, the bank details only checked.
    const balance = money(rng, side.currency, amounts);
    const badIban = `DE00${Array.from({ length: 18 }, () => rng.int(0, 9)).join('')}`;
    await run(steward, 'mutation($e: SystemExtractInput!) { recordSystemExtract(extract: $e) { extractId } }', {
      e: {
        id: `canary-extract-${tag}`,
        system: 'BILLING',
        businessDate: CANARY_BUSINESS_DATE,
        takenAt: `${CANARY_BUSINESS_DATE}T22:00:00Z`,
        customers: [
          {
            customerId,
            arBalance: formatMinor(balance.minor, side.currency).amount,
            currency: side.currency,
            iban: badIban,
          },
        ],
      },
    });
    plant('AR balance, by a billing extract', balance, 'SystemBalance.amount');
    plant('bank details an extract failed, never stored', { text: badIban }, undefined);

    // A tax exemption certificate from the file-drop provider; its document is filed under its number.
    const certificateNumber = `EXM-${tag}-${rng.int(10_000_000, 99_999_999)}`;
    const documentReference = `dms://canary-certificates/${rng.int(100_000, 999_999)}/${certificateNumber}.pdf`;
    const { dropDir } = federation.config.taxExemptions;
    fs.mkdirSync(dropDir, { recursive: true });
    fs.writeFileSync(
      path.join(dropDir, `canary-${tag}.csv`),
      'customerId,jurisdiction,certificateNumber,scope,validFrom,validTo,status,documentReference\n' +
        `${customerId},${side.country},${certificateNumber},ALL,2026-01-01,,VERIFIED,${documentReference}\n`,
    );
    await run(billing, 'mutation { refreshTaxExemptions { batches { created } } }', {});
    plant(
      'tax exemption certificate number, by the file-drop provider',
      { text: certificateNumber },
      'TaxExemptionCertificate.certificateNumber',
    );
    plant(
      'its document reference, holding the number',
      { text: documentReference },
      'TaxExemptionCertificate.documentReference',
    );
  }

  // Personal data: seeded contacts of two customers, one per side, kept where unique in the book.
  const book = await run(
    admin,
    '{ customers(first: 100) { edges { node { id region contacts { name email phone } } } } }',
    {},
  );
  const people = book.customers.edges.map((edge: any) => edge.node);
  const count = new Map<string, number>();
  for (const value of people.flatMap((c: any) => c.contacts.flatMap((p: any) => [p.name, p.email, p.phone])))
    count.set(value, (count.get(value) ?? 0) + 1);
  for (const side of SIDES) {
    const holder = people.find((c: any) => c.region === side.region && c.contacts.length > 0);
    if (!holder) throw new Error(`the seeded book has no ${side.region} customer with contacts`);
    ids.Customer.push(holder.id);
    const [contact] = holder.contacts;
    for (const [field, value] of [
      ['name', contact.name],
      ['email', contact.email],
      ['phone', contact.phone],
    ] as const) {
      if (!value || value.length < 8 || count.get(value) !== 1) continue;
      const decoys: [string, string] =
        field === 'email' ? [`zz${value}`, `yy${value}`] : [`${value} Jr`, `${value} Sr`];
      canaries.push({
        label: `contact ${field}, seeded (${side.region})`,
        value: { text: value },
        coordinate: `Contact.${field}`,
        customerId: holder.id,
        region: side.region,
        decoys,
      });
    }
  }

  return {
    canaries,
    ids,
    carrier: (extra = {}) => JSON.stringify({ name: names.EU, country: 'DE', ...extra }),
    period: CANARY_PERIOD,
    businessDate: CANARY_BUSINESS_DATE,
  };
}
