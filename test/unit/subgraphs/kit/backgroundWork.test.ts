import { BackgroundWork } from '../../../../subgraphs/kit/backgroundWork';

function deferred(): { promise: Promise<void>; resolve: () => void; reject: (error: Error) => void } {
  let resolve!: () => void;
  let reject!: (error: Error) => void;
  const promise = new Promise<void>((yes, no) => {
    resolve = yes;
    reject = no;
  });
  return { promise, resolve, reject };
}

describe('background work', () => {
  it('settles at once when nothing is in flight', async () => {
    await expect(new BackgroundWork().settled()).resolves.toBeUndefined();
  });

  it('waits for tracked work, and for work that work starts before it ends', async () => {
    const work = new BackgroundWork();
    const first = deferred();
    const second = deferred();
    const finished: string[] = [];
    work.track(
      first.promise.then(() => {
        finished.push('first');
        work.track(second.promise.then(() => finished.push('second')));
      }),
    );
    const settled = work.settled().then(() => finished.push('settled'));
    first.resolve();
    await Promise.resolve();
    second.resolve();
    await settled;
    expect(finished).toEqual(['first', 'second', 'settled']);
  });

  it('counts failed work as settled, and hands the failure back to whoever tracked it', async () => {
    const work = new BackgroundWork();
    const failing = deferred();
    const tracked = work.track(failing.promise);
    failing.reject(new Error('audit trail down'));
    await expect(tracked).rejects.toThrow('audit trail down');
    await expect(work.settled()).resolves.toBeUndefined();
  });

  it('starts what waits for a timer before waiting', async () => {
    const work = new BackgroundWork();
    let delivered = false;
    work.onSettle(() => {
      work.track(Promise.resolve().then(() => (delivered = true)));
    });
    await work.settled();
    expect(delivered).toBe(true);
  });
});
