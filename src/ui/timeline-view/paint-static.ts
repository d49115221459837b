/**
 * The static layer: the axis and its grid, each lane's runs, the arrows, the marks, the labels
 * of wide segments in the program's words, and the gutter of lane labels in the console's
 * colours. Drawn from one frame (src/timeline/frame.ts): its cost follows the pixels.
 */
import type { TimelineFrame } from "../../timeline/frame";
import type { TimelineLayout } from "../../timeline/layout";
import type { AxisKind } from "../../timeline/axis";
import type { TimeScale } from "../../timeline/time-scale";
import {
  arrowKey,
  isOpenChoice,
  laneLabel,
  markKey,
  tickLabel,
  ticks,
} from "../../store/timeline-source";
import type { Metrics } from "./metrics";
import { rowTop } from "./metrics";
import { bolt, fork, tailBar } from "./mark-shapes";
import { paintFrozen, paintRuns } from "./paint-lanes";
import type { Palette } from "./palette";
import type { SegmentLabels } from "./segment-labels";

export interface StaticScene {
  layout: TimelineLayout;
  frame: TimelineFrame;
  axis: AxisKind;
  scale: TimeScale;
  metrics: Metrics;
  palette: Palette;
  labels: SegmentLabels;
  width: number;
  height: number;
  scrollY: number;
}

export function paintStatic(ctx: CanvasRenderingContext2D, scene: StaticScene): void {
  const { metrics: m, palette, width, height } = scene;
  ctx.fillStyle = palette.panel;
  ctx.fillRect(0, 0, width, height);
  ctx.save();
  ctx.beginPath();
  ctx.rect(m.gutter, 0, width - m.gutter, height);
  ctx.clip();
  ctx.translate(m.gutter, 0);
  paintPlot(ctx, scene);
  ctx.restore();
  paintGutter(ctx, scene);
}

function paintPlot(ctx: CanvasRenderingContext2D, scene: StaticScene): void {
  const { frame, metrics: m, palette, scale, height, scrollY } = scene;
  const lanesTop = m.axis;
  frame.rows.forEach((_, row) => {
    if (row % 2 === 1) {
      ctx.fillStyle = palette.stripe;
      ctx.fillRect(0, rowTop(m, row, scrollY), scale.width, m.lane);
    }
  });
  paintTicks(ctx, scene);
  ctx.save();
  ctx.beginPath();
  ctx.rect(0, lanesTop, scale.width, height - lanesTop);
  ctx.clip();
  frame.rows.forEach((_, row) => {
    const top = rowTop(m, row, scrollY);
    paintFrozen(ctx, frame.runs[row], lanesTop, height - lanesTop, palette);
    if (top + m.lane < lanesTop || top > height) return;
    paintRuns(ctx, frame.runs[row], { top, height: m.lane }, palette);
  });
  paintArrows(ctx, scene);
  paintMarks(ctx, scene);
  paintSegmentLabels(ctx, scene);
  ctx.restore();
}

function paintTicks(ctx: CanvasRenderingContext2D, scene: StaticScene): void {
  const { axis, scale, metrics: m, palette, height } = scene;
  const t = ticks(scale, axis, m.font * 8);
  ctx.fillStyle = palette.muted;
  ctx.font = `${m.font}px system-ui, sans-serif`;
  ctx.textBaseline = "middle";
  ctx.strokeStyle = palette.grid;
  ctx.lineWidth = 1;
  ctx.beginPath();
  for (const value of t.values) {
    const x = Math.round(scale.toPx(value)) + 0.5;
    ctx.moveTo(x, m.axis - 4);
    ctx.lineTo(x, height);
    ctx.fillText(tickLabel(value, t, axis), x + 3, m.axis / 2);
  }
  ctx.stroke();
}

function paintArrows(ctx: CanvasRenderingContext2D, scene: StaticScene): void {
  const { frame, metrics: m, palette, scrollY } = scene;
  const { arrows } = frame;
  const lines = {
    switch: new Path2D(),
    wake: new Path2D(),
    spawn: new Path2D(),
    preempt: new Path2D(),
  };
  const heads = {
    switch: new Path2D(),
    wake: new Path2D(),
    spawn: new Path2D(),
    preempt: new Path2D(),
  };
  const head = Math.max(3, m.lane * 0.2);
  for (let k = 0; k < arrows.length; k++) {
    const key = arrowKey(arrows.kind[k]);
    const down = arrows.row1[k] > arrows.row0[k];
    const y0 = rowTop(m, arrows.row0[k], scrollY) + (down ? m.lane * 0.85 : m.lane * 0.15);
    const y1 = rowTop(m, arrows.row1[k], scrollY) + (down ? m.lane * 0.15 : m.lane * 0.85);
    const x0 = arrows.x0[k];
    const x1 = arrows.x1[k];
    lines[key].moveTo(x0, y0);
    lines[key].lineTo(x1, y1);
    // A preemption's tail is cut off by a bar: the greenlet did not ask to switch.
    if (key === "preempt") tailBar(lines.preempt, x0, y0, x1, y1, head * 0.9);
    const angle = Math.atan2(y1 - y0, x1 - x0);
    heads[key].moveTo(x1, y1);
    heads[key].lineTo(x1 - head * Math.cos(angle - 0.45), y1 - head * Math.sin(angle - 0.45));
    heads[key].lineTo(x1 - head * Math.cos(angle + 0.45), y1 - head * Math.sin(angle + 0.45));
    heads[key].closePath();
  }
  ctx.globalAlpha = frame.thinnedArrows ? 0.45 : 1;
  const draw = (key: keyof typeof lines, colour: string, dash: number[], width: number) => {
    ctx.strokeStyle = colour;
    ctx.fillStyle = colour;
    ctx.lineWidth = width;
    ctx.setLineDash(dash);
    ctx.stroke(lines[key]);
    ctx.setLineDash([]);
    ctx.fill(heads[key]);
  };
  draw("spawn", palette.muted, [2, 3], 1);
  draw("switch", palette.switch, [], 1);
  draw("preempt", palette.preempt, [], 2);
  draw("wake", palette.wake, [5, 3], 1.6);
  ctx.globalAlpha = 1;
}

function paintMarks(ctx: CanvasRenderingContext2D, scene: StaticScene): void {
  const { frame, layout, metrics: m, palette, scrollY } = scene;
  const { marks } = frame;
  const r = Math.max(2.5, m.lane * 0.16);
  const shapes = {
    text: new Path2D(),
    timer: new Path2D(),
    error: new Path2D(),
    preempted: new Path2D(),
    choice: new Path2D(),
    open: new Path2D(),
  };
  for (let k = 0; k < marks.length; k++) {
    const x = marks.x[k];
    const top = rowTop(m, marks.row[k], scrollY);
    const key = markKey(layout, frame.rows[marks.row[k]], marks.step[k]);
    if (key === "preempted") bolt(shapes.preempted, x, top + m.lane / 2, m.lane * 0.72);
    else if (key === "choice") {
      const open = isOpenChoice(layout, marks.step[k]);
      fork(open ? shapes.open : shapes.choice, x, top + m.lane - 3, m.lane - 6);
    } else if (key === "output" || key === "warning") {
      // A small flag hanging from the lane's top edge.
      shapes.text.moveTo(x - r, top + 1);
      shapes.text.lineTo(x + r, top + 1);
      shapes.text.lineTo(x, top + 1 + r * 1.6);
      shapes.text.closePath();
    } else if (key === "timer" || key === "timer-fired") {
      shapes.timer.moveTo(x + r, top + m.lane - r - 1);
      shapes.timer.arc(x, top + m.lane - r - 1, r, 0, Math.PI * 2);
    } else {
      const y = top + m.lane / 2;
      shapes.error.moveTo(x, y - r * 1.5);
      shapes.error.lineTo(x + r * 1.5, y);
      shapes.error.lineTo(x, y + r * 1.5);
      shapes.error.lineTo(x - r * 1.5, y);
      shapes.error.closePath();
    }
  }
  ctx.fillStyle = palette.text;
  ctx.fill(shapes.text);
  ctx.strokeStyle = palette.text;
  ctx.lineWidth = 1.2;
  ctx.fillStyle = palette.panel;
  ctx.fill(shapes.timer);
  ctx.stroke(shapes.timer);
  ctx.fillStyle = palette.failed;
  ctx.fill(shapes.error);
  ctx.strokeStyle = palette.panel;
  ctx.stroke(shapes.error);
  // A bolt over a running lane: a rim of the panel's colour keeps its outline.
  ctx.lineWidth = 1;
  ctx.stroke(shapes.preempted);
  ctx.fillStyle = palette.preempt;
  ctx.fill(shapes.preempted);
  ctx.lineCap = "round";
  ctx.lineWidth = 2;
  ctx.strokeStyle = palette.choice;
  ctx.stroke(shapes.choice);
  // The choice left open for the learner: thicker, in the accent colour.
  ctx.lineWidth = 3;
  ctx.strokeStyle = palette.accent;
  ctx.stroke(shapes.open);
  ctx.lineCap = "butt";
}

/** Text inside the runs wide enough for it: the call a greenlet waits in, how it ended. */
function paintSegmentLabels(ctx: CanvasRenderingContext2D, scene: StaticScene): void {
  const { frame, metrics: m, palette, scrollY, labels, scale } = scene;
  ctx.font = `${m.font}px ui-monospace, "DejaVu Sans Mono", monospace`;
  ctx.textBaseline = "middle";
  ctx.fillStyle = palette.text;
  const charWidth = ctx.measureText("m").width || m.font * 0.6;
  frame.rows.forEach((gid, row) => {
    const runs = frame.runs[row];
    const top = rowTop(m, row, scrollY);
    for (let k = 0; k < runs.length; k++) {
      const segment = runs.segment[k];
      const x0 = Math.max(runs.x0[k], 0);
      const x1 = Math.min(runs.x1[k], scale.width);
      if (segment < 0 || x1 - x0 < charWidth * 5) continue;
      const text = labels.get(gid, segment, runs.style[k]);
      if (text === null) continue;
      const ended = runs.style[k] >= 6 && runs.style[k] <= 9;
      const left = x0 + (ended ? m.lane * 0.4 : 4);
      const room = Math.floor((x1 - left - 3) / charWidth);
      if (room < 3) continue;
      const shown = text.length <= room ? text : `${text.slice(0, room - 1)}…`;
      ctx.fillText(shown, left, top + m.lane / 2);
    }
  });
}

function paintGutter(ctx: CanvasRenderingContext2D, scene: StaticScene): void {
  const { frame, layout, metrics: m, palette, scrollY, height } = scene;
  ctx.fillStyle = palette.panel;
  ctx.fillRect(0, 0, m.gutter, height);
  ctx.strokeStyle = palette.grid;
  ctx.beginPath();
  ctx.moveTo(m.gutter - 0.5, 0);
  ctx.lineTo(m.gutter - 0.5, height);
  ctx.stroke();
  ctx.font = `600 ${m.font}px system-ui, sans-serif`;
  ctx.textBaseline = "middle";
  const charWidth = m.font * 0.58;
  const room = Math.floor((m.gutter - 14) / charWidth);
  frame.rows.forEach((gid, row) => {
    const top = rowTop(m, row, scrollY);
    if (top + m.lane < m.axis || top > height) return;
    const colour = palette.greenlet(gid);
    ctx.fillStyle = colour;
    ctx.fillRect(2, top + 3, 4, m.lane - 6);
    const label = laneLabel(layout, gid);
    ctx.fillText(
      label.length <= room ? label : `${label.slice(0, room - 1)}…`,
      10,
      top + m.lane / 2,
    );
  });
}
