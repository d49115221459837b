/**
 * One step of a run as a fact: the event decoded, its names resolved through the model, and
 * the state before and after it read for the reason. Pure.
 */
import { EV, GREENLET_TYPE, HUB_GID, MAIN_GID, OBJ } from "../../runtime/tracing/trace-kinds";
import type { RunModel } from "../model/run-model";
import type { StepFact } from "./facts";
import {
  describeItem,
  describeState,
  describeTimerEnd,
  describeTimerScheduled,
} from "./describe-object";
import { describeBlocked, describeSwitch, describeWoken } from "./describe-wait";
import { describeCandidate, describeChoice } from "./describe-choice";
import { firstLine, groupOf, nextRun, objOf } from "./step-context";

/** A value's repr, or null for Python's None (a function that returns nothing). */
const valueOf = (repr: string) => (repr === "undefined" || repr === "" ? null : repr);

function describeFinished(model: RunModel, step: number, gid: number, value: string): StepFact {
  const before = model.stateAt(step - 1);
  const g = before.greenlets[gid];
  const info = model.greenlet(gid);
  const group = groupOf(model, before, gid);
  const pool = group !== null && model.object(group.id)?.type === OBJ.POOL ? group : null;
  return {
    t: "finished",
    who: model.label(gid),
    value: valueOf(value),
    killed: g !== undefined && g.killedBy >= 0 ? (g.exception ?? value) : null,
    parent: info?.type === GREENLET_TYPE.RAW ? model.label(info.parent) : null,
    slot: pool && { pool: objOf(model, pool.id)!, inUse: pool.busy, size: pool.limit },
  };
}

/** The fact of step `step` of `model` (0 <= step < model.stepCount). */
export function describeStep(model: RunModel, step: number): StepFact {
  const e = model.event(step);
  const who = model.label(e.gid);
  switch (e.kind) {
    case EV.CREATED: {
      const running = model.stateAt(step - 1).running;
      return {
        t: "created",
        who,
        type: e.greenletType,
        by: running >= 0 && e.gid > MAIN_GID ? model.label(running) : null,
        parent: model.label(e.gid === HUB_GID ? HUB_GID : e.parent),
      };
    }
    case EV.STARTED:
      return { t: "started", who, call: e.call, main: e.gid === MAIN_GID };
    case EV.SWITCH:
      return describeSwitch(model, step, e.gid, e.to, e.mode);
    case EV.BLOCKED:
      return describeBlocked(model, step, e.gid, e.reason, e.object);
    case EV.WOKEN:
      return describeWoken(model, step, e.gid, e.waker);
    case EV.FINISHED:
      return describeFinished(model, step, e.gid, e.value);
    case EV.FAILED:
      return {
        t: "failed",
        who,
        error: firstLine(e.error),
        line: e.throwLine,
        loopExit: e.error.startsWith("LoopExit"),
      };
    case EV.KILLED: {
      const g = model.stateAt(step - 1).greenlets[e.gid];
      return {
        t: "killed",
        who,
        by: e.killer === HUB_GID || e.killer === e.gid ? null : model.label(e.killer),
        exception: e.exception,
        started: g?.started === true,
      };
    }
    case EV.ABANDONED:
      return { t: "abandoned", who };
    case EV.HUB_HELD:
      return { t: "held", who, reason: e.reason, seconds: e.seconds };
    case EV.TIMER_SCHEDULED:
      return describeTimerScheduled(model, step, e.gid, e.delay);
    case EV.TIMER_FIRED:
    case EV.TIMER_CANCELLED:
      return describeTimerEnd(model, step, e.timer, e.kind === EV.TIMER_FIRED);
    case EV.OBJ_CREATED:
      return { t: "obj-created", who, obj: objOf(model, e.object)! };
    case EV.OBJ_NAMED:
      if (e.object === 0) return { t: "named-greenlet", who, name: e.name };
      return { t: "named-object", obj: objOf(model, e.object)!, name: e.name };
    case EV.OBJ_STATE:
      return describeState(model, step, e.gid, e.object, e.value);
    case EV.OBJ_LIMIT:
      return { t: "obj-limit", obj: objOf(model, e.object)!, limit: e.limit };
    case EV.ITEM_IN:
    case EV.ITEM_OUT:
      return describeItem(model, step, e.kind === EV.ITEM_IN, e.gid, e.object, e.item);
    case EV.OUTPUT:
      return { t: "output", who, text: e.text, stderr: e.stream === "stderr" };
    case EV.ERROR:
      return {
        t: "error",
        name: e.name,
        message: firstLine(e.message),
        loopExit: e.name === "LoopExit",
      };
    case EV.WARNING:
      return { t: "warning", message: e.message };
    case EV.CLOCK:
      return { t: "clock", time: e.time };
    case EV.CHOICE:
      return describeChoice(model, step);
    case EV.CANDIDATE:
      return describeCandidate(model, step, {
        gid: e.gid,
        kind: e.candidate,
        line: e.line,
        call: e.call,
        source: e.source,
      });
    case EV.PREEMPTED:
      return { t: "preempted", who, next: nextRun(model, step) };
  }
}
