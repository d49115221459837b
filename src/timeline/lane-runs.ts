/**
 * What one frame draws of a lane: runs of pixels, each either one segment (its index kept, for
 * its label) or a merge of the segments that fall within one pixel column (index -1), in
 * reused typed arrays so a frame allocates nothing. Pure.
 */
import type { Axis } from "./axis";
import type { LaneData } from "./lane-data";
import type { LanePyramid } from "./pyramid";
import { classOf } from "./styles";
import type { TimeScale } from "./time-scale";

export class LaneRuns {
  x0 = new Float32Array(64);
  x1 = new Float32Array(64);
  style = new Uint8Array(64);
  mask = new Uint8Array(64);
  segment = new Int32Array(64);
  length = 0;

  clear(): void {
    this.length = 0;
  }

  push(x0: number, x1: number, style: number, mask: number, segment: number): void {
    const n = this.length;
    if (
      n > 0 &&
      segment < 0 &&
      this.segment[n - 1] < 0 &&
      this.style[n - 1] === style &&
      this.mask[n - 1] === mask &&
      this.x1[n - 1] >= x0 - 0.01
    ) {
      this.x1[n - 1] = x1;
      return;
    }
    if (n === this.x0.length) this.grow();
    this.x0[n] = x0;
    this.x1[n] = x1;
    this.style[n] = style;
    this.mask[n] = mask;
    this.segment[n] = segment;
    this.length = n + 1;
  }

  private grow(): void {
    const size = this.x0.length * 2;
    const copy = <T extends Float32Array | Uint8Array | Int32Array>(a: T, b: T) => (b.set(a), b);
    this.x0 = copy(this.x0, new Float32Array(size));
    this.x1 = copy(this.x1, new Float32Array(size));
    this.style = copy(this.style, new Uint8Array(size));
    this.mask = copy(this.mask, new Uint8Array(size));
    this.segment = copy(this.segment, new Int32Array(size));
  }
}

/** The first segment at or after `from` that begins at or after axis position `u`. */
function firstFrom(lane: LaneData, axis: Axis, from: number, u: number): number {
  const starts = lane.starts.data;
  let lo = from;
  let hi = lane.segmentCount;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (axis.at(starts[mid]) < u) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The segment shown at axis position `u`: the last to begin at or before it (-1: none). */
export function segmentAt(lane: LaneData, axis: Axis, u: number): number {
  const starts = lane.starts.data;
  let lo = 0;
  let hi = lane.segmentCount;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (axis.at(starts[mid]) <= u) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

/** Where segment `i` of the lane ends on the axis. */
export function segmentEnd(lane: LaneData, axis: Axis, i: number): number {
  return i + 1 < lane.segmentCount ? axis.at(lane.starts.data[i + 1]) : axis.end;
}

/**
 * Fills `out` with the lane's runs across the scale's window: at most about two per pixel
 * column, however many segments the window holds.
 */
export function laneRuns(
  lane: LaneData,
  pyramid: LanePyramid,
  axis: Axis,
  scale: TimeScale,
  out: LaneRuns,
): void {
  out.clear();
  const n = lane.segmentCount;
  const starts = lane.starts.data;
  const styles = lane.styles.data;
  const width = scale.width;
  let i = Math.max(0, segmentAt(lane, axis, scale.start));
  let cx = -1;
  while (i < n) {
    const a = axis.at(starts[i]);
    if (a > scale.end) break;
    const xa = Math.max(scale.toPx(a), cx);
    const xb = Math.min(scale.toPx(segmentEnd(lane, axis, i)), width + 1);
    if (xb <= xa) {
      // Already drawn: skip it and every segment beginning at the same place (a burst of
      // steps at one virtual time is many segments of no width), but the last of them.
      i = Math.max(i + 1, segmentAt(lane, axis, a));
      continue;
    }
    const col = Math.floor(xa);
    const j = xb - xa >= 1 ? i + 1 : firstFrom(lane, axis, i + 1, scale.toUnit(col + 1));
    if (j === i + 1) {
      out.push(xa, xb, styles[i], classOf(styles[i]), i);
      cx = xb;
      i++;
      continue;
    }
    // Several segments begin in this pixel column: one merged run for all of them.
    const { style, mask } = pyramid.summarise(i, j, axis);
    out.push(xa, col + 1, style, mask, -1);
    cx = col + 1;
    // The last of them may reach past the column: it goes on from the column's end.
    i = j - 1;
  }
}
