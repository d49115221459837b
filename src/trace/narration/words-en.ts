/**
 * Every fact as one English sentence (two at most: what happened, then what the hub does next).
 * The switch statements are exhaustive: a new kind of fact, block reason or hold reason does not
 * compile until it has its words here and in `words-zh-cn.ts`. Pure.
 */
import {
  BLOCK,
  CANDIDATE,
  GREENLET_TYPE,
  SOCKET_STATE,
  type CandidateKind,
} from "../../runtime/tracing/trace-kinds";
import type { NextRun, StepFact, SwitchWhy, WaitCause } from "./facts";
import { formatNumber as n, formatSeconds } from "./numbers";
import { objectKind } from "./lang";
import { heldEn, itemEn, stateEn } from "./words-en-objects";
import { asCall, callOn, closed, listOf, messageIn, nameOf } from "./object-words";

const s = (seconds: number) => formatSeconds(seconds, "en");
const obj = (o: Parameters<typeof nameOf>[0]) => nameOf(o, "en");
const call = (o: Parameters<typeof callOn>[0], method: string) => callOn(o, method, "en");
const plural = (count: number, one: string, many: string) =>
  `${n(count)} ${count === 1 ? one : many}`;
const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** Why a waiting greenlet can go on: "its sleep is over", "q has an item for it". */
export function causeEn(c: WaitCause): string {
  switch (c.reason) {
    case 0:
      return "it was scheduled";
    case BLOCK.SLEEP:
      return "its sleep is over";
    case BLOCK.JOIN:
      return `${c.joined ?? "the greenlet it joined"} has finished`;
    case BLOCK.EVENT_WAIT:
      return `${obj(c.on)} is set`;
    case BLOCK.QUEUE_GET:
      return `${obj(c.on)} has an item for it`;
    case BLOCK.QUEUE_PUT:
      return `${obj(c.on)} has room for its item`;
    case BLOCK.LOCK_ACQUIRE:
      return `${obj(c.on)} is free for it`;
    case BLOCK.POOL_SLOT:
      return `${obj(c.on)} has a free slot`;
    case BLOCK.RAW_SWITCH:
      return "a greenlet switched back to it";
    case BLOCK.SOCKET:
      return `${obj(c.on)} is ready`;
    case BLOCK.RESULT_GET:
      return `${obj(c.on)} has its value`;
    case BLOCK.QUEUE_JOIN:
      return `every item put on ${obj(c.on)} is done`;
    case BLOCK.WAIT_ANY:
      return c.on === null
        ? "one of the objects it waits for is ready"
        : `${obj(c.on)} has a result for it`;
    case BLOCK.IDLE:
      return "the loop has nothing else to do";
    case BLOCK.HUB:
      return "its blocking call is over";
    case BLOCK.YIELD:
      return "it gave the others their turn";
    case BLOCK.PREEMPT:
      return "it was preempted and its turn has come again";
  }
}

/**
 * What choosing an option does: "resume worker #3", "fire the timer of worker #3", "resume
 * consumer #3 (q has an item for it)".
 */
export function optionEn(
  who: string | null,
  kind: CandidateKind,
  because: WaitCause | null,
): string {
  switch (kind) {
    case CANDIDATE.CONTINUE:
      return `${who} goes on`;
    case CANDIDATE.RESUME:
      return `resume ${who}`;
    case CANDIDATE.START:
      return `start ${who}`;
    case CANDIDATE.THROW:
      return `raise an exception in ${who}`;
    case CANDIDATE.TIMER:
      return who === null ? "fire the due timer" : `fire the timer that wakes ${who}`;
    case CANDIDATE.NOTIFY:
    case CANDIDATE.JOINED:
      return because === null ? `resume ${who}` : `resume ${who} (${causeEn(because)})`;
  }
}

function choiceEn(f: Extract<StepFact, { t: "choice" }>): string {
  const options = f.options.map((o) => optionEn(o.who, o.kind, o.because));
  const picked = f.chosen === null ? null : options[f.chosen];
  if (!f.hubTurn) {
    const others = options.slice(1);
    const what = `Preemption point: ${f.turn} could go on, or the CPU could pass (${others.join("; ")})`;
    if (picked === null) return `${what}. Your turn to choose.`;
    return f.chosen === 0
      ? `${what}: the schedule lets ${f.turn} go on.`
      : `${what}: the schedule preempts ${f.turn} and chooses to ${picked}.`;
  }
  const what = `Choice point: ${plural(options.length, "option", "options")} (${options.join("; ")})`;
  if (picked === null) return `${what}. Your turn to choose.`;
  return f.chosen === 0
    ? `${what}: the schedule takes the first, as gevent would: ${picked}.`
    : `${what}: the schedule chooses option ${n((f.chosen ?? 0) + 1)}, ${picked}.`;
}

function nextEn(next: NextRun | null): string {
  if (next === null) return "";
  if (next.loopExit)
    return ` Nothing can run and no timer is pending: the hub throws LoopExit into ${next.to}.`;
  if (next.jumpTo !== null) {
    return ` Nothing else is ready: the clock jumps to ${s(next.jumpTo)} and the hub switches to ${next.to}.`;
  }
  return ` The hub switches to ${next.to}.`;
}

function blockedEn(f: Extract<StepFact, { t: "blocked" }>): string {
  const { who } = f;
  const others =
    f.others > 0
      ? `; ${plural(f.others, "other greenlet waits", "other greenlets wait")} on it too`
      : "";
  switch (f.reason) {
    case BLOCK.SLEEP:
      return f.sleep === null
        ? `${who} calls sleep(): it waits for its timer.`
        : `${who} calls sleep(${n(f.sleep.delay)}): it waits until ${s(f.sleep.due)}.`;
    case BLOCK.JOIN: {
      const state = {
        unstarted: "it has not run yet",
        ready: "it is waiting for its turn",
        blocked: "it is blocked itself",
        other: "it has not finished",
      }[f.joinedState];
      return `${who} waits for ${f.joined ?? "a greenlet"} to finish (join): ${state}.`;
    }
    case BLOCK.EVENT_WAIT:
      return `${who} blocks on ${call(f.on, "wait()")}: the flag is not set${others}.`;
    case BLOCK.QUEUE_GET:
      return `${who} blocks on ${call(f.on, "get()")}: the queue is empty${others}.`;
    case BLOCK.QUEUE_PUT:
      return `${who} blocks on ${call(f.on, "put()")}: the queue is full (${n(f.count)} of ${n(f.limit ?? f.count)}).`;
    case BLOCK.LOCK_ACQUIRE:
      return f.holders.length > 0
        ? `${who} blocks on ${call(f.on, "acquire()")}: it is held by ${listOf(f.holders, "en")}${others}.`
        : `${who} blocks on ${call(f.on, "acquire()")}: no permit is left${others}.`;
    case BLOCK.POOL_SLOT:
      return `${who} waits for a free slot in ${obj(f.on)}: all ${n(f.limit ?? f.count)} are in use.`;
    case BLOCK.RAW_SWITCH:
      return `${who} leaves with a raw switch: it waits until a greenlet switches back to it.`;
    case BLOCK.SOCKET: {
      const why =
        f.socket === SOCKET_STATE.LISTENING
          ? "no connection is waiting to be accepted"
          : f.socket === SOCKET_STATE.CONNECTED
            ? "no data has arrived yet"
            : "it is not ready yet";
      return `${who} waits on ${obj(f.on)}: ${why}.`;
    }
    case BLOCK.RESULT_GET:
      return `${who} blocks on ${call(f.on, "get()")}: it has no value yet${others}.`;
    case BLOCK.QUEUE_JOIN:
      return `${who} blocks on ${call(f.on, "join()")}: not every item put on it is done (taskDone).`;
    case BLOCK.WAIT_ANY:
      return f.on === null
        ? `${who} waits for several objects at once (joinall, wait): none is ready yet.`
        : `${who} waits for the next result of ${obj(f.on)}.`;
    case BLOCK.IDLE:
      return `${who} calls idle(): it waits until nothing else is ready.`;
    case BLOCK.HUB:
      return `${who} is in a blocking call that holds the hub.`;
    case BLOCK.YIELD:
      return f.others > 0
        ? `${who} calls sleep(0): it lets the ${plural(f.others, "greenlet", "greenlets")} ready before it run first.`
        : `${who} calls sleep(0): it gives the others a turn, but none is ready.`;
    case BLOCK.PREEMPT:
      return `${who} is preempted.`;
  }
}

function switchEn(from: string, to: string, why: SwitchWhy): string {
  switch (why.k) {
    case "program-start":
      return `The program starts: ${to} runs its top level.`;
    case "to-hub":
      return {
        blocked: `${from} gives the CPU to the hub, which picks who runs next.`,
        finished: `${from} is done: control returns to the hub.`,
        failed: `${from} died: control returns to the hub.`,
        killed: `${from} was killed: control returns to the hub.`,
        yield: `${from} goes to the back of the hub's queue and gives the CPU to the hub.`,
        other: `${from} switches to the hub.`,
      }[why.state];
    case "start":
      return why.waiting > 0
        ? `The hub starts ${to}: it is first in the ready queue (${plural(why.waiting, "more waits", "more wait")}).`
        : `The hub starts ${to}: it is first in the ready queue.`;
    case "resume":
      return `The hub resumes ${to}: ${causeEn(why.cause)}.`;
    case "throw":
      return {
        timeout: `The hub throws into ${to}: its timeout expired.`,
        kill: `The hub throws ${why.exception ?? "GreenletExit"} into ${to} to kill it.`,
        "loop-exit": `The hub throws LoopExit into ${to}: no greenlet can run and no timer is pending.`,
        other: `The hub switches to ${to}, raising an exception in it.`,
      }[why.cause];
    case "raw":
      return {
        start: `${from} switches to ${to}, which starts running.`,
        value: `${from} switches to ${to}, which goes on where it stopped.`,
        throw: `${from} throws an exception into ${to}.`,
      }[why.mode];
    case "to-parent":
      return `${from} has ${why.state === "failed" ? "died" : "finished"}: control goes to its parent ${to}.`;
  }
}

/** The English sentence of a fact. */
export function sentenceEn(f: StepFact): string {
  switch (f.t) {
    case "created":
      switch (f.type) {
        case GREENLET_TYPE.HUB:
          return "The hub is created: it runs the event loop and switches between greenlets.";
        case GREENLET_TYPE.MAIN:
          return "The main greenlet is created: the program's top level runs in it.";
        case GREENLET_TYPE.RAW:
          return `${f.by ?? f.parent} creates the raw greenlet ${f.who}, whose parent is ${f.parent}: it runs only when a greenlet switches to it.`;
        case GREENLET_TYPE.LINK:
          return `${f.by ?? "The hub"} creates ${f.who} to run a link callback.`;
        case GREENLET_TYPE.GREENLET:
          return `${f.by ?? "The hub"} creates the Greenlet ${f.who}.`;
      }
      return `${f.who} is created.`;
    case "started":
      return f.main
        ? `${f.who} starts running the program's top level.`
        : `${f.who} starts running ${asCall(f.call)}.`;
    case "switch":
      return switchEn(f.from, f.to, f.why);
    case "blocked":
      return blockedEn(f) + nextEn(f.next);
    case "woken": {
      const by = f.by === null ? "" : ` by ${f.by}`;
      const place = f.queued > 1 ? ` (${n(f.place)} of ${n(f.queued)})` : "";
      if (f.scheduled) {
        return `${f.by ?? "The hub"} schedules ${f.who} to start: it joins the hub's ready queue${place}.`;
      }
      return `${f.who} is woken${by}: ${causeEn(f.cause)}; it joins the hub's ready queue${place}.`;
    }
    case "finished": {
      if (f.killed !== null) return `${f.who} exits with ${f.killed}: it was killed.`;
      const value =
        f.value === null ? `${f.who} finishes` : `${f.who} finishes and returns ${f.value}`;
      const parent = f.parent === null ? "" : `; the value goes to its parent ${f.parent}`;
      const slot =
        f.slot === null
          ? ""
          : `; its slot in ${obj(f.slot.pool)} is freed (${n(f.slot.inUse)}${f.slot.size === null ? "" : ` of ${n(f.slot.size)}`} in use)`;
      return `${value}${parent}${slot}.`;
    }
    case "failed":
      if (f.loopExit) return `${f.who} fails with LoopExit: it would block forever.`;
      return `${f.who} fails with ${messageIn(f.error, "en")}${f.line > 0 ? ` (line ${n(f.line)})` : ""}.`;
    case "killed": {
      const who =
        f.by === null
          ? `${f.who} is killed with ${f.exception}`
          : `${f.by} kills ${f.who} with ${f.exception}`;
      return f.started
        ? `${who}: the exception is thrown into it at its next turn.`
        : `${who}: it never runs.`;
    }
    case "abandoned":
      return `The program ends while ${f.who} is suspended: it is abandoned and its finally blocks never run.`;
    case "held":
      return heldEn(f.who, f.reason, f.seconds);
    case "timer-scheduled":
      switch (f.purpose) {
        case "sleep":
          return `The hub sets a timer: ${f.who} wakes at ${s(f.due)}.`;
        case "wait-timeout":
          return `${f.who}'s wait has a timeout: it fires at ${s(f.due)} unless ${f.who} is woken first.`;
        case "other":
          return `${f.who} arms a timer of ${s(f.delay)}: it fires at ${s(f.due)} unless cancelled.`;
      }
      return "";
    case "timer-fired": {
      const whose = f.owner === null ? "A timer fires" : `${f.owner}'s timer fires`;
      return f.jumpTo === null
        ? `${whose}.`
        : `The clock advances to ${s(f.jumpTo)}: ${whose.charAt(0).toLowerCase()}${whose.slice(1)}.`;
    }
    case "timer-cancelled": {
      const whose = f.owner === null ? "A timer" : `${f.owner}'s timer`;
      return f.due === null
        ? `${whose} is cancelled.`
        : `${whose} is cancelled: it would have fired at ${s(f.due)}.`;
    }
    case "obj-created":
      return f.obj.name === null || f.obj.type === 0
        ? `${f.who} creates ${obj(f.obj)}.`
        : `${f.who} creates the ${objectKind(f.obj.type, "en")} ${f.obj.name}.`;
    case "named-greenlet":
      return `${f.who} is stored in the variable ${f.name}.`;
    case "named-object":
      return `${capital(obj({ ...f.obj, name: null }))} is stored in the variable ${f.name}.`;
    case "obj-state":
      return stateEn(f.who, obj(f.obj), f.change, f.obj);
    case "obj-limit":
      return f.limit === null
        ? `${obj(f.obj)} has no size limit.`
        : `${obj(f.obj)} holds at most ${n(f.limit)}.`;
    case "item":
      return itemEn(f);
    case "output":
      return f.stderr ? `${f.who} writes to stderr: "${f.text}".` : `${f.who} prints "${f.text}".`;
    case "error":
      return f.loopExit
        ? "The run ends with LoopExit: no greenlet can run and no timer is pending."
        : closed(`The run ends with ${f.name}: ${messageIn(f.message, "en")}`, ".");
    case "warning":
      return `Warning: ${messageIn(f.message, "en")}`;
    case "clock":
      return `The clock advances to ${s(f.time)}.`;
    case "choice":
      return choiceEn(f);
    case "candidate": {
      const at = f.line > 0 ? ` (line ${n(f.line)})` : "";
      return `Option ${n(f.index + 1)}: ${optionEn(f.who, f.kind, f.because)}${at}.`;
    }
    case "preempted":
      return `${f.who} is preempted: it goes to the back of the ready queue without waiting for anything.${nextEn(f.next)}`;
  }
}
