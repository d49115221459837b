/**
 * Level of detail for one lane: a pyramid over its segments, level k summarising each run of
 * 2^k consecutive segments by the style covering most of it on each axis and the kinds of
 * status in it. A stretch of the lane narrower than a pixel is then summed up from O(log n)
 * nodes, so drawing a lane costs time in proportion to its pixels, not its segments. Grows
 * with the lane: only the nodes the new segments completed are computed. Pure.
 */
import type { Axis } from "./axis";
import type { LaneData } from "./lane-data";
import { classOf, salience, type Style } from "./styles";

interface Level {
  /** The dominant style of each node (on one axis), and the status bits (the step axis's only). */
  dom: Uint8Array;
  mask: Uint8Array;
  length: number;
}

/** What a merged stretch shows: the style covering most of it and the kinds of status in it. */
export interface Summary {
  style: Style;
  mask: number;
}

const SALIENCE = Uint8Array.from({ length: 256 }, (_, style) => salience(style));
const CLASS_OF = Uint8Array.from({ length: 256 }, (_, style) => classOf(style));

/** Of two neighbours, the style of the one reaching further (the more salient when even). */
function pick(a: number, b: number, wa: number, wb: number): number {
  if (wa !== wb) return wa > wb ? a : b;
  return SALIENCE[b] > SALIENCE[a] ? b : a;
}

function grown(level: Level, size: number, masked: boolean): void {
  if (level.dom.length >= size) return;
  const capacity = Math.max(size, level.dom.length * 2, 16);
  const dom = new Uint8Array(capacity);
  dom.set(level.dom.subarray(0, level.length));
  level.dom = dom;
  if (!masked) return;
  const mask = new Uint8Array(capacity);
  mask.set(level.mask.subarray(0, level.length));
  level.mask = mask;
}

export class LanePyramid {
  private readonly lane: LaneData;
  /** By axis: levels[k - 1] is level k; level 0 is the segments themselves. */
  private readonly levels: Record<Axis["kind"], Level[]> = { steps: [], time: [] };

  constructor(lane: LaneData) {
    this.lane = lane;
  }

  /**
   * Computes the nodes the lane's new segments completed, weighed on `axis`. Each axis is
   * built when first drawn: the step axis also carries the status bits, so it is built first.
   * At most `budget` nodes: what is left is computed by the next call, and until then a
   * summary reads the levels built so far (more, smaller nodes). Returns the budget left, 0
   * when it ran out.
   */
  update(axis: Axis, steps: Axis, budget = Infinity): number {
    let left = budget;
    if (axis.kind !== "steps") left = this.build(steps, true, left);
    return left > 0 ? this.build(axis, axis.kind === "steps", left) : 0;
  }

  private build(axis: Axis, masked: boolean, budget: number): number {
    const levels = this.levels[axis.kind];
    const n = this.lane.segmentCount;
    const starts = this.lane.starts.data;
    const styles = this.lane.styles.data;
    const byStep = axis.kind === "steps";
    let spare = budget;
    for (let k = 1; n >> k > 0 && spare > 0; k++) {
      if (levels.length < k)
        levels.push({ dom: new Uint8Array(0), mask: new Uint8Array(0), length: 0 });
      const level = levels[k - 1];
      const below = k === 1 ? null : levels[k - 2];
      // A node needs both of its children: a level below left unfinished bounds this one.
      const count = Math.min(n >> k, below === null ? n >> 1 : below.length >> 1);
      if (level.length >= count) continue;
      grown(level, count, masked);
      const child = below?.dom ?? styles;
      const half = 1 << (k - 1);
      const last = Math.min(count, level.length + spare);
      for (let node = level.length; node < last; node++) {
        const a = node << k;
        const m = a + half;
        const e = m + half;
        const left = node * 2;
        let wa: number;
        let wb: number;
        if (byStep) {
          const sm = starts[m];
          wa = sm - starts[a];
          wb = (e < n ? starts[e] : axis.end) - sm;
        } else {
          const tm = axis.at(starts[m]);
          wa = tm - axis.at(starts[a]);
          wb = (e < n ? axis.at(starts[e]) : axis.end) - tm;
        }
        level.dom[node] = pick(child[left], child[left + 1], wa, wb);
        if (masked) {
          level.mask[node] =
            below === null
              ? CLASS_OF[styles[left]] | CLASS_OF[styles[left + 1]]
              : below.mask[left] | below.mask[left + 1];
        }
      }
      spare -= last - level.length;
      level.length = last;
    }
    return spare;
  }

  /** Bytes of the pyramid (capacity included). */
  get bytes(): number {
    let total = 0;
    for (const level of this.levels.steps) total += level.dom.length + level.mask.length;
    for (const level of this.levels.time) total += level.dom.length;
    return total;
  }

  /** The summary of segments [from, to): the dominant style on `axis` and the status bits. */
  summarise(from: number, to: number, axis: Axis): Summary {
    let best = 0;
    let bestWeight = -1;
    let mask = 0;
    let i = from;
    while (i < to) {
      let k = 0;
      const levels = this.levels[axis.kind];
      const masks = this.levels.steps;
      while (k < levels.length && (i & ((2 << k) - 1)) === 0 && i + (2 << k) <= to) {
        if (levels[k].length <= i >> (k + 1)) break;
        if (k >= masks.length || masks[k].length <= i >> (k + 1)) break;
        k++;
      }
      const size = 1 << k;
      const style = this.styleOf(k, i >> k, axis.kind);
      const weight = this.extent(i, i + size, axis);
      mask |= this.maskOf(k, i >> k);
      if (weight > bestWeight || (weight === bestWeight && SALIENCE[style] > SALIENCE[best])) {
        best = style;
        bestWeight = weight;
      }
      i += size;
    }
    return { style: best, mask };
  }

  private styleOf(k: number, node: number, kind: Axis["kind"]): Style {
    return k === 0 ? this.lane.styles.data[node] : this.levels[kind][k - 1].dom[node];
  }

  private maskOf(k: number, node: number): number {
    return k === 0 ? CLASS_OF[this.lane.styles.data[node]] : this.levels.steps[k - 1].mask[node];
  }

  /** How far segments [from, to) reach on the axis. */
  private extent(from: number, to: number, axis: Axis): number {
    const starts = this.lane.starts;
    const end = to < starts.length ? axis.at(starts.data[to]) : axis.end;
    return end - axis.at(starts.data[from]);
  }
}
