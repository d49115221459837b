/**
 * The shapes of the lanes' marks and of a preemption arrow's tail, written to any path (a
 * canvas Path2D, or an SVG path's `d`), so the canvas, the legend and the SVG export draw the
 * same shape. Each kind of mark has a shape of its own, so it reads without its colour: a flag
 * for output, a ring for a timer, a diamond for an error, a lightning bolt for a preemption, a
 * fork for a choice point.
 */
export interface PathSink {
  moveTo(x: number, y: number): void;
  lineTo(x: number, y: number): void;
  closePath(): void;
}

/** A lightning bolt centred on (x, cy), `h` tall: a preemption struck the lane there. */
export function bolt(p: PathSink, x: number, cy: number, h: number): void {
  const w = h * 0.55;
  p.moveTo(x + w * 0.3, cy - h / 2);
  p.lineTo(x - w * 0.5, cy + h * 0.08);
  p.lineTo(x - w * 0.02, cy + h * 0.08);
  p.lineTo(x - w * 0.3, cy + h / 2);
  p.lineTo(x + w * 0.5, cy - h * 0.08);
  p.lineTo(x + w * 0.02, cy - h * 0.08);
  p.closePath();
}

/** A fork (a stem splitting in two), `h` tall from `bottom` up: a choice point. Stroked. */
export function fork(p: PathSink, x: number, bottom: number, h: number): void {
  const mid = bottom - h * 0.45;
  p.moveTo(x, bottom);
  p.lineTo(x, mid);
  p.lineTo(x - h * 0.4, bottom - h);
  p.moveTo(x, mid);
  p.lineTo(x + h * 0.4, bottom - h);
}

/** A bar across a line's start, square to it: the greenlet was cut off there (preemption). */
export function tailBar(
  p: PathSink,
  x0: number,
  y0: number,
  x1: number,
  y1: number,
  half: number,
): void {
  const angle = Math.atan2(y1 - y0, x1 - x0) + Math.PI / 2;
  const dx = Math.cos(angle) * half;
  const dy = Math.sin(angle) * half;
  p.moveTo(x0 - dx, y0 - dy);
  p.lineTo(x0 + dx, y0 + dy);
}

/** An SVG path's `d`, written through the same calls. */
export class SvgPath implements PathSink {
  private readonly parts: string[] = [];
  moveTo(x: number, y: number): void {
    this.parts.push(`M${round(x)},${round(y)}`);
  }
  lineTo(x: number, y: number): void {
    this.parts.push(`L${round(x)},${round(y)}`);
  }
  closePath(): void {
    this.parts.push("z");
  }
  toString(): string {
    return this.parts.join(" ");
  }
}

const round = (v: number) => Math.round(v * 10) / 10;
