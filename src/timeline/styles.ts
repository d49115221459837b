/**
 * How a lane looks over a stretch of the run: a greenlet's status, with a blocked greenlet's
 * reason folded in, as one small number per segment. The legend, the colours and the patterns
 * are keyed by these. Pure.
 */
import type { BlockReason } from "../runtime/tracing/trace-kinds";

export const STYLE = {
  /** Created, not yet scheduled. */
  UNSTARTED: 1,
  /** In the hub's queue. */
  READY: 2,
  RUNNING: 3,
  /** An unpatched blocking call: it holds the hub and nobody else runs. */
  HOLDING: 4,
  /** The hub while the greenlets have the CPU. */
  WAITING: 5,
  FINISHED: 6,
  FAILED: 7,
  KILLED: 8,
  ABANDONED: 9,
  /** Blocked: BLOCKED + the BlockReason. */
  BLOCKED: 32,
} as const;

export type Style = number;

export const blockedStyle = (reason: BlockReason | number): Style => STYLE.BLOCKED + reason;
export const isBlocked = (style: Style) => style > STYLE.BLOCKED;
export const reasonOf = (style: Style): number => (isBlocked(style) ? style - STYLE.BLOCKED : 0);
export const isEnded = (style: Style) => style >= STYLE.FINISHED && style <= STYLE.ABANDONED;

/** Bits of the kinds of status a merged stretch holds (level of detail). */
export const CLASS = {
  RUNNING: 1,
  READY: 2,
  BLOCKED: 4,
  HOLDING: 8,
  WAITING: 16,
  UNSTARTED: 32,
  ENDED: 64,
} as const;

export function classOf(style: Style): number {
  if (isBlocked(style)) return CLASS.BLOCKED;
  switch (style) {
    case STYLE.RUNNING:
      return CLASS.RUNNING;
    case STYLE.READY:
      return CLASS.READY;
    case STYLE.HOLDING:
      return CLASS.HOLDING;
    case STYLE.WAITING:
      return CLASS.WAITING;
    case STYLE.UNSTARTED:
      return CLASS.UNSTARTED;
    default:
      return CLASS.ENDED;
  }
}

/**
 * Which of two styles a merged stretch shows when both cover about as much: what the learner
 * most needs to see first (running, then holding the hub, blocked, ready, the rest).
 */
export function salience(style: Style): number {
  if (style === STYLE.RUNNING) return 6;
  if (style === STYLE.HOLDING) return 5;
  if (isBlocked(style)) return 4;
  if (style === STYLE.READY) return 3;
  return 1;
}
