/**
 * What a lane was doing over a segment, in the program's own words: `q.get()`, `sleep(2)`,
 * `evt.wait()`, `join(worker #3)`, `time.sleep(1)`; and the value or exception a greenlet ended
 * with. Read from the model at the segment's first step, so the layout stores no strings.
 * Pure.
 */
import type { RunModel } from "../trace/model/run-model";
import { BLOCK, EV, HOLD, OBJ, type ObjectType } from "../runtime/tracing/trace-kinds";
import { STYLE, reasonOf } from "./styles";

const TYPE_NAMES: Record<number, string> = {
  [OBJ.TIMER]: "timer",
  [OBJ.EVENT]: "event",
  [OBJ.ASYNC_RESULT]: "result",
  [OBJ.QUEUE]: "queue",
  [OBJ.SEMAPHORE]: "semaphore",
  [OBJ.LOCK]: "lock",
  [OBJ.RLOCK]: "rlock",
  [OBJ.GROUP]: "group",
  [OBJ.POOL]: "pool",
  [OBJ.LOCAL]: "local",
  [OBJ.SOCKET]: "socket",
  [OBJ.TIMEOUT]: "timeout",
  [OBJ.JOINABLE_QUEUE]: "queue",
  [OBJ.LIFO_QUEUE]: "queue",
  [OBJ.PRIORITY_QUEUE]: "queue",
  [OBJ.BOUNDED_SEMAPHORE]: "semaphore",
};

export const typeName = (type: ObjectType) => TYPE_NAMES[type] ?? "object";

/** `2`, `0.5`, `0.001`: seconds as a learner wrote them. */
export function formatSeconds(seconds: number): string {
  return String(Math.round(seconds * 1e6) / 1e6);
}

/** The object's name: its variable, else its kind and id (`queue #3`). */
export function objectName(model: RunModel, id: number): string {
  return model.objectLabel(id, typeName);
}

/** The delay of the sleep that blocked `gid` at `step`: its timer, scheduled right after. */
function sleepDelay(model: RunModel, gid: number, step: number): number | null {
  let at: number | undefined = step;
  for (let n = 0; n < 4; n++) {
    at = model.nextStepOf(gid, at);
    if (at === undefined) return null;
    if (model.kindAt(at) === EV.TIMER_SCHEDULED) return model.wordsAt(at)[3] / 1e6;
  }
  return null;
}

/** The call a blocked greenlet waits in, from the BLOCKED (or HUB_HELD) step that began the segment. */
export function operationLabel(model: RunModel, step: number, style: number): string | null {
  const [kind, gid, a, b] = model.wordsAt(step);
  if (kind === EV.HUB_HELD) return holdLabel(a, b / 1e6);
  const reason = reasonOf(style);
  if (reason === 0) return null;
  const on = (call: string) => `${b !== 0 ? objectName(model, b) : "?"}.${call}`;
  switch (reason) {
    case BLOCK.SLEEP: {
      const delay = kind === EV.BLOCKED ? sleepDelay(model, gid, step) : null;
      return `sleep(${delay === null ? "…" : formatSeconds(delay)})`;
    }
    case BLOCK.YIELD:
      return "sleep(0)";
    case BLOCK.JOIN:
      return `join(${model.label(b)})`;
    case BLOCK.EVENT_WAIT:
      return on("wait()");
    case BLOCK.QUEUE_GET:
    case BLOCK.RESULT_GET:
      return on("get()");
    case BLOCK.QUEUE_PUT:
      return on("put()");
    case BLOCK.QUEUE_JOIN:
      return on("join()");
    case BLOCK.LOCK_ACQUIRE:
      return on("acquire()");
    case BLOCK.POOL_SLOT:
      return on("spawn()");
    case BLOCK.RAW_SWITCH:
      return "switch()";
    case BLOCK.SOCKET:
      return b !== 0 ? objectName(model, b) : "socket";
    case BLOCK.WAIT_ANY:
      return b !== 0 ? `wait(${objectName(model, b)})` : "wait(…)";
    default:
      return null;
  }
}

function holdLabel(reason: number, seconds: number): string {
  switch (reason) {
    case HOLD.TIME_SLEEP:
      return `time.sleep(${formatSeconds(seconds)})`;
    case HOLD.BUSY:
      return `busy(${formatSeconds(seconds)})`;
    case HOLD.REQUESTS:
      return "requests.get()";
    default:
      return "socket";
  }
}

/** How a greenlet ended, from the step that ended it: its value's repr or its exception. */
export function endLabel(model: RunModel, step: number, style: number): string | null {
  let event = model.event(step);
  if (style === STYLE.KILLED && event.kind === EV.FINISHED) {
    // A running greenlet killed ends with FINISHED; its exception was recorded at the kill.
    for (let at = model.prevStepOf(event.gid, step); at !== undefined;) {
      if (model.kindAt(at) === EV.KILLED) {
        event = model.event(at);
        break;
      }
      at = model.prevStepOf(event.gid, at);
    }
  }
  switch (event.kind) {
    case EV.FINISHED:
      return event.value;
    case EV.FAILED:
      return event.error;
    case EV.KILLED:
      return event.exception;
    default:
      return null;
  }
}
