import type { RawGreenlet } from "./raw-greenlet";

/**
 * The greenlets created and not yet dead, in creation order: LoopExit names the blocked ones
 * and the end of the run reports the abandoned ones. An array of slots, each greenlet knowing its
 * own (`_liveIndex`, -1 when not a member): adding appends, deleting clears the slot, and the
 * array is compacted once the holes outnumber the members. Deleting touches no other greenlet,
 * where a linked list updates both neighbours (greenlets finish in any order, so those are cold)
 * and a Set hashes (bench/README.md).
 */
export class LiveGreenlets implements Iterable<RawGreenlet> {
  private slots: (RawGreenlet | null)[] = [];
  private count = 0;

  get size(): number {
    return this.count;
  }

  add(g: RawGreenlet): void {
    if (g._liveIndex >= 0) return;
    g._liveIndex = this.slots.length;
    this.slots.push(g);
    this.count++;
  }

  delete(g: RawGreenlet): void {
    const at = g._liveIndex;
    if (at < 0) return;
    this.slots[at] = null;
    g._liveIndex = -1;
    this.count--;
    const holes = this.slots.length - this.count;
    if (holes >= MIN_HOLES && holes > this.count) this.compact();
  }

  has(g: RawGreenlet): boolean {
    return g._liveIndex >= 0;
  }

  *[Symbol.iterator](): Iterator<RawGreenlet> {
    for (const g of this.slots) if (g !== null) yield g;
  }

  /** Close the holes, keeping the order. Each compaction halves the array at least: O(1) amortised. */
  private compact(): void {
    const slots = this.slots;
    let to = 0;
    for (let from = 0; from < slots.length; from++) {
      const g = slots[from];
      if (g === null) continue;
      g._liveIndex = to;
      slots[to++] = g;
    }
    slots.length = to;
  }
}

/** Below this many holes a compaction is not worth its pass. */
const MIN_HOLES = 64;
