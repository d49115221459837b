import {
  memo,
  useCallback,
  useEffect,
  useLayoutEffect,
  useReducer,
  useRef,
  type CSSProperties,
} from "react";
import type { Messages } from "../i18n/messages";
import type { GreenletTag, PrintedLine } from "../trace/printed-lines";
import { useConsoleCursor, type ConsoleCursor } from "./use-console-cursor";
import { useFrameState } from "./use-frame-state";
import { useMessages } from "./use-messages";

/** The console keeps this many of the latest lines on the page; the trace keeps them all. */
export const MAX_SHOWN_LINES = 2000;
/** A line longer than this shows its start and says how much is cut (the trace keeps it whole). */
export const MAX_SHOWN_CHARS = 10_000;
/**
 * Lines are drawn in blocks of this many: a block that is full never draws again, so a batch
 * of output costs the page its own lines, not the console's.
 */
const BLOCK = 100;
/**
 * Blocks drawn anew in one frame, newest first: a flood replaces every block each frame, and
 * the older ones of the window fill in, a few a frame, once it calms down. While the run goes
 * on only the newest is: what a flood prints in one frame is gone from view in the next.
 */
const NEW_BLOCKS_PER_FRAME = 3;
const NEW_BLOCKS_PER_FRAME_RUNNING = 1;
const GREENLET_COLOURS = 8;
/** How long after the learner's wheel, touch, key or pointer a scroll counts as theirs. */
const LEARNER_SCROLL_MS = 1000;
/** The keys that scroll the focused console. */
const SCROLL_KEYS = new Set(["ArrowUp", "ArrowDown", "PageUp", "PageDown", "Home", "End", " "]);
/** Labels longer than this (in characters) are cut with an ellipsis; the title shows them whole. */
const LONGEST_LABEL = 24;

/** The width of the greenlet column: the longest label, so labels show whole and distinct. */
function labelWidth(tags: Tags): string {
  let longest = 4;
  for (const tag of Object.values(tags)) longest = Math.max(longest, tag.label.length);
  return `${Math.min(longest, LONGEST_LABEL)}ch`;
}

type Tags = Record<number, GreenletTag>;

/** A stable colour per greenlet: main in the text colour, the hub muted, others a palette. */
function colourClass(gid: number, tag: GreenletTag | undefined): string {
  if (tag?.role === "main") return "g-main";
  if (tag?.role === "hub") return "g-hub";
  return `g-${gid % GREENLET_COLOURS}`;
}

/** `0.500s`: virtual seconds to the millisecond. */
export const formatTime = (seconds: number) => `${seconds.toFixed(3)}s`;

function LineText({ text, t }: { text: string; t: Messages }) {
  if (text.length <= MAX_SHOWN_CHARS) return <>{text}</>;
  return (
    <>
      {text.slice(0, MAX_SHOWN_CHARS)}
      <span className="line-cut">{t.lineCut({ count: text.length - MAX_SHOWN_CHARS })}</span>
    </>
  );
}

/** Past the stepping cursor a line is dimmed, at it highlighted (use-console-cursor.ts). */
function cursorClass(cursor: BlockCursor | null, index: number): string {
  if (cursor === null) return "";
  if (index === cursor.current) return "pickable at-cursor";
  return index >= cursor.through ? "pickable after-cursor" : "pickable";
}

function ConsoleLine({
  line,
  tag,
  t,
  stepping,
  onPick,
}: {
  line: PrintedLine;
  tag: GreenletTag | undefined;
  t: Messages;
  stepping: string;
  onPick: (() => void) | undefined;
}) {
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
        <LineText text={line.text} t={t} />
      </span>
    </div>
  );
}

/** The stepping cursor as one block sees it: clamped to its lines, so other steps leave it be. */
interface BlockCursor {
  through: number;
  current: number;
}

function blockCursor(cursor: ConsoleCursor | null, first: number, count: number) {
  if (cursor === null) return null;
  const through = Math.max(first, Math.min(cursor.through, first + count));
  const inside = cursor.current >= first && cursor.current < first + count;
  return { through, current: inside ? cursor.current : -1 };
}

interface BlockProps {
  /** The run's output index of the block's first line. */
  first: number;
  lines: PrintedLine[];
  tags: Tags;
  t: Messages;
  cursor: BlockCursor | null;
  pick: ((index: number) => void) | undefined;
}

/** The same lines when the first and last are the same objects: lines are only ever appended. */
const sameBlock = (a: BlockProps, b: BlockProps) =>
  a.tags === b.tags &&
  a.t === b.t &&
  a.first === b.first &&
  a.lines.length === b.lines.length &&
  a.lines[0] === b.lines[0] &&
  a.lines.at(-1) === b.lines.at(-1) &&
  a.cursor?.through === b.cursor?.through &&
  a.cursor?.current === b.cursor?.current &&
  (a.pick === undefined) === (b.pick === undefined);

const ConsoleBlock = memo(function ConsoleBlock(props: BlockProps) {
  const { first, lines, tags, t, cursor, pick } = props;
  return (
    <div className="console-block">
      {lines.map((line, i) => (
        <ConsoleLine
          key={line.seq}
          line={line}
          tag={tags[line.gid]}
          t={t}
          stepping={cursorClass(cursor, first + i)}
          onPick={pick && (() => pick(first + i))}
        />
      ))}
    </div>
  );
}, sameBlock);

/**
 * Which blocks of the window to draw: the newest, and older ones back to where more than
 * NEW_BLOCKS_PER_FRAME (while running, NEW_BLOCKS_PER_FRAME_RUNNING) of them would be drawn anew. Returns the index of the first one.
 */
function firstDrawn(keys: number[], drawn: ReadonlySet<number>, running: boolean): number {
  const most = running ? NEW_BLOCKS_PER_FRAME_RUNNING : NEW_BLOCKS_PER_FRAME;
  let fresh = 0;
  let from = keys.length;
  while (from > 0) {
    if (!drawn.has(keys[from - 1])) {
      if (fresh === most) break;
      fresh++;
    }
    from--;
  }
  return from;
}

/**
 * The lines the run printed, as text (never HTML), following the end while it is in view. It
 * draws at most once an animation frame, however fast the batches arrive, and at most a few
 * blocks anew each time.
 */
export function ConsoleLines() {
  const t = useMessages();
  const printed = useFrameState((s) => s.printed);
  const greenlets = useFrameState((s) => s.greenlets);
  const running = useFrameState((s) => s.status === "running");
  const box = useRef<HTMLDivElement>(null);
  const atEnd = useRef(true);
  // Only the learner's own scrolling takes the console off its end. A scroll event arrives a
  // frame late, when lines committed since may already lie under it: read as "off the end", it
  // would stop the console following a flood.
  const learnerUntil = useRef(0);
  const learnerScrolls = useCallback(() => {
    learnerUntil.current = performance.now() + LEARNER_SCROLL_MS;
  }, []);
  const cursor = useConsoleCursor(printed.length);
  // A stable picker, so blocks away from the cursor need not draw again.
  const pickRef = useRef(cursor?.pick);
  useLayoutEffect(() => {
    pickRef.current = cursor?.pick;
  });
  const pick = useCallback((index: number) => pickRef.current?.(index), []);
  const drawn = useRef<ReadonlySet<number>>(new Set());
  const [, nextFrame] = useReducer((n: number) => n + 1, 0);
  const windowStart = Math.max(0, Math.ceil((printed.length - MAX_SHOWN_LINES) / BLOCK)) * BLOCK;
  // A block's key is its first line's place among all the run's lines, whatever was cleared.
  const keys: number[] = [];
  for (let from = windowStart; from < printed.length; from += BLOCK)
    keys.push(printed.start + from);
  // What the last commit drew decides how much to draw now; render only reads it (the layout
  // effect below writes it), so a render thrown away changes nothing.
  // eslint-disable-next-line react-hooks/refs
  const first = firstDrawn(keys, drawn.current, running);
  const shown = keys.slice(first);
  const hidden = shown.length > 0 ? shown[0] - printed.start : printed.length;

  const scrollFrame = useRef(0);
  useLayoutEffect(() => {
    drawn.current = new Set(shown);
    // Kept at the end on the next frame, not here: reading the height here would lay the page
    // out in every commit (a run has several), where the frame lays it out once.
    if (atEnd.current && scrollFrame.current === 0) {
      scrollFrame.current = requestAnimationFrame(() => {
        scrollFrame.current = 0;
        if (atEnd.current && box.current) box.current.scrollTop = box.current.scrollHeight;
      });
    }
    if (first === 0) return;
    const frame = requestAnimationFrame(nextFrame);
    return () => cancelAnimationFrame(frame);
  });

  // The console shrinks when the run's summary and exercise line appear under it: the last
  // line must stay in view.
  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const observer = new ResizeObserver(() => {
      if (atEnd.current) el.scrollTop = el.scrollHeight;
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, []);

  return (
    <div
      ref={box}
      className="console-lines"
      style={{ "--who-width": labelWidth(greenlets) } as CSSProperties}
      tabIndex={0}
      onWheel={learnerScrolls}
      onTouchMove={learnerScrolls}
      onPointerDown={learnerScrolls}
      onPointerMove={(event) => event.buttons !== 0 && learnerScrolls()}
      onKeyDown={(event) => SCROLL_KEYS.has(event.key) && learnerScrolls()}
      onScroll={(event) => {
        const el = event.currentTarget;
        const end = el.scrollHeight - el.scrollTop - el.clientHeight < 8;
        if (end) atEnd.current = true;
        else if (performance.now() < learnerUntil.current) atEnd.current = false;
      }}
    >
      {hidden > 0 && <p className="hint">{t.earlierLinesHidden({ count: hidden })}</p>}
      {shown.map((key) => {
        const lines = printed.slice(key - printed.start, key - printed.start + BLOCK);
        return (
          <ConsoleBlock
            key={key}
            first={key}
            lines={lines}
            tags={greenlets}
            t={t}
            cursor={blockCursor(cursor, key, lines.length)}
            pick={cursor ? pick : undefined}
          />
        );
      })}
    </div>
  );
}
