/**
 * Paints the lanes' runs: each style with its own shape (running full height and solid, ready
 * a low bar, blocked a hatched tint, holding the hub solid with the other lanes frozen, not
 * started a dashed line, the hub's waiting a thin line, the end a mark), merged runs in their
 * dominant style with a strip where the lane also ran. Batched: one path per style per lane.
 */
import type { LaneRuns } from "../../timeline/lane-runs";
import { styleWords } from "../../store/timeline-source";
import type { Palette } from "./palette";

/** The style numbers the painter needs to tell apart (src/timeline/styles.ts). */
const RUNNING = 3;
const HOLDING = 4;
const WAITING = 5;
const UNSTARTED = 1;
const READY = 2;
const FINISHED = 6;
const FAILED = 7;
const BLOCKED = 32;
const RAN = 1;

export interface LaneBox {
  top: number;
  height: number;
}

function path(paths: Map<number, Path2D>, style: number): Path2D {
  let p = paths.get(style);
  if (p === undefined) {
    p = new Path2D();
    paths.set(style, p);
  }
  return p;
}

/** Adds one run's shape to its style's path. */
function addShape(
  p: Path2D,
  style: number,
  x0: number,
  w: number,
  box: LaneBox,
  whole: boolean,
): void {
  const { top, height } = box;
  const inset = Math.max(2, Math.round(height * 0.14));
  if (style === RUNNING || style === HOLDING || style > BLOCKED) {
    p.rect(x0, top + inset, w, height - 2 * inset);
  } else if (style === READY) {
    p.rect(x0, top + height * 0.4, w, height * 0.2);
  } else if (style === WAITING || style === UNSTARTED) {
    p.moveTo(x0, top + height / 2);
    p.lineTo(x0 + w, top + height / 2);
  } else if (style >= FINISHED && whole) {
    p.moveTo(x0 + height * 0.28, top + height / 2);
    p.arc(x0, top + height / 2, height * 0.28, 0, Math.PI * 2);
  }
}

export function paintRuns(
  ctx: CanvasRenderingContext2D,
  runs: LaneRuns,
  box: LaneBox,
  palette: Palette,
): void {
  const paths = new Map<number, Path2D>();
  const ran = new Path2D();
  let ranAny = false;
  const { top, height } = box;
  const inset = Math.max(2, Math.round(height * 0.14));
  for (let k = 0; k < runs.length; k++) {
    const style = runs.style[k];
    const x0 = runs.x0[k];
    const w = Math.max(runs.x1[k] - x0, 0.6);
    addShape(path(paths, style), style, x0, w, box, runs.segment[k] >= 0);
    if (runs.segment[k] < 0 && (runs.mask[k] & RAN) !== 0 && style !== RUNNING) {
      ran.rect(x0, top + height - inset - height * 0.22, w, height * 0.22);
      ranAny = true;
    }
  }
  for (const [style, p] of paths) fillStyle(ctx, style, p, palette);
  if (ranAny) {
    ctx.fillStyle = palette.running;
    ctx.fill(ran);
  }
}

/** One style's look in a `width` by `height` box, for the legend. */
export function paintSwatch(
  ctx: CanvasRenderingContext2D,
  style: number,
  width: number,
  height: number,
  palette: Palette,
): void {
  const p = new Path2D();
  const ended = style >= FINISHED && style < BLOCKED;
  addShape(p, style, ended ? width / 2 : 0, width, { top: 0, height }, true);
  fillStyle(ctx, style, p, palette);
}

function fillStyle(
  ctx: CanvasRenderingContext2D,
  style: number,
  p: Path2D,
  palette: Palette,
): void {
  if (style === RUNNING) {
    ctx.fillStyle = palette.running;
    ctx.fill(p);
  } else if (style === HOLDING) {
    ctx.fillStyle = palette.holding;
    ctx.fill(p);
    ctx.strokeStyle = palette.text;
    ctx.lineWidth = 1.5;
    ctx.stroke(p);
  } else if (style > BLOCKED) {
    const look = palette.blocked(styleWords(style).reason);
    ctx.globalAlpha = 0.28;
    ctx.fillStyle = look.line;
    ctx.fill(p);
    ctx.globalAlpha = 1;
    ctx.fillStyle = look.fill;
    ctx.fill(p);
  } else if (style === READY) {
    ctx.fillStyle = palette.ready;
    ctx.fill(p);
  } else if (style === WAITING || style === UNSTARTED) {
    ctx.strokeStyle = palette.muted;
    ctx.lineWidth = style === WAITING ? 2 : 1;
    ctx.setLineDash(style === UNSTARTED ? [3, 3] : []);
    ctx.stroke(p);
    ctx.setLineDash([]);
  } else {
    // The end of a greenlet: a ring, filled for a failure, crossed out for a kill.
    ctx.lineWidth = 2;
    ctx.strokeStyle = style === FINISHED ? palette.running : palette.failed;
    ctx.fillStyle = palette.panel;
    ctx.fill(p);
    ctx.stroke(p);
    if (style === FAILED) {
      ctx.fillStyle = palette.failed;
      ctx.fill(p);
    }
  }
}

/** The stretches where a greenlet held the hub, washed across every lane: nobody else ran. */
export function paintFrozen(
  ctx: CanvasRenderingContext2D,
  runs: LaneRuns,
  top: number,
  height: number,
  palette: Palette,
): void {
  ctx.fillStyle = palette.frozen;
  for (let k = 0; k < runs.length; k++) {
    if (runs.style[k] === HOLDING) ctx.fillRect(runs.x0[k], top, runs.x1[k] - runs.x0[k], height);
  }
}
