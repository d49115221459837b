/**
 * The overlay: the run's cursor as a vertical line across the lanes, the pointer's position,
 * the hovered segment outlined and the selected greenlet's lane marked. Cheap, so it redraws
 * on every pointer move without touching the static layer.
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
  selectedRow: number;
  /** A stretch being selected to zoom to, in plot pixels. */
  selection: { x0: number; x1: number } | null;
}

export function paintOverlay(ctx: CanvasRenderingContext2D, s: OverlayScene): void {
  const { metrics: m, palette } = s;
  ctx.clearRect(0, 0, s.width, s.height);
  ctx.save();
  ctx.beginPath();
  ctx.rect(m.gutter, 0, s.width - m.gutter, s.height);
  ctx.clip();
  ctx.translate(m.gutter, 0);
  if (s.selectedRow >= 0) {
    ctx.strokeStyle = palette.accent;
    ctx.lineWidth = 1;
    ctx.strokeRect(
      0.5,
      rowTop(m, s.selectedRow, s.scrollY) + 0.5,
      s.width - m.gutter - 1,
      m.lane - 1,
    );
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
