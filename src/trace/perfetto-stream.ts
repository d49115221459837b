/**
 * The Chrome Trace Event export of `perfetto.ts`, written straight from a run model in chunks:
 * the same tracks, slices, flow arrows, instants and counters, but no array of decoded events
 * and no array of output events is ever held, so a run of a million events is exported in
 * bounded memory beyond the model itself. Pure: the caller decides where the chunks go.
 */
import { EV, HUB_GID, MAIN_GID, OBJ } from "../runtime/tracing/trace-kinds";
import type { TraceEvent } from "./decode";
import { nameIn } from "./labels";
import { COUNTED_TYPES } from "./model/apply-step";
import type { RunModel } from "./model/run-model";
import { PID, markEvent, micros, tidOf, trackEvents, type ChromeTraceEvent } from "./perfetto";

/** Characters gathered before a chunk is handed to `write`. */
const CHUNK_CHARS = 1 << 20;

/** Track names as `trackNames` gives them: `Hub`, `main`, `task(1) #3`. */
function trackNamesOf(model: RunModel): Map<number, string> {
  const names = new Map<number, string>([
    [HUB_GID, "Hub"],
    [MAIN_GID, "main"],
  ]);
  for (const g of model.greenlets()) {
    if (g.gid === HUB_GID || g.gid === MAIN_GID) continue;
    names.set(g.gid, `${g.variable ?? g.name ?? g.call ?? "greenlet"} #${g.gid}`);
  }
  return new Map([...names].sort(([a], [b]) => a - b));
}

/** Object labels as `objectNames` gives them: `q (queue #3)`, `event #2`. */
function objectNamesOf(model: RunModel): Map<number, string> {
  const labels = new Map<number, string>();
  for (const o of model.objects()) {
    const type = nameIn(OBJ, o.type).replace(/_/g, " ");
    labels.set(o.id, o.name === null ? `${type} #${o.id}` : `${o.name} (${type} #${o.id})`);
  }
  return labels;
}

const SWITCH = EV.SWITCH;

/**
 * The counts of queues, groups and pools, which the trace gives with every item (a counter in
 * the export) but the model folds into the item's step: kept here as the expander keeps them.
 */
class FoldedCounts {
  private readonly counts = new Map<number, number>();

  /** The count to export after step `step`, as its OBJ_STATE event, or null for none. */
  follow(model: RunModel, step: number, event: TraceEvent): TraceEvent | null {
    if (event.kind === EV.OBJ_STATE) this.counts.set(event.object, event.value);
    if (event.kind !== EV.ITEM_IN && event.kind !== EV.ITEM_OUT) return null;
    if (!COUNTED_TYPES.has(model.object(event.object)?.type ?? 0)) return null;
    const value = (this.counts.get(event.object) ?? 0) + (event.kind === EV.ITEM_IN ? 1 : -1);
    this.counts.set(event.object, value);
    // A count the model kept as a step of its own is exported from that step.
    if (step + 1 < model.stepCount) {
      const [kind, , object] = model.wordsAt(step + 1);
      if (kind === EV.OBJ_STATE && object === event.object) return null;
    }
    const { seq, time, gid, site, line, column, object } = event;
    return { seq, time, gid, site, line, column, kind: EV.OBJ_STATE, object, value };
  }
}

/**
 * The four events `switchEvents` makes for a switch, written as JSON text directly (a run is
 * mostly switches): the same keys in the same order as JSON.stringify gives them.
 */
function switchJson(
  id: number,
  from: number,
  to: number,
  ts: number,
  line: number,
  column: number,
) {
  const flow = `{"name":"switch","cat":"switch","pid":${PID},"id":${id},"ts":${ts},"ph":`;
  const stopped = line > 0 ? `,"args":{"stopped at":"line ${line}:${column}"}` : "";
  return (
    `${flow}"s","tid":${tidOf(from)}},` +
    `{"name":"running","ph":"E","pid":${PID},"tid":${tidOf(from)},"ts":${ts}${stopped}},` +
    `{"name":"running","ph":"B","pid":${PID},"tid":${tidOf(to)},"ts":${ts}},` +
    `${flow}"f","bp":"e","tid":${tidOf(to)}}`
  );
}

/**
 * Writes the model's run as Chrome Trace Event Format JSON through `write`, chunk by chunk; the
 * chunks joined are one JSON document, `{"traceEvents": [...], "displayTimeUnit": "ms"}`, with
 * the events `toChromeTrace` gives (flow ids are step numbers here).
 */
export function streamChromeTrace(model: RunModel, write: (chunk: string) => void): void {
  const names = trackNamesOf(model);
  const objects = objectNamesOf(model);
  let chunk = '{"traceEvents":[';
  let first = true;
  const emitText = (json: string) => {
    chunk += first ? json : "," + json;
    first = false;
    if (chunk.length >= CHUNK_CHARS) {
      write(chunk);
      chunk = "";
    }
  };
  const emit = (event: ChromeTraceEvent) => emitText(JSON.stringify(event));
  for (const event of trackEvents(names)) emit(event);
  const counts = new FoldedCounts();
  let running: number | null = null;
  for (let step = 0; step < model.stepCount; step++) {
    const event = model.event(step);
    const ts = micros(event.time);
    if (event.kind === SWITCH) {
      if (running === null) {
        emit({ name: "running", ph: "B", pid: PID, tid: tidOf(event.gid), ts: 0 });
      }
      emitText(switchJson(step, running ?? event.gid, event.to, ts, event.line, event.column));
      running = event.to;
    } else {
      const marked = markEvent(event, ts, names, objects);
      if (marked) emit(marked);
      const count = counts.follow(model, step, event);
      if (count !== null) emit(markEvent(count, ts, names, objects)!);
    }
  }
  if (running !== null) {
    emit({ name: "running", ph: "E", pid: PID, tid: tidOf(running), ts: micros(model.endTime) });
  }
  write(chunk + '],"displayTimeUnit":"ms"}');
}
