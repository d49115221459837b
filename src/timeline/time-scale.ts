/**
 * The horizontal scale: a window of the axis (virtual seconds or steps) mapped onto the
 * canvas's pixels, and the pan and zoom arithmetic. Immutable: each move returns a new scale.
 * Pure.
 */

/** Units of the axis: virtual seconds on the time axis, steps on the step axis. */
export type AxisUnit = number & { readonly __axisUnit: unique symbol };
export type Pixels = number & { readonly __pixels: unique symbol };

export const units = (n: number) => n as AxisUnit;
export const pixels = (n: number) => n as Pixels;

export class TimeScale {
  /** The axis position at the left edge. */
  readonly start: AxisUnit;
  /** Axis units across the whole width. */
  readonly span: AxisUnit;
  readonly width: Pixels;

  constructor(start: number, span: number, width: number) {
    this.start = units(start);
    this.span = units(span > 0 && Number.isFinite(span) ? span : 1);
    this.width = pixels(width > 0 ? width : 1);
  }

  /** The scale that shows [lo, hi] across `width` pixels. */
  static fit(lo: number, hi: number, width: number): TimeScale {
    return new TimeScale(lo, hi > lo ? hi - lo : 1, width);
  }

  get end(): AxisUnit {
    return units(this.start + this.span);
  }
  /** Axis units per pixel. */
  get resolution(): number {
    return this.span / this.width;
  }

  toPx(u: number): Pixels {
    return pixels(((u - this.start) / this.span) * this.width);
  }
  toUnit(px: number): AxisUnit {
    return units(this.start + (px / this.width) * this.span);
  }

  /** Zoomed by `factor` (> 1 zooms in) so that the axis position under `px` stays under it. */
  zoomAbout(px: number, factor: number): TimeScale {
    const anchor = this.toUnit(px);
    const span = this.span / factor;
    return new TimeScale(anchor - (px / this.width) * span, span, this.width);
  }

  /** The window between pixels `x0` and `x1` of this one, across the same width (zoom to a selection). */
  between(x0: number, x1: number): TimeScale {
    const a = this.toUnit(Math.min(x0, x1));
    const b = this.toUnit(Math.max(x0, x1));
    return new TimeScale(a, b - a, this.width);
  }

  /** Moved so the content shifts `dpx` pixels to the right (a drag to the right shows earlier). */
  panBy(dpx: number): TimeScale {
    return new TimeScale(this.start - dpx * this.resolution, this.span, this.width);
  }

  /** The same window at another width: the left edge and the units per pixel are kept. */
  withWidth(width: number): TimeScale {
    return new TimeScale(this.start, (this.span / this.width) * width, width);
  }

  /**
   * Kept inside [lo, hi] (with a margin of a tenth of the window) and no narrower than
   * `minSpan` units, so the view never loses the run.
   */
  clamp(lo: number, hi: number, minSpan: number): TimeScale {
    const full = Math.max(hi - lo, minSpan);
    const span = Math.min(Math.max(this.span, minSpan), full * 1.2);
    const margin = span * 0.1;
    const start = Math.min(Math.max(this.start, lo - margin), hi + margin - span);
    return new TimeScale(Math.max(start, lo - margin), span, this.width);
  }

  /** Moved the least so that `u` is in view, `marginPx` from either edge. */
  reveal(u: number, marginPx: number): TimeScale {
    const margin = Math.min(marginPx, this.width / 4) * this.resolution;
    if (u < this.start + margin) return new TimeScale(u - margin, this.span, this.width);
    if (u > this.end - margin) return new TimeScale(u + margin - this.span, this.span, this.width);
    return this;
  }

  /** Whether two scales show the same window. */
  equals(other: TimeScale): boolean {
    return other.start === this.start && other.span === this.span && other.width === this.width;
  }
}
