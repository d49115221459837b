import { useEffect, useRef } from "react";
import type { TimelineMessages } from "../../i18n/timeline-messages";
import { LEGEND_STYLES, styleWords } from "../../store/timeline-source";
import { useAppState } from "../store-context";
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

function Line({ kind }: { kind: "switch" | "wake" | "spawn" }) {
  const dash = kind === "wake" ? "5 3" : kind === "spawn" ? "2 3" : undefined;
  const colour =
    kind === "wake" ? "var(--tl-wake)" : kind === "spawn" ? "var(--muted)" : "var(--tl-switch)";
  return (
    <svg width="28" height="12" aria-hidden="true">
      <line x1="1" y1="6" x2="22" y2="6" stroke={colour} strokeWidth="1.6" strokeDasharray={dash} />
      <path d="M21,2 L27,6 L21,10 z" fill={colour} />
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
      </ul>
    </div>
  );
}
