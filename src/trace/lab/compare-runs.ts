/**
 * Two runs side by side (the scheduler lab's compare): what differs between a pinned run and
 * another of the same or an edited program, under another policy, schedule or mode. Pure.
 */
import { EV } from "../../runtime/tracing/trace-kinds";
import type { RunModel } from "../model/run-model";

export interface RunFigures {
  /** Virtual seconds at the last step. */
  elapsed: number;
  /** Switches between greenlets (the hub's included). */
  switches: number;
  /** The most greenlets started and not finished at once. */
  mostInFlight: number;
  /** The most greenlets waiting (blocked) at once: waits that overlap. */
  mostWaiting: number;
  /** Preemptions (threads mode). */
  preemptions: number;
}

export interface OutputDifference {
  /** The line's index from 0. */
  index: number;
  /** The line in the first run and in the second (null when that run printed fewer). */
  a: string | null;
  b: string | null;
}

export interface RunComparison {
  a: RunFigures;
  b: RunFigures;
  /** The first step at which the runs differ (null: the same steps throughout). */
  firstDifference: number | null;
  outputDifferences: OutputDifference[];
}

/** How many steps are compared for the first difference, at most. */
const COMPARE_LIMIT = 1_000_000;

export function figuresOf(model: RunModel): RunFigures {
  let inFlight = 0;
  let mostInFlight = 0;
  let mostWaiting = 0;
  let preemptions = 0;
  const blocked = new Set<number>();
  for (let n = 0; n < model.stepCount; n++) {
    const [kind, gid, a] = model.wordsAt(n);
    switch (kind) {
      case EV.STARTED:
        mostInFlight = Math.max(mostInFlight, ++inFlight);
        break;
      case EV.FINISHED:
      case EV.FAILED:
        inFlight--;
        blocked.delete(gid);
        break;
      case EV.BLOCKED:
        blocked.add(gid);
        mostWaiting = Math.max(mostWaiting, blocked.size);
        break;
      case EV.SWITCH:
        // Being switched into ends a greenlet's wait.
        blocked.delete(a);
        break;
      case EV.PREEMPTED:
        preemptions++;
        break;
    }
  }
  const last = model.stepCount - 1;
  return {
    elapsed: last < 0 ? 0 : model.timeAt(last),
    switches: model.switchCount,
    mostInFlight,
    mostWaiting,
    preemptions,
  };
}

/** A step as both runs can compare it: its event with names and strings, not its ids of strings. */
function stepKey(model: RunModel, step: number): string {
  const { seq: _seq, ...rest } = model.event(step);
  return JSON.stringify(rest);
}

function firstDifference(a: RunModel, b: RunModel): number | null {
  const common = Math.min(a.stepCount, b.stepCount, COMPARE_LIMIT);
  for (let n = 0; n < common; n++) {
    if (a.kindAt(n) !== b.kindAt(n) || a.gidAt(n) !== b.gidAt(n)) return n;
    if (stepKey(a, n) !== stepKey(b, n)) return n;
  }
  return a.stepCount === b.stepCount ? null : common;
}

function outputLines(model: RunModel): string[] {
  const lines: string[] = [];
  for (let i = 0; i < model.outputCount; i++) {
    const e = model.event(model.outputStep(i)!);
    if (e.kind === EV.OUTPUT) lines.push(e.text);
  }
  return lines;
}

function outputDifferences(a: RunModel, b: RunModel): OutputDifference[] {
  const [la, lb] = [outputLines(a), outputLines(b)];
  const out: OutputDifference[] = [];
  for (let i = 0; i < Math.max(la.length, lb.length); i++) {
    if (la[i] !== lb[i]) out.push({ index: i, a: la[i] ?? null, b: lb[i] ?? null });
  }
  return out;
}

/** What differs between run `a` (say, the pinned one) and run `b`. */
export function compareRuns(a: RunModel, b: RunModel): RunComparison {
  return {
    a: figuresOf(a),
    b: figuresOf(b),
    firstDifference: firstDifference(a, b),
    outputDifferences: outputDifferences(a, b),
  };
}
