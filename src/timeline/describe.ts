/**
 * Plain descriptions of what the timeline shows, for tooltips, the legend and the accessible
 * summary: a style's status and reason as words (the keys of the UI's string tables), a
 * segment's stretch of the run and its operation, a mark's kind and text. Pure.
 */
import { BLOCK, CHOICE_OPEN, EV, HUB_GID } from "../runtime/tracing/trace-kinds";
import { choicePoint, type ChoicePoint } from "../trace/model/choice-points";
import { ARROW } from "./arrow-list";
import type { AxisKind } from "./axis";
import { segmentEnd } from "./lane-runs";
import type { TimelineLayout } from "./layout";
import { endLabel, objectName, operationLabel } from "./operation-label";
import { STYLE, isBlocked, reasonOf } from "./styles";

export type StatusKey =
  | "unstarted"
  | "ready"
  | "running"
  | "blocked"
  | "holding"
  | "waiting"
  | "finished"
  | "failed"
  | "killed"
  | "abandoned";

export type ReasonKey =
  | "sleep"
  | "join"
  | "event"
  | "queue-get"
  | "queue-put"
  | "lock"
  | "pool"
  | "switch"
  | "socket"
  | "result"
  | "queue-join"
  | "wait"
  | "idle"
  | "hub"
  | "yield";

export type MarkKey =
  | "output"
  | "timer"
  | "timer-fired"
  | "error"
  | "kill"
  | "warning"
  | "caught"
  | "preempted"
  | "choice";
export type ArrowKey = "switch" | "wake" | "spawn" | "preempt";

const STATUS: Record<number, StatusKey> = {
  [STYLE.UNSTARTED]: "unstarted",
  [STYLE.READY]: "ready",
  [STYLE.RUNNING]: "running",
  [STYLE.HOLDING]: "holding",
  [STYLE.WAITING]: "waiting",
  [STYLE.FINISHED]: "finished",
  [STYLE.FAILED]: "failed",
  [STYLE.KILLED]: "killed",
  [STYLE.ABANDONED]: "abandoned",
};

const REASON: Record<number, ReasonKey> = {
  [BLOCK.SLEEP]: "sleep",
  [BLOCK.JOIN]: "join",
  [BLOCK.EVENT_WAIT]: "event",
  [BLOCK.QUEUE_GET]: "queue-get",
  [BLOCK.QUEUE_PUT]: "queue-put",
  [BLOCK.LOCK_ACQUIRE]: "lock",
  [BLOCK.POOL_SLOT]: "pool",
  [BLOCK.RAW_SWITCH]: "switch",
  [BLOCK.SOCKET]: "socket",
  [BLOCK.RESULT_GET]: "result",
  [BLOCK.QUEUE_JOIN]: "queue-join",
  [BLOCK.WAIT_ANY]: "wait",
  [BLOCK.IDLE]: "idle",
  [BLOCK.HUB]: "hub",
  [BLOCK.YIELD]: "yield",
};

export interface StyleWords {
  status: StatusKey;
  reason: ReasonKey | null;
}

export function styleWords(style: number): StyleWords {
  if (isBlocked(style)) return { status: "blocked", reason: REASON[reasonOf(style)] ?? null };
  return { status: STATUS[style] ?? "unstarted", reason: null };
}

/** Every style the legend shows, in the order it lists them. */
export const LEGEND_STYLES: readonly number[] = [
  STYLE.RUNNING,
  STYLE.READY,
  STYLE.BLOCKED + BLOCK.SLEEP,
  STYLE.BLOCKED + BLOCK.EVENT_WAIT,
  STYLE.BLOCKED + BLOCK.QUEUE_GET,
  STYLE.BLOCKED + BLOCK.LOCK_ACQUIRE,
  STYLE.BLOCKED + BLOCK.JOIN,
  STYLE.BLOCKED + BLOCK.SOCKET,
  STYLE.HOLDING,
  STYLE.UNSTARTED,
  STYLE.WAITING,
  STYLE.FINISHED,
  STYLE.FAILED,
  STYLE.KILLED,
];

const ARROW_KEYS: Record<number, ArrowKey> = {
  [ARROW.WAKE]: "wake",
  [ARROW.SPAWN]: "spawn",
  [ARROW.PREEMPT]: "preempt",
};

export const arrowKey = (kind: number): ArrowKey => ARROW_KEYS[kind] ?? "switch";

export interface SegmentInfo {
  gid: number;
  greenlet: string;
  style: number;
  words: StyleWords;
  /** The call it waits in (`q.get()`), or how it ended (its value, its exception). */
  operation: string | null;
  ending: string | null;
  /** The object it waits on, by name. */
  object: string | null;
  firstStep: number;
  lastStep: number;
  fromTime: number;
  toTime: number;
  /** The source line it stands at (0 unknown). */
  line: number;
}

export function describeSegment(layout: TimelineLayout, gid: number, i: number): SegmentInfo {
  const m = layout.model;
  const lane = layout.lanes[gid];
  const style = lane.styles.data[i];
  const first = lane.starts.data[i];
  const end = segmentEnd(lane, layout.axis("steps"), i);
  const last = Math.max(first, Math.min(end, layout.stepCount) - 1);
  const [kind, , , b] = m.wordsAt(first);
  const waitsOn = kind === EV.BLOCKED && b !== 0 && reasonOf(style) !== BLOCK.JOIN;
  return {
    gid,
    greenlet: m.label(gid),
    style,
    words: styleWords(style),
    operation: operationLabel(m, first, style),
    ending: style >= STYLE.FINISHED && style <= STYLE.ABANDONED ? endLabel(m, first, style) : null,
    object: waitsOn ? objectName(m, b) : null,
    firstStep: first,
    lastStep: last,
    fromTime: m.timeAt(first),
    toTime: end < layout.stepCount ? m.timeAt(end) : m.endTime,
    line: m.event(first).line,
  };
}

export interface MarkInfo {
  step: number;
  key: MarkKey;
  /** The line printed, the warning or the error, when the mark has a text. */
  text: string | null;
  time: number;
  line: number;
  /** A choice point's candidates and the one chosen (null for the other marks). */
  choice: ChoicePoint | null;
}

export function describeMark(layout: TimelineLayout, gid: number, step: number): MarkInfo {
  const e = layout.model.event(step);
  const base = { step, time: e.time, line: e.line, choice: null };
  switch (e.kind) {
    case EV.OUTPUT:
      return { ...base, key: "output", text: e.text };
    case EV.TIMER_SCHEDULED:
      return { ...base, key: "timer", text: `${e.delay}s` };
    case EV.TIMER_FIRED:
      return { ...base, key: "timer-fired", text: null };
    case EV.KILLED:
      return { ...base, key: "kill", text: e.exception };
    case EV.WARNING:
      return { ...base, key: "warning", text: e.message };
    case EV.ERROR:
      return { ...base, key: e.gid === gid ? "error" : "caught", text: `${e.name}: ${e.message}` };
    case EV.PREEMPTED:
      return { ...base, key: "preempted", text: null };
    case EV.CHOICE: {
      const m = layout.model;
      const choice = choicePoint(m, m.choices.countAtMost(step) - 1) ?? null;
      return { ...base, key: "choice", text: null, choice };
    }
    default:
      return { ...base, key: "output", text: null };
  }
}

/** Whether the mark at `step` is a choice point the run stopped at for the learner. */
export function isOpenChoice(layout: TimelineLayout, step: number): boolean {
  const [kind, , , chosen] = layout.model.wordsAt(step);
  return kind === EV.CHOICE && chosen === CHOICE_OPEN;
}

/** The mark's kind alone (drawing needs no text). */
export function markKey(layout: TimelineLayout, gid: number, step: number): MarkKey {
  switch (layout.model.kindAt(step)) {
    case EV.OUTPUT:
      return "output";
    case EV.TIMER_SCHEDULED:
      return "timer";
    case EV.TIMER_FIRED:
      return "timer-fired";
    case EV.KILLED:
      return "kill";
    case EV.WARNING:
      return "warning";
    case EV.ERROR:
      return layout.model.gidAt(step) === gid ? "error" : "caught";
    case EV.PREEMPTED:
      return "preempted";
    case EV.CHOICE:
      return "choice";
    default:
      return "output";
  }
}

/** The lanes' labels as the console shows them (`main`, `hub`, `worker #3`). */
export function laneLabel(layout: TimelineLayout, gid: number): string {
  return gid === HUB_GID ? "hub" : layout.model.label(gid);
}

/** Where the cursor's step is drawn on the axis. */
export function cursorAt(layout: TimelineLayout, axis: AxisKind, step: number): number {
  return layout.axis(axis).mid(step);
}
