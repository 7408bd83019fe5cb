import {
  exemptionDecision,
  type ExemptionCertificate,
} from '../../../../../subgraphs/contract/taxExemptions/exemptionDecision';
import { parseJurisdiction, type Jurisdiction } from '../../../../../subgraphs/contract/taxExemptions/jurisdiction';

const at = (text: string) => parseJurisdiction(text) as Jurisdiction;

function certificate(
  id: string,
  overrides: Partial<Omit<ExemptionCertificate, 'jurisdiction'>> & { in?: string } = {},
) {
  const { in: jurisdiction = 'US-TX', ...rest } = overrides;
  return {
    id,
    jurisdiction: at(jurisdiction),
    allProducts: true,
    productCodes: [],
    validFrom: '2026-01-01',
    validTo: '2026-12-31',
    status: 'VERIFIED' as const,
    ...rest,
  };
}

const invoice = (date: string, where = 'US-TX', productCodes = ['PLAT', 'TRAIN']) => ({
  jurisdiction: at(where),
  date,
  productCodes,
});

const decided = (certificates: ExemptionCertificate[], on: ReturnType<typeof invoice>) => {
  const decision = exemptionDecision(certificates, on);
  return decision.treatment === 'TAXABLE' ? decision : { ...decision, certificate: decision.certificate.id };
};

describe('the tax exemption decision', () => {
  it('is TAXABLE when the customer holds no certificate', () => {
    expect(exemptionDecision([], invoice('2026-06-01'))).toEqual({ treatment: 'TAXABLE' });
  });

  it('exempts from validFrom to validTo, both days included, on calendar dates alone', () => {
    const held = [certificate('c1')];
    expect(decided(held, invoice('2026-01-01'))).toEqual({ treatment: 'EXEMPT', certificate: 'c1' });
    expect(decided(held, invoice('2026-12-31'))).toEqual({ treatment: 'EXEMPT', certificate: 'c1' });
    expect(decided(held, invoice('2027-01-01'))).toEqual({
      treatment: 'INVALID',
      certificate: 'c1',
      problem: 'EXPIRED',
    });
    expect(decided(held, invoice('2025-12-31'))).toEqual({
      treatment: 'INVALID',
      certificate: 'c1',
      problem: 'NOT_YET_VALID',
    });
    expect(decided([certificate('open', { validTo: null })], invoice('2099-01-01'))).toEqual({
      treatment: 'EXEMPT',
      certificate: 'open',
    });
  });

  it('holds only while VERIFIED: pending, rejected and revoked certificates say why', () => {
    for (const status of ['PENDING', 'REJECTED', 'REVOKED'] as const)
      expect(decided([certificate('c1', { status })], invoice('2026-06-01'))).toEqual({
        treatment: 'INVALID',
        certificate: 'c1',
        problem: status,
      });
    // Its status says more than its dates.
    expect(decided([certificate('c1', { status: 'REVOKED' })], invoice('2027-06-01'))).toMatchObject({
      problem: 'REVOKED',
    });
  });

  it("covers a subdivision with its country's certificate, never a country or another subdivision with a subdivision's", () => {
    expect(decided([certificate('us', { in: 'US' })], invoice('2026-06-01', 'US-TX'))).toMatchObject({
      treatment: 'EXEMPT',
    });
    expect(decided([certificate('us', { in: 'US' })], invoice('2026-06-01', 'US'))).toMatchObject({
      treatment: 'EXEMPT',
    });
    expect(decided([certificate('tx', { in: 'US-TX' })], invoice('2026-06-01', 'US-CA'))).toEqual({
      treatment: 'TAXABLE',
    });
    expect(decided([certificate('tx', { in: 'US-TX' })], invoice('2026-06-01', 'US'))).toEqual({
      treatment: 'TAXABLE',
    });
    expect(decided([certificate('de', { in: 'DE' })], invoice('2026-06-01', 'AT'))).toEqual({ treatment: 'TAXABLE' });
  });

  it('needs a scope covering every product billed; a certificate of other products neither exempts nor flags', () => {
    const platOnly = certificate('plat', { allProducts: false, productCodes: ['PLAT'] });
    const both = certificate('both', { allProducts: false, productCodes: ['PLAT', 'SUPP', 'TRAIN'] });
    expect(decided([platOnly], invoice('2026-06-01'))).toEqual({ treatment: 'TAXABLE' });
    expect(decided([platOnly], invoice('2027-06-01'))).toEqual({ treatment: 'TAXABLE' });
    expect(decided([platOnly], invoice('2026-06-01', 'US-TX', ['PLAT']))).toMatchObject({ treatment: 'EXEMPT' });
    expect(decided([both], invoice('2026-06-01'))).toMatchObject({ treatment: 'EXEMPT', certificate: 'both' });
    // An invoice whose contract has no lines bills no product a list could name.
    expect(decided([both], invoice('2026-06-01', 'US-TX', []))).toEqual({ treatment: 'TAXABLE' });
    expect(decided([certificate('all')], invoice('2026-06-01', 'US-TX', []))).toMatchObject({ treatment: 'EXEMPT' });
  });

  it('exempts when any fitting certificate holds, whatever the others say', () => {
    const expired = certificate('old', { validFrom: '2024-01-01', validTo: '2025-12-31' });
    const renewed = certificate('new', { validFrom: '2026-01-01', validTo: null });
    expect(decided([expired, renewed], invoice('2026-06-01'))).toEqual({ treatment: 'EXEMPT', certificate: 'new' });
    expect(decided([renewed, expired], invoice('2026-06-01'))).toEqual({ treatment: 'EXEMPT', certificate: 'new' });
  });

  it("names the most telling certificate: the subdivision's before the country's, then the one valid latest", () => {
    const country = certificate('us', { in: 'US', validTo: '2026-03-31' });
    const state = certificate('tx', { in: 'US-TX', validTo: '2026-02-28' });
    expect(decided([country, state], invoice('2026-06-01'))).toEqual({
      treatment: 'INVALID',
      certificate: 'tx',
      problem: 'EXPIRED',
    });
    const bothHold = [certificate('us', { in: 'US', validTo: null }), certificate('tx', { in: 'US-TX' })];
    expect(decided(bothHold, invoice('2026-06-01'))).toEqual({ treatment: 'EXEMPT', certificate: 'tx' });
    const older = certificate('a', { validTo: '2026-02-28' });
    const later = certificate('b', { validTo: '2026-04-30' });
    expect(decided([older, later], invoice('2026-06-01'))).toMatchObject({ certificate: 'b' });
    expect(decided([later, older], invoice('2026-06-01'))).toMatchObject({ certificate: 'b' });
  });
});
