/**
 * What the exercise checks, predictions and moments need to know about a run, read once from
 * its decoded trace events: each greenlet and object with the names a lesson may call it by, and
 * the printed lines with their time and greenlet. Pure.
 */
import type { TraceEvent } from "../src/trace/decode";
import { HUB, KIND, MAIN, objectTypeName } from "./trace-vocabulary";

export interface PrintedAt {
  seq: number;
  time: number;
  gid: number;
  text: string;
}

export interface RunFacts {
  events: readonly TraceEvent[];
  /** stdout lines, in order, each with the event that printed it. */
  printed: PrintedAt[];
  /** Every greenlet id seen, with the names it answers to (see `greenletNames`). */
  greenlets: Map<number, Set<string>>;
  /** Every object id, with the names it answers to: its variable and `type #id`. */
  objects: Map<number, Set<string>>;
}

function addName(map: Map<number, Set<string>>, id: number, name: string): void {
  if (name === "") return;
  const names = map.get(id) ?? new Set<string>();
  names.add(name);
  map.set(id, names);
}

/**
 * A greenlet answers to: "hub" or "main" for those two; else its variable's name, its own
 * `name`, the call it started with (`task(1)`), that call's function (`task`), and the label the
 * timeline gives it (`task(1) #3`, the variable or name first when there is one).
 */
export function runFacts(events: readonly TraceEvent[]): RunFacts {
  const greenlets = new Map<number, Set<string>>([
    [HUB, new Set(["hub", "Hub"])],
    [MAIN, new Set(["main"])],
  ]);
  const objects = new Map<number, Set<string>>();
  const firstName = new Map<number, string>();
  const printed: PrintedAt[] = [];
  for (const event of events) {
    if (!greenlets.has(event.gid)) greenlets.set(event.gid, new Set());
    switch (event.kind) {
      case KIND.CREATED:
        addName(greenlets, event.gid, event.name);
        if (event.name !== "") firstName.set(event.gid, event.name);
        break;
      case KIND.OBJ_NAMED:
        if (event.object === 0) {
          addName(greenlets, event.gid, event.name);
          firstName.set(event.gid, event.name);
        } else addName(objects, event.object, event.name);
        break;
      case KIND.STARTED:
        addName(greenlets, event.gid, event.call);
        addName(greenlets, event.gid, event.call.replace(/\(.*$/s, ""));
        if (!firstName.has(event.gid)) firstName.set(event.gid, event.call);
        break;
      case KIND.OBJ_CREATED:
        addName(objects, event.object, `${objectTypeName(event.objectType)} #${event.object}`);
        break;
      case KIND.OUTPUT:
        if (event.stream === "stdout") {
          printed.push({ seq: event.seq, time: event.time, gid: event.gid, text: event.text });
        }
        break;
    }
  }
  for (const [gid, name] of firstName) addName(greenlets, gid, `${name} #${gid}`);
  return { events, printed, greenlets, objects };
}

/** True when greenlet `gid` answers to `ref` (see `runFacts`). */
export const isGreenlet = (facts: RunFacts, gid: number, ref: string): boolean =>
  facts.greenlets.get(gid)?.has(ref) ?? false;

/** True when object `id` answers to `ref`: its variable's name or `type #id`. */
export const isObject = (facts: RunFacts, id: number, ref: string): boolean =>
  facts.objects.get(id)?.has(ref) ?? false;

/** The seq of the first stdout line equal to `text`, or null. */
export function firstPrinted(facts: RunFacts, text: string): number | null {
  return facts.printed.find((line) => line.text === text)?.seq ?? null;
}
