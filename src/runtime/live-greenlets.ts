import type { RawGreenlet } from "./raw-greenlet";

/**
 * The greenlets created and not yet dead, in creation order: LoopExit names the blocked ones
 * and the end of the run reports the abandoned ones. An intrusive doubly linked list through
 * each greenlet's `_livePrev`/`_liveNext`: adding and removing cost two stores and no hashing,
 * which a Set of a hundred thousand greenlets charged on every spawn and every finish.
 */
export class LiveGreenlets implements Iterable<RawGreenlet> {
  private head: RawGreenlet | null = null;
  private tail: RawGreenlet | null = null;
  private count = 0;

  get size(): number {
    return this.count;
  }

  add(g: RawGreenlet): void {
    if (this.has(g)) return;
    g._livePrev = this.tail;
    g._liveNext = null;
    if (this.tail === null) this.head = g;
    else this.tail._liveNext = g;
    this.tail = g;
    this.count++;
  }

  delete(g: RawGreenlet): void {
    if (!this.has(g)) return;
    const { _livePrev: prev, _liveNext: next } = g;
    if (prev === null) this.head = next;
    else prev._liveNext = next;
    if (next === null) this.tail = prev;
    else next._livePrev = prev;
    g._livePrev = g._liveNext = null;
    this.count--;
  }

  /** Only the head has no predecessor, so membership needs no flag of its own. */
  has(g: RawGreenlet): boolean {
    return g._livePrev !== null || this.head === g;
  }

  *[Symbol.iterator](): Iterator<RawGreenlet> {
    for (let g = this.head; g !== null; g = g._liveNext) yield g;
  }
}
