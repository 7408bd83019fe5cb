import { WorkLane } from '../../../../gateway/admission/workLane';

describe('a work lane', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('admits as many as it has places, then queues the rest first come first served', async () => {
    const lane = new WorkLane(2, 5, 1000);
    const first = await lane.enter();
    const second = await lane.enter();
    const order: string[] = [];
    const third = lane.enter().then((release) => (order.push('third'), release));
    const fourth = lane.enter().then((release) => (order.push('fourth'), release));
    expect(lane.load).toEqual({ running: 2, waiting: 2 });
    first?.();
    (await third)?.();
    second?.();
    await fourth;
    expect(order).toEqual(['third', 'fourth']);
    expect(lane.load).toEqual({ running: 1, waiting: 0 });
  });

  it('turns away what would overfill the queue, and what waited too long', async () => {
    const lane = new WorkLane(1, 1, 1000);
    const running = await lane.enter();
    const waiting = lane.enter();
    expect(await lane.enter()).toBeUndefined();
    jest.advanceTimersByTime(1001);
    expect(await waiting).toBeUndefined();
    expect(lane.load).toEqual({ running: 1, waiting: 0 });
    running?.();
    expect(lane.load.running).toBe(0);
  });

  it('gives a place back once, however often it is released', async () => {
    const lane = new WorkLane(1, 0, 1000);
    const release = await lane.enter();
    release?.();
    release?.();
    expect(lane.load.running).toBe(0);
    const again = await lane.enter();
    expect(again).toBeDefined();
    expect(await lane.enter()).toBeUndefined();
  });

  it('lets a patient entry wait past a full queue and past the wait, in the same line', async () => {
    const lane = new WorkLane(1, 0, 1000);
    const running = await lane.enter();
    let admitted = false;
    const patient = lane.enter(true).then((release) => ((admitted = true), release));
    expect(await lane.enter()).toBeUndefined();
    jest.advanceTimersByTime(60_000);
    await Promise.resolve();
    expect(admitted).toBe(false);
    running?.();
    expect(await patient).toBeDefined();
  });
});
