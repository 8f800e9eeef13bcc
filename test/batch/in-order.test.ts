// The reorder buffer of a streaming run: records are handed on in input order whatever order
// they finish in, and the files taken up ahead of the next to hand on stay bounded.
import { describe, expect, it } from 'vitest';
import { InOrder } from '../../src/batch/in-order.ts';

describe('InOrder', () => {
  it('hands records on in input order, each once every one before it has been', async () => {
    const out: [string, number][] = [];
    const order = new InOrder<string>(4, 10, (item, i) => void out.push([item, i]));
    order.put(2, 'c');
    order.put(1, 'b');
    expect(out).toEqual([]);
    order.put(0, 'a');
    await Promise.resolve();
    order.put(3, 'd');
    await order.drained();
    expect(out).toEqual([['a', 0], ['b', 1], ['c', 2], ['d', 3]]);
  });

  it('makes a file wait for room while a slow one holds back the others', async () => {
    const order = new InOrder<number>(5, 2, () => undefined);
    await order.room(0);
    await order.room(1);
    let third = false;
    const waiting = order.room(2).then(() => (third = true));
    order.put(1, 1);
    await new Promise((r) => setTimeout(r, 10));
    // Record 1 is finished but record 0 is not: nothing is handed on, file 2 still waits.
    expect(third).toBe(false);
    order.put(0, 0);
    await waiting;
    expect(third).toBe(true);
  });

  it('stops at the first failure of the sink and says so', async () => {
    const seen: number[] = [];
    const order = new InOrder<number>(3, 10, (n) => {
      if (n === 1) throw new Error('disk full');
      seen.push(n);
    });
    order.put(0, 0);
    order.put(1, 1);
    order.put(2, 2);
    await expect(order.drained()).rejects.toThrow('disk full');
    expect(seen).toEqual([0]);
    await expect(order.room(50)).rejects.toThrow('disk full');
  });

  it('says so when a record never came', async () => {
    const order = new InOrder<number>(2, 10, () => undefined);
    order.put(0, 0);
    await expect(order.drained()).rejects.toThrow('1 records never came');
  });
});
