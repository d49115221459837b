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

const PID = 1;
/** Thread ids start at 1: some viewers treat tid 0 specially. */
const tidOf = (gid: number) => gid + 1;
/** Virtual seconds to the format's microseconds, without float noise. */
const micros = (seconds: number) => Math.round(seconds * 1e9) / 1e3;

/**
 * Exports a decoded trace as Chrome Trace Event Format: one track per greenlet and one for the
 * hub, a slice for each stretch a greenlet ran, a flow arrow for each switch, instants for what
 * happened on a track (blocked, woken, output, ...) and a counter per object state.
 */
export function toChromeTrace(events: readonly TraceEvent[]): ChromeTrace {
  const out: ChromeTraceEvent[] = [];
  const names = trackNames(events);
  const objects = objectNames(events);
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

function switchEvents(
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

/** The instant, counter or held-hub slice for a non-switch event; null for bookkeeping events. */
function markEvent(
  event: TraceEvent,
  ts: number,
  names: Map<number, string>,
  objects: Map<number, string>,
): ChromeTraceEvent | null {
  const objectLabel = (id: number) => (id === 0 ? "none" : (objects.get(id) ?? `object #${id}`));
  const at = { pid: PID, tid: tidOf(event.gid), ts };
  const where: Record<string, number> =
    event.line > 0 ? { line: event.line, column: event.column } : {};
  const instant = (name: string, args: Record<string, string | number> = {}): ChromeTraceEvent => ({
    name,
    ph: "i",
    s: "t",
    ...at,
    args: { ...args, ...where },
  });
  switch (event.kind) {
    case EV.STARTED:
      return instant("started", { call: event.call });
    case EV.BLOCKED:
      return instant(`blocked: ${nameIn(BLOCK, event.reason).replace(/_/g, " ")}`, {
        on: objectLabel(event.object),
      });
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
        ...at,
        dur: micros(event.seconds),
        args: where,
      };
    case EV.OBJ_STATE:
      return {
        name: objectLabel(event.object),
        ph: "C",
        ...at,
        tid: 0,
        args: { value: event.value },
      };
    default:
      return null;
  }
}
