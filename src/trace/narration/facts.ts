/**
 * What happened at one step and why, in no language yet: the names resolved, the numbers
 * counted, the reason looked up in the state around the step. The sentence tables of each
 * language (`words-en.ts`, `words-zh-cn.ts`) turn a fact into words; an exhaustive switch there
 * makes every kind of fact have its sentence in both. Pure types.
 */
import type {
  BlockReason,
  CandidateKind,
  GreenletType,
  HoldReason,
  ObjectType,
  SocketState,
} from "../../runtime/tracing/trace-kinds";

/** A greenlet as sentences name it: `main`, `hub`, `worker #3`. */
export type Who = string;

/** An object as sentences name it: its variable when known, else its kind and id. */
export interface Obj {
  id: number;
  name: string | null;
  type: ObjectType | 0;
}

/** What the hub does once the step's greenlet gave up the CPU. */
export interface NextRun {
  to: Who;
  /** The clock jumps to this time first (nothing was ready), else null. */
  jumpTo: number | null;
  /** Nothing can run and no timer is pending: the hub throws LoopExit into `to`. */
  loopExit: boolean;
}

/**
 * One option of a choice point: who it runs (null: a timer of the hub's), how, and for a
 * notification (NOTIFY, JOINED) why its waiter can go on.
 */
export interface ChoiceOption {
  who: Who | null;
  kind: CandidateKind;
  because: WaitCause | null;
}

/** Why a greenlet was waiting, for the sentences that tell it waking up. */
export interface WaitCause {
  reason: BlockReason | 0;
  on: Obj | null;
  joined: Who | null;
}

export type SwitchWhy =
  | { k: "program-start" }
  | { k: "to-hub"; state: "blocked" | "yield" | "finished" | "failed" | "killed" | "other" }
  | { k: "start"; waiting: number }
  | { k: "resume"; cause: WaitCause }
  | { k: "throw"; cause: "timeout" | "kill" | "loop-exit" | "other"; exception: string | null }
  | { k: "raw"; mode: "start" | "value" | "throw" }
  | { k: "to-parent"; state: "finished" | "failed" };

export type StateChange =
  | { k: "event"; set: boolean; initial: boolean; waiters: number }
  | { k: "result"; state: number; initial: boolean; waiters: number }
  | { k: "count"; value: number; limit: number | null; initial: boolean }
  | {
      k: "permits";
      value: number;
      limit: number | null;
      initial: boolean;
      acquired: boolean;
      lock: boolean;
      /** The first greenlet waiting for a unit, when one is released. */
      nextWaiter: Who | null;
      waiters: number;
    }
  | { k: "socket"; state: SocketState | number }
  | { k: "local"; value: number }
  | { k: "other"; value: number };

export type StepFact =
  | { t: "created"; who: Who; type: GreenletType; by: Who | null; parent: Who }
  | { t: "started"; who: Who; call: string; main: boolean }
  | { t: "switch"; from: Who; to: Who; why: SwitchWhy }
  | {
      t: "blocked";
      who: Who;
      reason: BlockReason;
      on: Obj | null;
      joined: Who | null;
      /** SLEEP: the delay and the wake-up time, when its timer follows. */
      sleep: { delay: number; due: number } | null;
      /** JOIN: what the greenlet joined is doing. */
      joinedState: "unstarted" | "ready" | "blocked" | "other";
      /** Queue and pool figures: items or members, and the bound. */
      count: number;
      limit: number | null;
      /** Lock-like objects: the greenlets holding it. */
      holders: Who[];
      /** Other greenlets already waiting on the same object, or ahead in the ready queue. */
      others: number;
      socket: SocketState | number | null;
      next: NextRun | null;
    }
  | {
      t: "woken";
      who: Who;
      by: Who | null;
      cause: WaitCause;
      /** It had not started: it is scheduled to start (spawn, start()). */
      scheduled: boolean;
      place: number;
      queued: number;
    }
  | {
      t: "finished";
      who: Who;
      value: string | null;
      killed: string | null;
      /** A raw greenlet's value goes to its parent. */
      parent: Who | null;
      slot: { pool: Obj; inUse: number; size: number | null } | null;
    }
  | { t: "failed"; who: Who; error: string; line: number; loopExit: boolean }
  | { t: "killed"; who: Who; by: Who | null; exception: string; started: boolean }
  | { t: "abandoned"; who: Who }
  | { t: "held"; who: Who; reason: HoldReason; seconds: number }
  | {
      t: "timer-scheduled";
      who: Who;
      delay: number;
      due: number;
      purpose: "sleep" | "wait-timeout" | "other";
    }
  | { t: "timer-fired"; owner: Who | null; jumpTo: number | null }
  | { t: "timer-cancelled"; owner: Who | null; due: number | null }
  | { t: "obj-created"; who: Who; obj: Obj }
  | { t: "named-greenlet"; who: Who; name: string }
  | { t: "named-object"; obj: Obj; name: string }
  | { t: "obj-state"; who: Who; obj: Obj; change: StateChange }
  | { t: "obj-limit"; obj: Obj; limit: number | null }
  | {
      t: "item";
      into: boolean;
      who: Who;
      obj: Obj;
      item: string;
      count: number;
      limit: number | null;
      /** The greenlet's own blocked put or get completes with this item. */
      completesWait: boolean;
    }
  | { t: "output"; who: Who; text: string; stderr: boolean }
  | { t: "error"; name: string; message: string; loopExit: boolean }
  | { t: "warning"; message: string }
  /**
   * A choice point (scheduler lab): whose turn it was (`hub` at the hub's turn, else the greenlet
   * at a preemption point), the options, and the one chosen (null: left for the learner).
   */
  | {
      t: "choice";
      turn: Who;
      hubTurn: boolean;
      /** `who` null: an option that runs no greenlet (a timer of the hub's). */
      options: ChoiceOption[];
      chosen: number | null;
    }
  /** One option of the choice point before it: `index` from 0, `line` where it goes on (0 unknown). */
  | ({ t: "candidate"; index: number; line: number } & ChoiceOption)
  /** Threads mode: `who` lost the CPU at a preemption point. */
  | { t: "preempted"; who: Who; next: NextRun | null }
  /** Never a step of the model (time is every step's attribute); kept so every kind has a fact. */
  | { t: "clock"; time: number };
