import { EV, HUB_GID, MAIN_GID, OBJ } from "../runtime/tracing/trace-kinds";
import type { TraceEvent } from "./decode";

/** The lower-case key of `value` in one of the vocabulary's tables (BLOCK, HOLD, OBJ...). */
export const nameIn = (table: Record<string, number>, value: number) =>
  Object.keys(table)
    .find((key) => table[key] === value)
    ?.toLowerCase() ?? String(value);

/**
 * Track names: the hub and main by their reserved ids; another greenlet by the variable that
 * holds it, else its own name, else the call it started with (`task(1) #3`).
 */
export function trackNames(events: readonly TraceEvent[]): Map<number, string> {
  const named = new Map<number, string>();
  const called = new Map<number, string>();
  const seen = new Set<number>([HUB_GID, MAIN_GID]);
  for (const event of events) {
    seen.add(event.gid);
    if (event.kind === EV.CREATED && event.name !== "") named.set(event.gid, event.name);
    if (event.kind === EV.OBJ_NAMED && event.object === 0) named.set(event.gid, event.name);
    if (event.kind === EV.STARTED && !called.has(event.gid)) called.set(event.gid, event.call);
  }
  const names = new Map<number, string>();
  for (const gid of [...seen].sort((a, b) => a - b)) {
    if (gid === HUB_GID) names.set(gid, "Hub");
    else if (gid === MAIN_GID) names.set(gid, "main");
    else names.set(gid, `${named.get(gid) ?? called.get(gid) ?? "greenlet"} #${gid}`);
  }
  return names;
}

/** Object labels such as `q (queue #3)`: the variable's name, the type and the id. */
export function objectNames(events: readonly TraceEvent[]): Map<number, string> {
  const types = new Map<number, string>();
  const labels = new Map<number, string>();
  for (const event of events) {
    if (event.kind === EV.OBJ_CREATED) {
      types.set(event.object, nameIn(OBJ, event.objectType).replace(/_/g, " "));
      labels.set(event.object, `${types.get(event.object)} #${event.object}`);
    } else if (event.kind === EV.OBJ_NAMED && event.object > 0) {
      labels.set(
        event.object,
        `${event.name} (${types.get(event.object) ?? "object"} #${event.object})`,
      );
    }
  }
  return labels;
}
