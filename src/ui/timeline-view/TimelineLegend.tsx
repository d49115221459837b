import { useEffect, useRef } from "react";
import type { TimelineMessages } from "../../i18n/timeline-messages";
import { LEGEND_STYLES, styleWords } from "../../store/timeline-source";
import { useAppState } from "../store-context";
import { SvgPath, bolt, fork } from "./mark-shapes";
import { paintSwatch } from "./paint-lanes";
import { readPalette } from "./palette";

const SWATCH_WIDTH = 28;
const SWATCH_HEIGHT = 16;

function Swatch({ style }: { style: number }) {
  const ref = useRef<HTMLCanvasElement>(null);
  const theme = useAppState((s) => s.theme);
  useEffect(() => {
    const canvas = ref.current;
    if (canvas === null) return;
    const dpr = window.devicePixelRatio || 1;
    // Fixed sizes: the legend may be folded away (zero-sized) when it is painted.
    const [width, height] = [SWATCH_WIDTH, SWATCH_HEIGHT];
    canvas.width = Math.round(width * dpr);
    canvas.height = Math.round(height * dpr);
    const ctx = canvas.getContext("2d")!;
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    paintSwatch(ctx, style, width, height, readPalette(canvas, ctx, 1));
  }, [style, theme]);
  return (
    <canvas ref={ref} aria-hidden="true" style={{ width: SWATCH_WIDTH, height: SWATCH_HEIGHT }} />
  );
}

const LINE_COLOUR = {
  switch: "var(--tl-switch)",
  wake: "var(--tl-wake)",
  spawn: "var(--muted)",
  preempt: "var(--tl-preempt)",
} as const;

function Line({ kind }: { kind: keyof typeof LINE_COLOUR }) {
  const dash = kind === "wake" ? "5 3" : kind === "spawn" ? "2 3" : undefined;
  const colour = LINE_COLOUR[kind];
  const width = kind === "preempt" ? 2 : 1.6;
  return (
    <svg width="28" height="12" aria-hidden="true">
      <line
        x1="2"
        y1="6"
        x2="22"
        y2="6"
        stroke={colour}
        strokeWidth={width}
        strokeDasharray={dash}
      />
      {kind === "preempt" && <line x1="2" y1="1" x2="2" y2="11" stroke={colour} strokeWidth="2" />}
      <path d="M21,2 L27,6 L21,10 z" fill={colour} />
    </svg>
  );
}

/** A mark's shape, as the lanes draw it (mark-shapes.ts). */
function Mark({ kind }: { kind: "preempted" | "choice" }) {
  const p = new SvgPath();
  if (kind === "preempted") bolt(p, 14, 8, 14);
  else fork(p, 14, 14, 12);
  return (
    <svg width="28" height="16" aria-hidden="true">
      {kind === "preempted" ? (
        <path d={String(p)} fill="var(--tl-preempt)" stroke="var(--panel)" />
      ) : (
        <path
          d={String(p)}
          fill="none"
          stroke="var(--tl-choice)"
          strokeWidth="2"
          strokeLinecap="round"
        />
      )}
    </svg>
  );
}

/** What the timeline's shapes and colours mean. */
export function TimelineLegend({ t, id }: { t: TimelineMessages; id: string }) {
  return (
    <div className="timeline-legend" id={id}>
      <ul aria-label={t.legend}>
        {LEGEND_STYLES.map((style) => {
          const words = styleWords(style);
          const text = words.reason !== null ? t.reason[words.reason] : t.status[words.status];
          return (
            <li key={style}>
              <Swatch style={style} />
              {text}
            </li>
          );
        })}
        <li>
          <Line kind="switch" />
          {t.arrowSwitch}
        </li>
        <li>
          <Line kind="wake" />
          {t.arrowWake}
        </li>
        <li>
          <Line kind="spawn" />
          {t.arrowSpawn}
        </li>
        <li>
          <Line kind="preempt" />
          {t.arrowPreempt}
        </li>
        <li>
          <Mark kind="preempted" />
          {t.markPreempted}
        </li>
        <li>
          <Mark kind="choice" />
          {t.markChoice}
        </li>
      </ul>
    </div>
  );
}
