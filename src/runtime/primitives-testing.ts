import type { RunResult } from "./run";
import { TraceExpander } from "./tracing/trace-kinds";

/** One decoded trace event, for tests: kind, greenlet, a, b, site. */
export interface TestEvent {
  kind: number;
  gid: number;
  a: number;
  b: number;
  site: number;
}

/** The events of a run's trace, decoded, implied ones included (test helper). */
export function decodeEvents(r: RunResult): TestEvent[] {
  const w = r.trace.words;
  const out: TestEvent[] = [];
  const visit = (kind: number, gid: number, a: number, b: number, site: number) =>
    void out.push({ kind, gid, a, b, site });
  const expander = new TraceExpander();
  for (let i = 0; i < w.length; i += 4) expander.expand(w, i, visit);
  return out;
}

/** The id of the first object of `type` created in the run. */
export function objectOfType(events: TestEvent[], created: number, type: number): number {
  const e = events.find((x) => x.kind === created && x.b === type);
  if (e === undefined) throw new Error(`no object of type ${type}`);
  return e.a;
}

/** An interned string of the trace. */
export function traceString(r: RunResult, id: number): string {
  return r.trace.strings[id];
}
