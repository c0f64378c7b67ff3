import { describe, expect, test } from 'vitest';
import { ReadCache, type UpstreamAnswer } from './read-cache.ts';

function answer(status: number, text: string): UpstreamAnswer {
  return { status, contentType: 'text/plain', body: Buffer.from(text) };
}

function deferred() {
  let resolve: (value: UpstreamAnswer) => void = () => undefined;
  let reject: (reason: Error) => void = () => undefined;
  const promise = new Promise<UpstreamAnswer>((yes, no) => {
    resolve = yes;
    reject = no;
  });
  return { promise, resolve, reject };
}

describe('ReadCache', () => {
  test('shares one load among reads while it is on its way', async () => {
    const cache = new ReadCache(1000, () => 0);
    const pending = deferred();
    let loads = 0;
    const load = () => {
      loads++;
      return pending.promise;
    };

    const reads = Array.from({ length: 50 }, () => cache.read('/a', load));
    pending.resolve(answer(200, 'one'));

    const answers = await Promise.all(reads);
    expect(loads).toBe(1);
    expect(new Set(answers).size).toBe(1);
  });

  test('serves a success until its time is up, then loads again', async () => {
    let now = 0;
    const cache = new ReadCache(1000, () => now);
    let loads = 0;
    const load = () => Promise.resolve(answer(200, `load ${++loads}`));

    await cache.read('/a', load);
    now = 999;
    const cached = await cache.read('/a', load);
    now = 1000;
    const reloaded = await cache.read('/a', load);

    expect(cached.body.toString()).toBe('load 1');
    expect(reloaded.body.toString()).toBe('load 2');
  });

  test('keeps keys apart', async () => {
    const cache = new ReadCache(1000, () => 0);

    await cache.read('/a', () => Promise.resolve(answer(200, 'a')));
    const b = await cache.read('/b', () => Promise.resolve(answer(200, 'b')));

    expect(b.body.toString()).toBe('b');
  });

  test('keeps neither error answers nor failures', async () => {
    const cache = new ReadCache(1000, () => 0);
    let loads = 0;

    await cache.read('/a', () => {
      loads++;
      return Promise.resolve(answer(502, 'down'));
    });
    await expect(
      cache.read('/a', () => {
        loads++;
        return Promise.reject(new Error('broken'));
      }),
    ).rejects.toThrow('broken');
    await cache.read('/a', () => {
      loads++;
      return Promise.resolve(answer(200, 'up'));
    });

    expect(loads).toBe(3);
  });

  test('forgets stored and pending answers on invalidation', async () => {
    const cache = new ReadCache(1000, () => 0);
    const pending = deferred();
    await cache.read('/task/1', () => Promise.resolve(answer(200, 'old')));
    const beforeAction = cache.read('/task/2', () => pending.promise);

    cache.invalidate(() => true);
    pending.resolve(answer(200, 'old two'));
    await beforeAction;
    const one = await cache.read('/task/1', () =>
      Promise.resolve(answer(200, 'new')),
    );
    const two = await cache.read('/task/2', () =>
      Promise.resolve(answer(200, 'new two')),
    );

    expect(one.body.toString()).toBe('new');
    expect(two.body.toString()).toBe('new two');
  });

  test('drops expired entries so that memory stays bounded', async () => {
    let now = 0;
    const cache = new ReadCache(1000, () => now);
    for (let task = 0; task < 100; task++) {
      await cache.read(`/task/${task}`, () =>
        Promise.resolve(answer(200, 'x')),
      );
    }

    now = 5000;
    await cache.read('/task/new', () => Promise.resolve(answer(200, 'x')));

    expect(cache.size).toBe(1);
  });

  test('with no time to live still coalesces but stores nothing', async () => {
    const cache = new ReadCache(0, () => 0);
    let loads = 0;
    const load = () => Promise.resolve(answer(200, `load ${++loads}`));

    await Promise.all([cache.read('/a', load), cache.read('/a', load)]);
    await cache.read('/a', load);

    expect(loads).toBe(2);
    expect(cache.size).toBe(0);
  });
});
