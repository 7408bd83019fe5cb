import { bandProposal } from '../../../../../subgraphs/customer/credit/bandProposal';

describe('what a new credit score proposes for the limit', () => {
  it("proposes the band's limit when the score moves into another band, at the band's edge", () => {
    expect(bandProposal(80, 81, 'EUR')).toEqual({ kind: 'LIMIT', limit: { minor: 50_000_000, currency: 'EUR' } });
    expect(bandProposal(21, 20, 'EUR')).toEqual({ kind: 'LIMIT', limit: { minor: 0, currency: 'EUR' } });
  });

  it('leaves the limit as it is while the score moves within its band', () => {
    expect(bandProposal(81, 100, 'EUR')).toEqual({ kind: 'SAME_BAND' });
    expect(bandProposal(61, 80, 'EUR')).toEqual({ kind: 'SAME_BAND' });
  });

  it('proposes for a first score', () => {
    expect(bandProposal(null, 50, 'USD')).toEqual({ kind: 'LIMIT', limit: { minor: 5_000_000, currency: 'USD' } });
  });

  it('proposes nothing where the limit currency is unknown or has no band limits', () => {
    expect(bandProposal(10, 90, null)).toEqual({ kind: 'NO_BAND_LIMIT' });
    expect(bandProposal(10, 90, 'NOK')).toEqual({ kind: 'NO_BAND_LIMIT' });
  });
});
