/**
 * The English sentences of the steps that change an object: a state (an event set, a permit
 * taken, a socket connected), an item in or out, a blocking call that holds the hub. Part of
 * `words-en.ts`'s table. Pure.
 */
import { HOLD, OBJ, SOCKET_STATE } from "../../runtime/tracing/trace-kinds";
import type { Obj, StateChange, StepFact } from "./facts";
import { formatNumber as n, formatSeconds } from "./numbers";
import { callOn, nameOf } from "./object-words";

const s = (seconds: number) => formatSeconds(seconds, "en");
const obj = (o: Obj | null) => nameOf(o, "en");
const call = (o: Obj | null, method: string) => callOn(o, method, "en");
const plural = (count: number, one: string, many: string) =>
  `${n(count)} ${count === 1 ? one : many}`;

export function stateEn(
  who: string,
  o: string,
  c: StateChange,
  on: Parameters<typeof callOn>[0],
): string {
  switch (c.k) {
    case "event":
      if (c.initial) return `${o} starts ${c.set ? "set" : "cleared"}.`;
      if (!c.set) return `${who} calls ${call(on, "clear()")}: the flag is down again.`;
      if (c.waiters === 0)
        return `${who} calls ${call(on, "set()")}: nobody is waiting, so nobody wakes.`;
      return `${who} calls ${call(on, "set()")}: ${plural(c.waiters, "greenlet was", "greenlets were")} waiting; the hub will wake ${c.waiters === 1 ? "it" : "them in the order they waited"}, after ${who} yields.`;
    case "result": {
      if (c.initial) return `${o} starts with no value.`;
      const what = c.state === 2 ? "an exception (setException)" : "its value (set)";
      const waking =
        c.waiters === 0
          ? "nobody is waiting"
          : `the hub will wake the ${plural(c.waiters, "greenlet", "greenlets")} waiting, after ${who} yields`;
      return `${o} gets ${what}: ${waking}.`;
    }
    case "count":
      if (c.initial)
        return `${o} starts empty${c.limit === null ? "" : ` (room for ${n(c.limit)})`}.`;
      return c.limit === null
        ? `${o} now holds ${n(c.value)}.`
        : `${o} now holds ${n(c.value)} of ${n(c.limit)}${c.value >= c.limit ? ": full" : ""}.`;
    case "permits": {
      if (c.initial)
        return c.lock
          ? `${o} starts unlocked.`
          : `${o} starts with ${plural(c.value, "permit", "permits")}.`;
      if (c.acquired)
        return c.lock
          ? `${who} takes ${o}.`
          : `${who} acquires ${o}: ${plural(c.value, "permit", "permits")} left.`;
      const next =
        c.nextWaiter === null
          ? ""
          : `; the hub will hand it to ${c.nextWaiter}, the first of ${n(c.waiters)} waiting`;
      return c.lock
        ? `${who} releases ${o}${next}.`
        : `${who} releases ${o}: ${plural(c.value, "permit", "permits")} free${next}.`;
    }
    case "socket": {
      const states: Record<number, string> = {
        [SOCKET_STATE.CREATED]: "is created",
        [SOCKET_STATE.BOUND]: "is bound to its address",
        [SOCKET_STATE.LISTENING]: "listens for connections",
        [SOCKET_STATE.CONNECTING]: "is connecting",
        [SOCKET_STATE.CONNECTED]: "is connected",
        [SOCKET_STATE.PEER_CLOSED]: "reached the end of the stream: the peer closed its side",
        [SOCKET_STATE.CLOSED]: "is closed",
      };
      return `${o} ${states[c.state] ?? `is in state ${n(c.state)}`}.`;
    }
    case "local":
      return `${who} touches ${o} for the first time and gets its own values (${plural(c.value, "greenlet has", "greenlets have")} their own now).`;
    case "other":
      return `${o} is now ${n(c.value)}.`;
  }
}

export function heldEn(who: string, reason: number, duration: number): string {
  const seconds = s(duration);
  switch (reason) {
    case HOLD.TIME_SLEEP:
      return `time.sleep(${n(duration)}) is not patched: it holds the hub for ${seconds} and no other greenlet can run.`;
    case HOLD.BUSY:
      return `${who} computes for ${seconds} (time.busy): it holds the hub and no other greenlet can run.`;
    case HOLD.SOCKET:
      return `${who} makes a socket call that is not patched: it holds the hub for ${seconds} and no other greenlet can run.`;
    case HOLD.REQUESTS:
      return `requests.get is not patched: ${who} holds the hub for ${seconds} while it waits for the response.`;
    default:
      return `${who} holds the hub for ${seconds}: no other greenlet can run.`;
  }
}

export function itemEn(f: Extract<StepFact, { t: "item" }>): string {
  const o = obj(f.obj);
  const room = f.limit === null ? `${n(f.count)} now` : `${n(f.count)} of ${n(f.limit)}`;
  if (f.obj.type === OBJ.POOL || f.obj.type === OBJ.GROUP) {
    return f.into
      ? `${f.item} joins ${o} (${f.limit === null ? plural(f.count, "member", "members") : `${room} slots in use`}).`
      : `${f.item} leaves ${o}${f.limit === null ? ` (${plural(f.count, "member", "members")} left)` : `: a slot is freed (${room} in use)`}.`;
  }
  if (f.obj.type === OBJ.ASYNC_RESULT) return `${o}'s value is ${f.item}.`;
  if (f.obj.type === OBJ.LOCAL) {
    return f.into
      ? `${f.who} sets ${f.item} on ${o}.`
      : `${f.who} deletes ${f.item.split(" = ")[0]} from ${o}.`;
  }
  if (f.obj.type === OBJ.SOCKET) {
    return f.into ? `${f.item} arrives at ${o}.` : `${f.who} takes ${f.item} from ${o}.`;
  }
  if (f.into) {
    return f.completesWait
      ? `${f.who}'s waiting put completes: ${f.item} enters ${o} (${room}).`
      : `${f.who} puts ${f.item} into ${o} (${room}).`;
  }
  return f.completesWait
    ? `${f.who}'s waiting get receives ${f.item} from ${o} (${n(f.count)} left).`
    : `${f.who} takes ${f.item} from ${o} (${n(f.count)} left).`;
}
