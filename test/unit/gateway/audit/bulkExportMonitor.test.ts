import { BulkExportMonitor } from '../../../../gateway/audit/bulkExportMonitor';

describe('bulk export detection', () => {
  const monitor = () => new BulkExportMonitor({ perOperation: 100, perWindow: 250, windowSeconds: 60 });

  it('alerts on one operation returning more than the limit', () => {
    expect(monitor().observe('ana', 101)).toMatch(/one operation returned 101 sensitive records \(limit 100\)/);
    expect(monitor().observe('ana', 100)).toBeUndefined();
  });

  it('alerts once when a principal pages past the window limit, then not again within the window', () => {
    const m = monitor();
    const t0 = 1_000_000;
    expect(m.observe('ana', 100, t0)).toBeUndefined();
    expect(m.observe('ana', 100, t0 + 1000)).toBeUndefined();
    expect(m.observe('ana', 100, t0 + 2000)).toMatch(/300 sensitive records read within 60 s \(limit 250\)/);
    expect(m.observe('ana', 100, t0 + 3000)).toBeUndefined();
    // Other principals have their own count.
    expect(m.observe('ben', 100, t0 + 3000)).toBeUndefined();
  });

  it('forgets reads older than the window', () => {
    const m = monitor();
    expect(m.observe('ana', 100, 0)).toBeUndefined();
    expect(m.observe('ana', 100, 1000)).toBeUndefined();
    expect(m.observe('ana', 100, 61_001)).toBeUndefined();
  });

  it('alerts once for an operation read in parts, when its running total crosses the limit', () => {
    const m = monitor();
    expect(m.observe('ana', 60, 0, 0)).toBeUndefined();
    expect(m.observe('ana', 60, 1, 60)).toMatch(/one operation returned 120 sensitive records \(limit 100\)/);
    expect(m.observe('ana', 60, 2, 120)).toBeUndefined();
  });
});
