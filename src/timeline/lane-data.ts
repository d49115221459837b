/**
 * One greenlet's lane: its segments (the step each began at and its style, in columns; a
 * segment ends where the next begins, the last at the run's end), its marks (steps of output,
 * timers, kills, warnings and errors on it) and where it came from. Pure.
 */
import { GrowableU32, GrowableU8 } from "./growable";
import type { Style } from "./styles";

export class LaneData {
  readonly gid: number;
  /** The greenlet that was running when this one was created (-1: none, for the hub and main). */
  readonly spawner: number;
  readonly createdAt: number;
  readonly starts = new GrowableU32();
  readonly styles = new GrowableU8();
  readonly marks = new GrowableU32();
  constructor(gid: number, spawner: number, createdAt: number) {
    this.gid = gid;
    this.spawner = spawner;
    this.createdAt = createdAt;
  }

  get segmentCount(): number {
    return this.starts.length;
  }

  get style(): Style {
    return this.styles.length === 0 ? 0 : this.styles.data[this.styles.length - 1];
  }

  /**
   * The lane takes `style` from step `step` on. A second change at the same step replaces the
   * first, so a segment is final once the layout has read past the step it began at.
   */
  enter(style: Style, step: number): void {
    const n = this.starts.length;
    if (n > 0 && this.styles.data[n - 1] === style) return;
    if (n > 0 && this.starts.data[n - 1] === step) {
      this.starts.pop();
      this.styles.pop();
      return this.enter(style, step);
    }
    this.starts.push(step);
    this.styles.push(style);
  }

  get bytes(): number {
    return this.starts.bytes + this.styles.bytes + this.marks.bytes;
  }
}
