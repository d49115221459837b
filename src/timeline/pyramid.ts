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
  /** The dominant style on the step axis and on the time axis, and the status bits. */
  steps: Uint8Array;
  time: Uint8Array;
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

function grown(level: Level, size: number): void {
  if (level.mask.length >= size) return;
  const capacity = Math.max(size, level.mask.length * 2, 16);
  for (const key of ["steps", "time", "mask"] as const) {
    const bigger = new Uint8Array(capacity);
    bigger.set(level[key].subarray(0, level.length));
    level[key] = bigger;
  }
}

export class LanePyramid {
  private readonly lane: LaneData;
  /** levels[k - 1] is level k; level 0 is the segments themselves. */
  private readonly levels: Level[] = [];

  constructor(lane: LaneData) {
    this.lane = lane;
  }

  /** Computes the nodes the lane's new segments completed; `steps` and `time` weigh them. */
  update(steps: Axis, time: Axis): void {
    const n = this.lane.segmentCount;
    const starts = this.lane.starts.data;
    const styles = this.lane.styles.data;
    for (let k = 1; n >> k > 0; k++) {
      if (this.levels.length < k) {
        const empty = new Uint8Array(0);
        this.levels.push({ steps: empty, time: empty, mask: empty, length: 0 });
      }
      const level = this.levels[k - 1];
      const count = n >> k;
      if (level.length >= count) continue;
      grown(level, count);
      const below = k === 1 ? null : this.levels[k - 2];
      const childSteps = below?.steps ?? styles;
      const childTime = below?.time ?? styles;
      const half = 1 << (k - 1);
      for (let node = level.length; node < count; node++) {
        const a = node << k;
        const m = a + half;
        const e = m + half;
        const sa = starts[a];
        const sm = starts[m];
        const se = e < n ? starts[e] : steps.end;
        const left = node * 2;
        level.steps[node] = pick(childSteps[left], childSteps[left + 1], sm - sa, se - sm);
        const ta = time.at(sa);
        const tm = time.at(sm);
        const te = e < n ? time.at(se) : time.end;
        level.time[node] = pick(childTime[left], childTime[left + 1], tm - ta, te - tm);
        level.mask[node] =
          below === null
            ? CLASS_OF[styles[left]] | CLASS_OF[styles[left + 1]]
            : below.mask[left] | below.mask[left + 1];
      }
      level.length = count;
    }
  }

  /** Bytes of the pyramid (about one byte per segment per array). */
  get bytes(): number {
    let total = 0;
    for (const level of this.levels) total += level.mask.length * 3;
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
      while (k < this.levels.length && (i & ((2 << k) - 1)) === 0 && i + (2 << k) <= to) {
        if (this.levels[k].length <= i >> (k + 1)) break;
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
    if (k === 0) return this.lane.styles.data[node];
    const level = this.levels[k - 1];
    return (kind === "steps" ? level.steps : level.time)[node];
  }

  private maskOf(k: number, node: number): number {
    return k === 0 ? CLASS_OF[this.lane.styles.data[node]] : this.levels[k - 1].mask[node];
  }

  /** How far segments [from, to) reach on the axis. */
  private extent(from: number, to: number, axis: Axis): number {
    const starts = this.lane.starts;
    const end = to < starts.length ? axis.at(starts.data[to]) : axis.end;
    return end - axis.at(starts.data[from]);
  }
}
