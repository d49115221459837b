/**
 * The overlay: the run's cursor as a vertical line across the lanes, the pointer's position,
 * the hovered segment outlined, the lanes highlighted for the selection (a tinted band with a
 * solid frame and a bar in the gutter), the waits on the object selected (a thick outline),
 * and the candidates of an open choice (a dashed frame). Each by its shape as well as its
 * colour. Cheap, so it redraws on every pointer move without touching the static layer.
 */
import type { Metrics } from "./metrics";
import { rowTop } from "./metrics";
import type { Palette } from "./palette";

export interface OverlayScene {
  width: number;
  height: number;
  metrics: Metrics;
  palette: Palette;
  scrollY: number;
  /** The cursor's x in the plot (null: no cursor or out of view). */
  cursorX: number | null;
  hover: { x: number; row: number; x0: number; x1: number } | null;
  /** Rows of the lanes the selection highlights, and of the open choice's candidates. */
  highlightRows: readonly number[];
  candidateRows: readonly number[];
  /** Stretches blocked on the object selected, in plot pixels. */
  waits: ReadonlyArray<{ row: number; x0: number; x1: number }>;
  /** A stretch being selected to zoom to, in plot pixels. */
  selection: { x0: number; x1: number } | null;
}

export function paintOverlay(ctx: CanvasRenderingContext2D, s: OverlayScene): void {
  const { metrics: m, palette } = s;
  ctx.clearRect(0, 0, s.width, s.height);
  ctx.save();
  ctx.beginPath();
  ctx.rect(0, m.axis, s.width, s.height - m.axis);
  ctx.clip();
  paintLaneFrames(ctx, s);
  ctx.restore();
  ctx.save();
  ctx.beginPath();
  ctx.rect(m.gutter, 0, s.width - m.gutter, s.height);
  ctx.clip();
  ctx.translate(m.gutter, 0);
  if (s.waits.length > 0) {
    ctx.strokeStyle = palette.accent;
    ctx.lineWidth = 2.5;
    for (const w of s.waits) {
      const x0 = Math.max(w.x0, -2);
      const x1 = Math.min(w.x1, s.width);
      ctx.strokeRect(x0 + 1, rowTop(m, w.row, s.scrollY) + 2, Math.max(x1 - x0 - 2, 2), m.lane - 4);
    }
  }
  if (s.hover !== null) {
    const top = rowTop(m, s.hover.row, s.scrollY);
    ctx.strokeStyle = palette.text;
    ctx.lineWidth = 1.5;
    const x0 = Math.max(s.hover.x0, -2);
    const x1 = Math.min(s.hover.x1, s.width);
    ctx.strokeRect(x0, top + 1, Math.max(x1 - x0, 1), m.lane - 2);
    ctx.globalAlpha = 0.5;
    ctx.fillStyle = palette.text;
    ctx.fillRect(Math.round(s.hover.x), m.axis, 1, s.height - m.axis);
    ctx.globalAlpha = 1;
  }
  if (s.selection !== null) {
    const x0 = Math.min(s.selection.x0, s.selection.x1);
    ctx.globalAlpha = 0.18;
    ctx.fillStyle = palette.accent;
    ctx.fillRect(x0, m.axis, Math.abs(s.selection.x1 - s.selection.x0), s.height - m.axis);
    ctx.globalAlpha = 1;
  }
  if (s.cursorX !== null) {
    const x = Math.round(s.cursorX);
    ctx.fillStyle = palette.accent;
    ctx.fillRect(x - 1, m.axis - 6, 2, s.height - m.axis + 6);
    // A handle on the axis, so the cursor reads even where a lane is the same colour.
    ctx.beginPath();
    ctx.moveTo(x - 5, 1);
    ctx.lineTo(x + 5, 1);
    ctx.lineTo(x, m.axis - 4);
    ctx.closePath();
    ctx.fill();
  }
  ctx.restore();
}

/** The highlighted lanes across the gutter and the plot: a band, a frame, a bar by the label. */
function paintLaneFrames(ctx: CanvasRenderingContext2D, s: OverlayScene): void {
  const { metrics: m, palette } = s;
  for (const row of s.highlightRows) {
    const top = rowTop(m, row, s.scrollY);
    ctx.globalAlpha = 0.12;
    ctx.fillStyle = palette.accent;
    ctx.fillRect(m.gutter, top, s.width - m.gutter, m.lane);
    ctx.globalAlpha = 1;
    ctx.strokeStyle = palette.accent;
    ctx.lineWidth = 2;
    ctx.strokeRect(1, top + 1, s.width - 2, m.lane - 2);
    ctx.fillStyle = palette.accent;
    ctx.fillRect(m.gutter - 5, top + 2, 4, m.lane - 4);
  }
  ctx.strokeStyle = palette.choice;
  ctx.lineWidth = 2;
  ctx.setLineDash([6, 4]);
  for (const row of s.candidateRows) {
    ctx.strokeRect(3, rowTop(m, row, s.scrollY) + 3, s.width - 6, m.lane - 6);
  }
  ctx.setLineDash([]);
}
