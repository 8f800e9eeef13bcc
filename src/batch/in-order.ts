// The reorder buffer of a streaming run: records finish in any order on several workers and
// are handed on in input order, each as soon as every one before it has been. The files
// taken up ahead of the next to hand on are bounded, so a slow file holds back only a few.
export class InOrder<T> {
  private readonly waiting = new Map<number, T>();
  private next = 0;
  /** The hand-on of the records so far; a failure stops the run. */
  private chain: Promise<void> = Promise.resolve();
  private failure: unknown = null;
  private wakers: (() => void)[] = [];

  constructor(
    private readonly total: number,
    private readonly ahead: number,
    private readonly sink: (item: T, index: number) => Promise<void> | void,
  ) {}

  put(index: number, item: T): void {
    this.waiting.set(index, item);
    while (this.waiting.has(this.next)) {
      const i = this.next++;
      const it = this.waiting.get(i)!;
      this.waiting.delete(i);
      this.chain = this.chain.then(async () => {
        if (this.failure === null) await this.sink(it, i);
      }).catch((e: unknown) => {
        this.failure ??= e;
        this.wake();
      });
    }
    this.wake();
  }

  /** Resolves once `index` is within reach of the next record to hand on; rejects when a hand-on failed. */
  async room(index: number): Promise<void> {
    while (index >= this.next + this.ahead && this.failure === null) {
      await new Promise<void>((resolve) => this.wakers.push(resolve));
    }
    if (this.failure !== null) throw this.failure;
  }

  /** Resolves once every record is handed on; rejects with the first failure of the sink. */
  async drained(): Promise<void> {
    await this.chain;
    if (this.failure !== null) throw this.failure;
    if (this.next < this.total) throw new Error(`in-order: ${this.total - this.next} records never came`);
  }

  private wake(): void {
    const wakers = this.wakers;
    this.wakers = [];
    for (const w of wakers) w();
  }
}
