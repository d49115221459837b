import type { EncodedTrace } from "../runtime/tracing/trace-recorder";
import {
  EV,
  clockSeconds,
  TraceExpander,
  NO_LIMIT,
  TRACE_VERSION,
  CANDIDATE,
  CHOICE_OPEN,
  type BlockReason,
  type CandidateKind,
  type GreenletType,
  type HoldReason,
  type ObjectType,
} from "../runtime/tracing/trace-kinds";

/** What every decoded event has: its place in the run, its greenlet and its source site. */
export interface EventHeader {
  /** Index of the event in the decoded trace (implied events included), from 0. */
  seq: number;
  /** Virtual seconds, carried forward from the last CLOCK event. */
  time: number;
  /** The greenlet the event concerns (HUB_GID for the hub). */
  gid: number;
  /** Index into the sites table (0 = unknown), and its 1-based line and column (0 when unknown). */
  site: number;
  line: number;
  column: number;
}

type Body =
  | { kind: typeof EV.CLOCK }
  | { kind: typeof EV.CREATED; parent: number; greenletType: GreenletType; name: string }
  | { kind: typeof EV.STARTED; call: string }
  | { kind: typeof EV.SWITCH; to: number; mode: number }
  | { kind: typeof EV.BLOCKED; reason: BlockReason; object: number }
  | { kind: typeof EV.WOKEN; waker: number; object: number }
  | { kind: typeof EV.FINISHED; value: string }
  | { kind: typeof EV.FAILED; error: string; throwLine: number }
  | { kind: typeof EV.KILLED; killer: number; exception: string }
  | { kind: typeof EV.TIMER_SCHEDULED; timer: number; delay: number }
  | { kind: typeof EV.TIMER_FIRED | typeof EV.TIMER_CANCELLED; timer: number }
  | { kind: typeof EV.OBJ_CREATED; object: number; objectType: ObjectType }
  /** `object` 0 names the greenlet `gid` itself. */
  | { kind: typeof EV.OBJ_NAMED; object: number; name: string }
  | { kind: typeof EV.OBJ_STATE; object: number; value: number }
  | { kind: typeof EV.ITEM_IN | typeof EV.ITEM_OUT; object: number; item: string }
  | { kind: typeof EV.OUTPUT; text: string; stream: "stdout" | "stderr" }
  | { kind: typeof EV.ERROR; name: string; message: string }
  | { kind: typeof EV.HUB_HELD; reason: HoldReason; seconds: number }
  | { kind: typeof EV.WARNING; message: string }
  | { kind: typeof EV.OBJ_LIMIT; object: number; limit: number | null }
  /** The program ended while this greenlet was suspended: its `finally` blocks never run. */
  | { kind: typeof EV.ABANDONED }
  /** A choice point: `candidates` CANDIDATE steps follow; `chosen` null when left open. */
  | { kind: typeof EV.CHOICE; candidates: number; chosen: number | null }
  /**
   * `timer`: a TIMER candidate's timer; `call`: a START candidate's call ("" otherwise);
   * `source`: a NOTIFY candidate's object notifying, a JOINED candidate's greenlet finished.
   */
  | {
      kind: typeof EV.CANDIDATE;
      candidate: CandidateKind;
      timer: number;
      call: string;
      source: number;
    }
  | { kind: typeof EV.PREEMPTED };

/** One trace event with its words interpreted: numbers named, strings and sites resolved. */
export type TraceEvent = EventHeader & Body;

export { clockSeconds };

/** Decodes a whole trace, carrying the virtual time forward from CLOCK events. */
export function decodeTrace(trace: EncodedTrace): TraceEvent[] {
  if (trace.version !== TRACE_VERSION) {
    throw new Error(
      `trace version ${trace.version} is not ${TRACE_VERSION}: decode it with a matching build`,
    );
  }
  const { words } = trace;
  const events: TraceEvent[] = [];
  let time = 0;
  const visit = (kind: number, gid: number, a: number, b: number, site: number): void => {
    if (kind === EV.CLOCK) time = clockSeconds(a, b);
    const [line, column] = trace.sites[site] ?? [0, 0];
    const header = { seq: events.length, time, gid, site, line, column };
    events.push({ ...header, ...decodeEvent(kind, a, b, trace.strings) });
  };
  const expander = new TraceExpander();
  for (let at = 0; at + 3 < words.length; at += 4) expander.expand(words, at, visit);
  return events;
}

/** The body of one event: its kind and its operands, named and resolved. */
export function decodeEvent(kind: number, a: number, b: number, strings: readonly string[]): Body {
  const str = (id: number) => strings[id] ?? "";
  switch (kind) {
    case EV.CLOCK:
      return { kind };
    case EV.CREATED:
      return { kind, parent: a & 0xffffff, greenletType: (a >>> 24) as GreenletType, name: str(b) };
    case EV.STARTED:
      return { kind, call: str(a) };
    case EV.SWITCH:
      return { kind, to: a, mode: b };
    case EV.BLOCKED:
      return { kind, reason: a as BlockReason, object: b };
    case EV.WOKEN:
      return { kind, waker: a, object: b };
    case EV.FINISHED:
      return { kind, value: str(a) };
    case EV.FAILED:
      return { kind, error: str(a), throwLine: b };
    case EV.KILLED:
      return { kind, killer: a, exception: str(b) };
    case EV.TIMER_SCHEDULED:
      return { kind, timer: a, delay: b / 1e6 };
    case EV.TIMER_FIRED:
    case EV.TIMER_CANCELLED:
      return { kind, timer: a };
    case EV.OBJ_CREATED:
      return { kind, object: a, objectType: b as ObjectType };
    case EV.OBJ_NAMED:
      return { kind, object: a, name: str(b) };
    case EV.OBJ_STATE:
      return { kind, object: a, value: b };
    case EV.ITEM_IN:
    case EV.ITEM_OUT:
      return { kind, object: a, item: str(b) };
    case EV.OUTPUT:
      return { kind, text: str(a), stream: b === 1 ? "stderr" : "stdout" };
    case EV.ERROR:
      return { kind, name: str(a), message: str(b) };
    case EV.HUB_HELD:
      return { kind, reason: a as HoldReason, seconds: b / 1e6 };
    case EV.WARNING:
      return { kind, message: str(a) };
    case EV.OBJ_LIMIT:
      return { kind, object: a, limit: b === NO_LIMIT ? null : b };
    case EV.ABANDONED:
    case EV.PREEMPTED:
      return { kind };
    case EV.CHOICE:
      return { kind, candidates: a, chosen: b === CHOICE_OPEN ? null : b };
    case EV.CANDIDATE:
      return {
        kind,
        candidate: a as CandidateKind,
        timer: a === CANDIDATE.TIMER ? b : 0,
        call: a === CANDIDATE.START ? str(b) : "",
        source: a === CANDIDATE.NOTIFY || a === CANDIDATE.JOINED ? b : 0,
      };
    default:
      throw new Error(`unknown trace event kind ${kind}`);
  }
}
