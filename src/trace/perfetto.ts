import { BLOCK, EV, HOLD } from "../runtime/tracing/trace-kinds";
import type { TraceEvent } from "./decode";
import { nameIn, objectNames, trackNames } from "./labels";

/** One event of Chrome's Trace Event Format (the JSON that Perfetto and chrome://tracing open). */
export interface ChromeTraceEvent {
  name: string;
  ph: "B" | "E" | "X" | "i" | "s" | "f" | "C" | "M";
  pid: number;
  tid: number;
  ts?: number;
  dur?: number;
  cat?: string;
  id?: number;
  bp?: "e";
  s?: "t" | "g";
  args?: Record<string, string | number>;
}

export interface ChromeTrace {
  traceEvents: ChromeTraceEvent[];
  displayTimeUnit: "ms";
}

export const PID = 1;
/** Thread ids start at 1: some viewers treat tid 0 specially. */
export const tidOf = (gid: number) => gid + 1;
/** Virtual seconds to the format's microseconds, without float noise. */
export const micros = (seconds: number) => Math.round(seconds * 1e9) / 1e3;

/**
 * Exports a decoded trace as Chrome Trace Event Format: one track per greenlet and one for the
 * hub, a slice for each stretch a greenlet ran, a flow arrow for each switch, instants for what
 * happened on a track (blocked, woken, output, ...) and a counter per object state.
 */
export function toChromeTrace(events: readonly TraceEvent[]): ChromeTrace {
  const names = trackNames(events);
  const objects = objectNames(events);
  const out = trackEvents(names);
  let running: number | null = null;
  let end = 0;
  for (const event of events) {
    const ts = micros(event.time);
    end = ts;
    if (event.kind === EV.SWITCH) {
      if (running === null)
        out.push({ name: "running", ph: "B", pid: PID, tid: tidOf(event.gid), ts: 0 });
      out.push(...switchEvents(event, running ?? event.gid, ts));
      running = event.to;
    } else {
      const marked = markEvent(event, ts, names, objects);
      if (marked) out.push(marked);
    }
  }
  if (running !== null)
    out.push({ name: "running", ph: "E", pid: PID, tid: tidOf(running), ts: end });
  return { traceEvents: out, displayTimeUnit: "ms" };
}

/** The metadata that names the process and one track per greenlet, in gid order. */
export function trackEvents(names: ReadonlyMap<number, string>): ChromeTraceEvent[] {
  const out: ChromeTraceEvent[] = [];
  for (const [gid, name] of names) {
    out.push({ name: "thread_name", ph: "M", pid: PID, tid: tidOf(gid), args: { name } });
    out.push({
      name: "thread_sort_index",
      ph: "M",
      pid: PID,
      tid: tidOf(gid),
      args: { sort_index: gid },
    });
  }
  out.push({ name: "process_name", ph: "M", pid: PID, tid: 0, args: { name: "program.ts" } });
  return out;
}

/** The flow arrow and the two slice ends of a switch from `from` to `event.to`. */
export function switchEvents(
  event: Extract<TraceEvent, { kind: typeof EV.SWITCH }>,
  from: number,
  ts: number,
): ChromeTraceEvent[] {
  const flow = { name: "switch", cat: "switch", pid: PID, id: event.seq, ts };
  const stoppedAt =
    event.line > 0 ? { "stopped at": `line ${event.line}:${event.column}` } : undefined;
  return [
    { ...flow, ph: "s", tid: tidOf(from) },
    {
      name: "running",
      ph: "E",
      pid: PID,
      tid: tidOf(from),
      ts,
      ...(stoppedAt && { args: stoppedAt }),
    },
    { name: "running", ph: "B", pid: PID, tid: tidOf(event.to), ts },
    { ...flow, ph: "f", bp: "e", tid: tidOf(event.to) },
  ];
}

const blockedNames = new Map<number, string>();
/** `blocked: queue get`, made once per reason: an export asks for it at every block. */
function blockedName(reason: number): string {
  let name = blockedNames.get(reason);
  if (name === undefined) {
    name = `blocked: ${nameIn(BLOCK, reason).replace(/_/g, " ")}`;
    blockedNames.set(reason, name);
  }
  return name;
}

/** An instant on the event's track, its source line and column after `args`. */
function instantOf(
  event: TraceEvent,
  ts: number,
  name: string,
  args: Record<string, string | number> = {},
): ChromeTraceEvent {
  if (event.line > 0) {
    args.line = event.line;
    args.column = event.column;
  }
  return { name, ph: "i", s: "t", pid: PID, tid: tidOf(event.gid), ts, args };
}

/** The instant, counter or held-hub slice for a non-switch event; null for bookkeeping events. */
export function markEvent(
  event: TraceEvent,
  ts: number,
  names: ReadonlyMap<number, string>,
  objects: ReadonlyMap<number, string>,
): ChromeTraceEvent | null {
  const objectLabel = (id: number) => (id === 0 ? "none" : (objects.get(id) ?? `object #${id}`));
  const instant = (name: string, args?: Record<string, string | number>) =>
    instantOf(event, ts, name, args);
  switch (event.kind) {
    case EV.STARTED:
      return instant("started", { call: event.call });
    case EV.BLOCKED:
      return instant(blockedName(event.reason), { on: objectLabel(event.object) });
    case EV.WOKEN:
      return instant("woken", {
        by: names.get(event.waker) ?? `#${event.waker}`,
        on: objectLabel(event.object),
      });
    case EV.FINISHED:
      return instant("finished", { value: event.value });
    case EV.FAILED:
      return instant(`failed: ${event.error}`, { "thrown at line": event.throwLine });
    case EV.KILLED:
      return instant(`killed: ${event.exception}`, {
        by: names.get(event.killer) ?? `#${event.killer}`,
      });
    case EV.OUTPUT:
      return instant(event.stream === "stdout" ? "print" : "stderr", { text: event.text });
    case EV.WARNING:
      return instant("warning", { message: event.message });
    case EV.ERROR:
      return { ...instant(`${event.name}: ${event.message}`), s: "g" };
    case EV.HUB_HELD:
      return {
        name: `hub held: ${nameIn(HOLD, event.reason)}`,
        ph: "X",
        pid: PID,
        tid: tidOf(event.gid),
        ts,
        dur: micros(event.seconds),
        args: event.line > 0 ? { line: event.line, column: event.column } : {},
      };
    case EV.OBJ_STATE:
      return {
        name: objectLabel(event.object),
        ph: "C",
        pid: PID,
        tid: 0,
        ts,
        args: { value: event.value },
      };
    default:
      return null;
  }
}
