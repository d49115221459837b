/**
 * The SVG export of what the timeline shows: the same frame the canvas drew (runs, arrows,
 * marks, labels, ticks, the cursor), as vector shapes with the same colours and hatches.
 * Texts are escaped: lane names and labels come from the learner's program.
 */
import {
  arrowKey,
  laneLabel,
  markKey,
  styleWords,
  tickLabel,
  ticks,
} from "../../store/timeline-source";
import { SvgPath, bolt, fork, tailBar } from "./mark-shapes";
import type { StaticScene } from "./paint-static";
import { rowTop } from "./metrics";

const escape = (text: string) =>
  text.replace(
    /[<>&"']/g,
    (c) => ({ "<": "&lt;", ">": "&gt;", "&": "&amp;", '"': "&quot;", "'": "&#39;" })[c]!,
  );

const n = (v: number) => String(Math.round(v * 10) / 10);

const HATCH_PATHS: Record<string, string> = {
  rising: "M0,8 L8,0 M-4,4 L4,-4 M4,12 L12,4",
  falling: "M0,0 L8,8 M4,-4 L12,4 M-4,4 L4,12",
  cross: "M0,8 L8,0 M0,0 L8,8",
  vertical: "M4,0 L4,8",
  horizontal: "M0,4 L8,4",
  dots: "M3,3 h2 v2 h-2 z",
};

export function timelineSvg(scene: StaticScene & { cursorX: number | null }): string {
  const { frame, layout, metrics: m, palette, scale, width, height, scrollY, axis } = scene;
  const out: string[] = [];
  const patterns = new Map<string, string>();
  const blockedFill = (style: number) => {
    const look = palette.blocked(styleWords(style).reason);
    const id = `hatch-${look.hatch}-${patterns.size}`;
    const key = `${look.hatch}/${look.line}`;
    if (!patterns.has(key)) {
      patterns.set(
        key,
        `<pattern id="${id}" width="8" height="8" patternUnits="userSpaceOnUse"><rect width="8" height="8" fill="${escape(look.line)}" fill-opacity="0.28"/><path d="${HATCH_PATHS[look.hatch]}" stroke="${escape(look.line)}" stroke-width="1.25" fill="${escape(look.line)}"/></pattern>`,
      );
    }
    return `url(#${patterns.get(key)!.match(/id="([^"]+)"/)![1]})`;
  };
  const gx = (x: number) => n(x + m.gutter);
  const t = ticks(scale, axis, m.font * 8);
  for (const value of t.values) {
    const x = gx(scale.toPx(value));
    out.push(
      `<line x1="${x}" y1="${m.axis - 4}" x2="${x}" y2="${height}" stroke="${escape(palette.grid)}"/>`,
    );
    out.push(
      `<text x="${n(scale.toPx(value) + m.gutter + 3)}" y="${m.axis / 2}" fill="${escape(palette.muted)}" dominant-baseline="middle">${escape(tickLabel(value, t, axis))}</text>`,
    );
  }
  frame.rows.forEach((gid, row) => {
    const runs = frame.runs[row];
    const top = rowTop(m, row, scrollY);
    if (top + m.lane < m.axis || top > height) return;
    const inset = Math.max(2, Math.round(m.lane * 0.14));
    for (let k = 0; k < runs.length; k++) {
      const style = runs.style[k];
      const x0 = Math.max(runs.x0[k], 0);
      const w = Math.max(Math.min(runs.x1[k], scale.width) - x0, 0.6);
      const x = gx(x0);
      if (style === 3 || style === 4) {
        const fill = style === 3 ? palette.running : palette.holding;
        out.push(
          `<rect x="${x}" y="${n(top + inset)}" width="${n(w)}" height="${n(m.lane - 2 * inset)}" fill="${escape(fill)}"/>`,
        );
      } else if (style > 32) {
        out.push(
          `<rect x="${x}" y="${n(top + inset)}" width="${n(w)}" height="${n(m.lane - 2 * inset)}" fill="${blockedFill(style)}"/>`,
        );
      } else if (style === 2) {
        out.push(
          `<rect x="${x}" y="${n(top + m.lane * 0.4)}" width="${n(w)}" height="${n(m.lane * 0.2)}" fill="${escape(palette.ready)}"/>`,
        );
      } else if (style === 1 || style === 5) {
        const dash = style === 1 ? ` stroke-dasharray="3 3"` : "";
        out.push(
          `<line x1="${x}" y1="${n(top + m.lane / 2)}" x2="${gx(x0 + w)}" y2="${n(top + m.lane / 2)}" stroke="${escape(palette.muted)}" stroke-width="${style === 5 ? 2 : 1}"${dash}/>`,
        );
      } else if (runs.segment[k] >= 0 && runs.x0[k] >= 0) {
        const colour = style === 6 ? palette.running : palette.failed;
        const fill = style === 7 ? palette.failed : palette.panel;
        out.push(
          `<circle cx="${x}" cy="${n(top + m.lane / 2)}" r="${n(m.lane * 0.28)}" fill="${escape(fill)}" stroke="${escape(colour)}" stroke-width="2"/>`,
        );
      }
      const segment = runs.segment[k];
      const text = segment >= 0 && w > m.font * 3 ? scene.labels.get(gid, segment, style) : null;
      if (text !== null) {
        const room = Math.floor((w - 6) / (m.font * 0.6));
        if (room >= 3) {
          const shown = text.length <= room ? text : `${text.slice(0, room - 1)}…`;
          out.push(
            `<text x="${n(x0 + m.gutter + 4)}" y="${n(top + m.lane / 2)}" fill="${escape(palette.text)}" font-family="monospace" dominant-baseline="middle">${escape(shown)}</text>`,
          );
        }
      }
    }
  });
  const colours = {
    switch: palette.switch,
    wake: palette.wake,
    spawn: palette.muted,
    preempt: palette.preempt,
  };
  for (let k = 0; k < frame.arrows.length; k++) {
    const key = arrowKey(frame.arrows.kind[k]);
    const down = frame.arrows.row1[k] > frame.arrows.row0[k];
    const y0 = rowTop(m, frame.arrows.row0[k], scrollY) + (down ? m.lane * 0.85 : m.lane * 0.15);
    const y1 = rowTop(m, frame.arrows.row1[k], scrollY) + (down ? m.lane * 0.15 : m.lane * 0.85);
    const dash =
      key === "wake" ? ` stroke-dasharray="5 3"` : key === "spawn" ? ` stroke-dasharray="2 3"` : "";
    const [x0, x1] = [frame.arrows.x0[k] + m.gutter, frame.arrows.x1[k] + m.gutter];
    const width = key === "preempt" ? ` stroke-width="2"` : "";
    out.push(
      `<line x1="${n(x0)}" y1="${n(y0)}" x2="${n(x1)}" y2="${n(y1)}" stroke="${escape(colours[key])}" marker-end="url(#head-${key})"${dash}${width}/>`,
    );
    if (key === "preempt") {
      const bar = new SvgPath();
      tailBar(bar, x0, y0, x1, y1, Math.max(3, m.lane * 0.2) * 0.9);
      out.push(`<path d="${bar}" stroke="${escape(palette.preempt)}" stroke-width="2"/>`);
    }
  }
  for (let k = 0; k < frame.marks.length; k++) {
    const key = markKey(layout, frame.rows[frame.marks.row[k]], frame.marks.step[k]);
    const top = rowTop(m, frame.marks.row[k], scrollY);
    const x = frame.marks.x[k] + m.gutter;
    if (key === "preempted" || key === "choice") {
      const p = new SvgPath();
      if (key === "preempted") bolt(p, x, top + m.lane / 2, m.lane * 0.72);
      else fork(p, x, top + m.lane - 3, m.lane - 6);
      out.push(
        key === "preempted"
          ? `<path d="${p}" fill="${escape(palette.preempt)}" stroke="${escape(palette.panel)}"/>`
          : `<path d="${p}" fill="none" stroke="${escape(palette.choice)}" stroke-width="2" stroke-linecap="round"/>`,
      );
      continue;
    }
    const fill = key === "error" || key === "caught" ? palette.failed : palette.text;
    out.push(`<circle cx="${n(x)}" cy="${n(top + 4)}" r="3" fill="${escape(fill)}"/>`);
  }
  frame.rows.forEach((gid, row) => {
    const top = rowTop(m, row, scrollY);
    if (top + m.lane < m.axis || top > height) return;
    out.push(
      `<rect x="2" y="${n(top + 3)}" width="4" height="${n(m.lane - 6)}" fill="${escape(palette.greenlet(gid))}"/>`,
    );
    out.push(
      `<text x="10" y="${n(top + m.lane / 2)}" fill="${escape(palette.greenlet(gid))}" font-weight="600" dominant-baseline="middle">${escape(laneLabel(layout, gid))}</text>`,
    );
  });
  if (scene.cursorX !== null) {
    const x = gx(scene.cursorX);
    out.push(
      `<line x1="${x}" y1="${m.axis - 6}" x2="${x}" y2="${height}" stroke="${escape(palette.accent)}" stroke-width="2"/>`,
    );
  }
  const heads = Object.entries(colours)
    .map(
      ([key, colour]) =>
        `<marker id="head-${key}" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="6" markerHeight="6" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="${escape(colour)}"/></marker>`,
    )
    .join("");
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="system-ui, sans-serif" font-size="${m.font}">`,
    `<defs>${heads}${[...patterns.values()].join("")}</defs>`,
    `<rect width="${width}" height="${height}" fill="${escape(palette.panel)}"/>`,
    `<line x1="${m.gutter - 0.5}" y1="0" x2="${m.gutter - 0.5}" y2="${height}" stroke="${escape(palette.grid)}"/>`,
    ...out,
    `</svg>`,
  ].join("\n");
}
