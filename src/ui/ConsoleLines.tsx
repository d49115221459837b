import { useLayoutEffect, useRef } from "react";
import type { GreenletTag, PrintedLine } from "../trace/printed-lines";
import { useAppState } from "./store-context";
import { useConsoleCursor, type ConsoleCursor } from "./use-console-cursor";
import { useMessages } from "./use-messages";

/** The console keeps this many of the latest lines on the page; the trace keeps them all. */
export const MAX_SHOWN_LINES = 2000;
const GREENLET_COLOURS = 8;

/** A stable colour per greenlet: main in the text colour, the hub muted, others a palette. */
function colourClass(gid: number, tag: GreenletTag | undefined): string {
  if (tag?.role === "main") return "g-main";
  if (tag?.role === "hub") return "g-hub";
  return `g-${gid % GREENLET_COLOURS}`;
}

/** `0.500s`: virtual seconds to the millisecond. */
export const formatTime = (seconds: number) => `${seconds.toFixed(3)}s`;

/** Past the stepping cursor a line is dimmed, at it highlighted (use-console-cursor.ts). */
function cursorClass(cursor: ConsoleCursor | null, index: number): string {
  if (cursor === null) return "";
  if (index === cursor.current) return "pickable at-cursor";
  return index >= cursor.through ? "pickable after-cursor" : "pickable";
}

function ConsoleLine({
  line,
  tag,
  stepping = "",
  onPick,
}: {
  line: PrintedLine;
  tag: GreenletTag | undefined;
  stepping?: string;
  onPick?: () => void;
}) {
  const t = useMessages();
  const label = tag?.label ?? `#${line.gid}`;
  return (
    <div
      className={`console-line ${line.stream} ${colourClass(line.gid, tag)} ${stepping}`}
      onClick={onPick}
    >
      <span className="time">{formatTime(line.time)}</span>
      <span className="who" title={label}>
        {label}
      </span>
      <span className="text">
        {line.stream === "stderr" && (
          <>
            <span aria-hidden="true" className="stderr-mark">
              !
            </span>
            <span className="sr-only">{t.stderrMark}: </span>
          </>
        )}
        {line.text}
      </span>
    </div>
  );
}

/** The lines the run printed, as text (never HTML), following the end while it is in view. */
export function ConsoleLines() {
  const t = useMessages();
  const printed = useAppState((s) => s.printed);
  const greenlets = useAppState((s) => s.greenlets);
  const box = useRef<HTMLDivElement>(null);
  const atEnd = useRef(true);
  const hidden = Math.max(0, printed.length - MAX_SHOWN_LINES);
  const shown = hidden > 0 ? printed.slice(hidden) : printed;
  const cursor = useConsoleCursor(printed.length);

  useLayoutEffect(() => {
    if (atEnd.current && box.current) box.current.scrollTop = box.current.scrollHeight;
  }, [printed]);

  return (
    <div
      ref={box}
      className="console-lines"
      tabIndex={0}
      onScroll={(event) => {
        const el = event.currentTarget;
        atEnd.current = el.scrollHeight - el.scrollTop - el.clientHeight < 8;
      }}
    >
      {hidden > 0 && <p className="hint">{t.earlierLinesHidden({ count: hidden })}</p>}
      {shown.map((line, i) => {
        const index = (cursor?.first ?? 0) + hidden + i;
        return (
          <ConsoleLine
            key={line.seq}
            line={line}
            tag={greenlets[line.gid]}
            stepping={cursorClass(cursor, index)}
            onPick={cursor ? () => cursor.pick(index) : undefined}
          />
        );
      })}
    </div>
  );
}
