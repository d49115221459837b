import { type RawGreenlet, STATE_ACTIVE } from "./raw-greenlet";
import type { CANDIDATE } from "../tracing/trace-kinds";

/**
 * Which greenlet a pending hub callback would switch into, for the scheduler lab. gevent's loop
 * runs its callbacks in FIFO order, and a greenlet's turn is one of them: a queued resume, a
 * Greenlet's start, a kill's raise, or a primitive's notification (a Queue's `_unlock`, an
 * Event's links, a finished greenlet's links), which switches into the first waiter it serves.
 * A choice among ready greenlets is then a choice of which of these callbacks goes first.
 *
 * Each callback whose turn may be a greenlet's registers here how to tell, from its operands and
 * without side effects, the greenlet it would switch into first (null: none, or not knowable).
 */
export type SwitchInKind =
  typeof CANDIDATE.START | typeof CANDIDATE.THROW | typeof CANDIDATE.NOTIFY;

export interface SwitchIn {
  kind: SwitchInKind;
  runs(a: unknown, b: unknown, c: unknown): RawGreenlet | null;
  /**
   * For a notification: the object notifying (a traced object, with its `_traceId`), or the
   * finished greenlet whose links run (the trace tells which, CANDIDATE.JOINED).
   */
  from?(a: unknown, b: unknown, c: unknown): unknown;
}

export const SWITCH_INS = new Map<(a: unknown, b: unknown, c: unknown) => void, SwitchIn>();

/**
 * Links that are plain functions and may switch into a greenlet (a `wait`'s stream): how to tell
 * which. A link object tells it itself (`LinkTarget.wakes`).
 */
export const FUNCTION_LINK_WAKES = new WeakMap<(source: never) => void, () => RawGreenlet | null>();

/** `g` if it still waits on the wait `token` (what the hub's `switchNow` checks), else null. */
export function stillWaiting(g: RawGreenlet | null, token: number): RawGreenlet | null {
  if (g === null || g._state !== STATE_ACTIVE || g._token !== token || g._blockedOn === null) {
    return null;
  }
  return g;
}
