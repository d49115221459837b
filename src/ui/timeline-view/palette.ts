/**
 * The timeline's colours and fills, read from the CSS custom properties of the current theme
 * (timeline-view.css; the greenlets' colours from the console's, OutputPanel.css): a solid colour
 * per status, and for each blocked reason a tint with a hatch of its own shape, so a reason
 * reads without its hue. Rebuilt when the theme changes.
 */
/** The hatch shapes: one per group of reasons. */
type Hatch = "rising" | "falling" | "cross" | "vertical" | "horizontal" | "dots";

const REASON_LOOK: Record<string, { colour: string; hatch: Hatch }> = {
  sleep: { colour: "--tl-sleep", hatch: "rising" },
  yield: { colour: "--tl-sleep", hatch: "rising" },
  idle: { colour: "--tl-sleep", hatch: "rising" },
  event: { colour: "--tl-event", hatch: "cross" },
  result: { colour: "--tl-event", hatch: "cross" },
  "queue-get": { colour: "--tl-queue", hatch: "falling" },
  "queue-put": { colour: "--tl-queue", hatch: "falling" },
  "queue-join": { colour: "--tl-queue", hatch: "falling" },
  lock: { colour: "--tl-lock", hatch: "vertical" },
  pool: { colour: "--tl-lock", hatch: "vertical" },
  join: { colour: "--tl-join", hatch: "horizontal" },
  wait: { colour: "--tl-join", hatch: "horizontal" },
};

export interface Palette {
  text: string;
  muted: string;
  panel: string;
  accent: string;
  running: string;
  ready: string;
  holding: string;
  failed: string;
  wake: string;
  switch: string;
  /** A preemption (threads mode) and a choice point (the scheduler lab). */
  preempt: string;
  choice: string;
  frozen: string;
  grid: string;
  stripe: string;
  /** The fill of a blocked reason (a pattern) and its line colour. */
  blocked(reason: string | null): { fill: CanvasPattern | string; line: string; hatch: Hatch };
  /** The console's colour for a greenlet. */
  greenlet(gid: number): string;
}

function hatchTile(doc: Document, hatch: Hatch, colour: string, scale: number): HTMLCanvasElement {
  const size = Math.round(8 * scale);
  const tile = doc.createElement("canvas");
  tile.width = tile.height = size;
  const ctx = tile.getContext("2d")!;
  ctx.strokeStyle = colour;
  ctx.fillStyle = colour;
  ctx.lineWidth = Math.max(1, scale * 1.25);
  ctx.beginPath();
  const s = size;
  if (hatch === "rising" || hatch === "cross") {
    ctx.moveTo(0, s);
    ctx.lineTo(s, 0);
    ctx.moveTo(-s / 2, s / 2);
    ctx.lineTo(s / 2, -s / 2);
    ctx.moveTo(s / 2, s * 1.5);
    ctx.lineTo(s * 1.5, s / 2);
  }
  if (hatch === "falling" || hatch === "cross") {
    ctx.moveTo(0, 0);
    ctx.lineTo(s, s);
    ctx.moveTo(s / 2, -s / 2);
    ctx.lineTo(s * 1.5, s / 2);
    ctx.moveTo(-s / 2, s / 2);
    ctx.lineTo(s / 2, s * 1.5);
  }
  if (hatch === "vertical") {
    ctx.moveTo(s / 2, 0);
    ctx.lineTo(s / 2, s);
  }
  if (hatch === "horizontal") {
    ctx.moveTo(0, s / 2);
    ctx.lineTo(s, s / 2);
  }
  ctx.stroke();
  if (hatch === "dots") ctx.fillRect(s / 2 - scale, s / 2 - scale, 2 * scale, 2 * scale);
  return tile;
}

export function readPalette(
  element: Element,
  ctx: CanvasRenderingContext2D,
  scale: number,
): Palette {
  const css = getComputedStyle(element);
  const v = (name: string) => css.getPropertyValue(name).trim() || "#888";
  const doc = element.ownerDocument;
  const patterns = new Map<string, { fill: CanvasPattern | string; line: string; hatch: Hatch }>();
  const greenlets = Array.from({ length: 8 }, (_, i) => v(`--g${i}`));
  return {
    text: v("--text"),
    muted: v("--muted"),
    panel: v("--panel"),
    accent: v("--accent"),
    running: v("--tl-running"),
    ready: v("--tl-ready"),
    holding: v("--tl-holding"),
    failed: v("--tl-failed"),
    wake: v("--tl-wake"),
    switch: v("--tl-switch"),
    preempt: v("--tl-preempt"),
    choice: v("--tl-choice"),
    frozen: v("--tl-frozen"),
    grid: v("--tl-grid"),
    stripe: v("--tl-stripe"),
    blocked(reason) {
      const look = REASON_LOOK[reason ?? ""] ?? { colour: "--tl-other", hatch: "dots" as const };
      const key = `${look.colour}/${look.hatch}`;
      let entry = patterns.get(key);
      if (entry === undefined) {
        const line = v(look.colour);
        const pattern = ctx.createPattern(hatchTile(doc, look.hatch, line, scale), "repeat");
        entry = { fill: pattern ?? line, line, hatch: look.hatch };
        patterns.set(key, entry);
      }
      return entry;
    },
    greenlet(gid) {
      // The console's rule (ConsoleLines.tsx): main in the text colour, the hub muted.
      if (gid === 1) return v("--text");
      if (gid === 0) return v("--muted");
      return greenlets[gid % 8];
    },
  };
}
