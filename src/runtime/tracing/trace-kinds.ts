/**
 * The trace vocabulary: a small, closed, versioned set of event kinds.
 *
 * Every event is four 32-bit words: [kind(8) | greenlet(24)], a, b, site.
 * `site` indexes the compile step's table of `yield*` sites (0 = unknown).
 * What `a` and `b` mean depends on the kind, as documented on each constant.
 * Strings (names, printed lines, error messages) are interned: a and b then
 * hold string ids. Time is not stored per event: CLOCK events mark each
 * advance of the virtual clock, and decoders carry the time forward.
 *
 * Some events are implied instead of written, because every byte on the path of a switch costs
 * (a fresh trace page is the dearest part of a `sleep(0)`): see `TraceExpander`.
 */
export const TRACE_VERSION = 2;

export const EV = {
  /** The virtual clock advanced. a, b = low, high words of the new time (float64 seconds). */
  CLOCK: 1,
  /** A greenlet was created. a = parent gid | (GreenletType << 24), b = name string id. */
  CREATED: 2,
  /** A greenlet started running its function. a = string id of "fn(args)". */
  STARTED: 3,
  /**
   * The running greenlet changed from `g` to `a`. b = SwitchMode, plus SWITCH_RAW_BLOCKED when
   * `g` blocked on a raw `switch`/`throw` (which implies its BLOCKED right before). site = where `g` stopped.
   */
  SWITCH: 4,
  /**
   * `g` blocked. a = BlockReason, b = object id (0 none; for JOIN the gid joined). site = the yield* it waits at.
   * Implies `g`'s SWITCH to the hub right after. Never written for RAW_SWITCH: a SWITCH implies it.
   */
  BLOCKED: 5,
  /** `g` was made runnable again. a = waker gid, b = object id (0 none). */
  WOKEN: 6,
  /** `g` finished. a = string id of its value's repr. */
  FINISHED: 7,
  /** `g` failed. a = string id of "Name: message", b = source line of the throw (0 unknown). */
  FAILED: 8,
  /** `g` was killed. a = killer gid, b = string id of the exception name. */
  KILLED: 9,
  /** A timer was scheduled by `g`. a = timer object id, b = delay in microseconds (clamped). */
  TIMER_SCHEDULED: 10,
  /** A timer fired. a = timer object id. */
  TIMER_FIRED: 11,
  /** A timer was cancelled. a = timer object id. */
  TIMER_CANCELLED: 12,
  /** An object was created by `g`. a = object id, b = ObjectType. */
  OBJ_CREATED: 13,
  /** An object got a name the learner recognises (the variable it was assigned to). a = object id, or 0 to name greenlet `g`; b = name string id. */
  OBJ_NAMED: 14,
  /** An object's numeric state changed (queue length, event flag, counter, pool occupancy). a = object id, b = value. */
  OBJ_STATE: 15,
  /** An item entered a container. a = object id, b = string id of the item's repr. */
  ITEM_IN: 16,
  /** An item left a container. a = object id, b = string id of the item's repr. */
  ITEM_OUT: 17,
  /** A line of output. a = string id, b = 0 stdout / 1 stderr. */
  OUTPUT: 18,
  /** A run-level error (uncaught in main, LoopExit, a limit). a = name string id, b = message string id. */
  ERROR: 19,
  /** `g` held the hub in a blocking call: no greenlet ran. a = HoldReason, b = microseconds. */
  HUB_HELD: 20,
  /** A warning for the learner (an operation never run). a = message string id. */
  WARNING: 21,
  /** An object's capacity/bound became known or changed (queue maxsize, pool size, semaphore bound). a = object id, b = value (0xffffffff = none). */
  OBJ_LIMIT: 22,
  /** The program ended while `g` was suspended: it is abandoned, its `finally` blocks never run. */
  ABANDONED: 23,
  /**
   * A choice point (the scheduler lab): more than one greenlet could run next. `g` = whose turn
   * it is (the hub, or the running greenlet at a preemption point), a = number of candidates,
   * b = the index chosen (CHOICE_OPEN: the run stopped here for the learner to choose). The
   * candidates follow, one CANDIDATE each, in order; candidate 0 is what gevent would run.
   */
  CHOICE: 26,
  /**
   * One candidate of the CHOICE before it. `g` = the greenlet it would run (the hub for a timer
   * that wakes no greenlet), a = CandidateKind, b = the timer's object id for TIMER, the string
   * id of the greenlet's call ("worker('bob')") for START, the notifying object for NOTIFY, the
   * finished greenlet for JOINED, site = where that greenlet would go on.
   */
  CANDIDATE: 27,
  /**
   * `g` was preempted at a preemption point (threads mode): it goes to the back of the ready
   * queue without waiting for anything. Implies `g`'s SWITCH to the hub right after.
   */
  PREEMPTED: 28,
} as const;
export type EventKind = (typeof EV)[keyof typeof EV];

/**
 * Kinds only the encoding uses: the runtime writes them, `TraceExpander` turns them into the
 * events of EV, and no decoded trace contains them.
 */
export const EV_ENCODED = {
  /**
   * An item entered a counted container (a queue, a group): ITEM_IN, then the container's
   * OBJ_STATE, its count one more than before. a = object id, b = string id of the item.
   */
  ITEM_IN_COUNTED: 24,
  /** An item left a counted container: ITEM_OUT, then OBJ_STATE with the count one less. */
  ITEM_OUT_COUNTED: 25,
} as const;

/** CHOICE's b when the run stopped at the choice point without a choice. */
export const CHOICE_OPEN = 0xffffffff;

/** What a candidate of a choice point would do if chosen. */
export const CANDIDATE = {
  /** At a preemption point: the running greenlet goes on. */
  CONTINUE: 0,
  /** A ready greenlet resumes where it waited. */
  RESUME: 1,
  /** A greenlet starts. */
  START: 2,
  /** An exception is raised in a greenlet (a kill, a timeout). */
  THROW: 3,
  /** A due timer fires (a sleep ends, a timeout expires). */
  TIMER: 4,
  /**
   * A primitive's notification runs (a Queue's hand-over, an Event's links, a finished
   * greenlet's links) and switches into the first greenlet waiting on it, which resumes.
   */
  NOTIFY: 5,
  /**
   * A finished greenlet's links run and switch into the first greenlet waiting for it (a join,
   * a `joinall`), which resumes.
   */
  JOINED: 6,
} as const;
export type CandidateKind = (typeof CANDIDATE)[keyof typeof CANDIDATE];

export const GREENLET_TYPE = { MAIN: 0, HUB: 1, RAW: 2, GREENLET: 3, LINK: 4 } as const;
export type GreenletType = (typeof GREENLET_TYPE)[keyof typeof GREENLET_TYPE];

export const SWITCH_MODE = { VALUE: 0, THROW: 1, START: 2 } as const;
/** Flag on a SWITCH's b: the switching greenlet blocked on a raw switch (see `TraceExpander`). */
export const SWITCH_RAW_BLOCKED = 0x100;

/** Why a greenlet blocked: the timeline colours and labels lanes by this. */
export const BLOCK = {
  SLEEP: 1,
  JOIN: 2,
  EVENT_WAIT: 3,
  QUEUE_GET: 4,
  QUEUE_PUT: 5,
  LOCK_ACQUIRE: 6,
  POOL_SLOT: 7,
  RAW_SWITCH: 8,
  SOCKET: 9,
  RESULT_GET: 10,
  QUEUE_JOIN: 11,
  WAIT_ANY: 12,
  IDLE: 13,
  HUB: 14,
  /** `sleep(0)`: gives the others a turn. Implies `g`'s WOKEN (by itself) right after. */
  YIELD: 15,
  /**
   * A preemption point that switched (threads mode). Never in a BLOCKED event: the hub writes
   * PREEMPTED for it.
   */
  PREEMPT: 16,
} as const;
export type BlockReason = (typeof BLOCK)[keyof typeof BLOCK];

export const HOLD = { TIME_SLEEP: 1, BUSY: 2, SOCKET: 3, REQUESTS: 4 } as const;
export type HoldReason = (typeof HOLD)[keyof typeof HOLD];

export const OBJ = {
  TIMER: 1,
  EVENT: 2,
  ASYNC_RESULT: 3,
  QUEUE: 4,
  SEMAPHORE: 5,
  LOCK: 6,
  RLOCK: 7,
  GROUP: 8,
  POOL: 9,
  LOCAL: 10,
  SOCKET: 11,
  TIMEOUT: 12,
  JOINABLE_QUEUE: 13,
  LIFO_QUEUE: 14,
  PRIORITY_QUEUE: 15,
  BOUNDED_SEMAPHORE: 16,
} as const;
export type ObjectType = (typeof OBJ)[keyof typeof OBJ];

/**
 * The OBJ_STATE value of an OBJ.SOCKET object. A socket's buffered bytes are its contents:
 * ITEM_IN when the peer sends them (they may still be on their way), ITEM_OUT when `recv` takes
 * them; a listening socket's contents are its connections not yet accepted.
 */
export const SOCKET_STATE = {
  CREATED: 0,
  BOUND: 1,
  LISTENING: 2,
  CONNECTING: 3,
  CONNECTED: 4,
  /** `recv` reached the end of the stream: the peer closed its side. */
  PEER_CLOSED: 5,
  CLOSED: 6,
} as const;
export type SocketState = (typeof SOCKET_STATE)[keyof typeof SOCKET_STATE];

const clockWords = new DataView(new ArrayBuffer(8));

/** Split virtual seconds into the two words (low, high of a float64) a CLOCK event carries. */
export function clockWordsOf(seconds: number): [number, number] {
  clockWords.setFloat64(0, seconds, true);
  return [clockWords.getUint32(0, true), clockWords.getUint32(4, true)];
}

/** Join the two words of a CLOCK event back into seconds. */
export function clockSeconds(low: number, high: number): number {
  clockWords.setUint32(0, low, true);
  clockWords.setUint32(4, high, true);
  return clockWords.getFloat64(0, true);
}

/** Reserved greenlet ids. */
export const HUB_GID = 0;
export const MAIN_GID = 1;
/** `OBJ_LIMIT` value meaning "none" (unbounded). */
export const NO_LIMIT = 0xffffffff;

/** Receives one event: kind, greenlet, a, b, site. */
export type EventVisitor = (kind: number, gid: number, a: number, b: number, site: number) => void;

/**
 * Turns the written words back into the events they stand for, in the order the hub would have
 * written them. Every reader of raw words that cares about switches, wake-ups or object states
 * goes through one, so the rules live in one place:
 * - BLOCKED: then `g` SWITCHes to the hub, at the same site; for reason YIELD (`sleep(0)`), `g`
 *   is first WOKEN by itself.
 * - PREEMPTED: then `g` SWITCHes to the hub, at the same site.
 * - SWITCH flagged SWITCH_RAW_BLOCKED: first `g` BLOCKED with reason RAW_SWITCH, at the same site.
 * - ITEM_IN_COUNTED / ITEM_OUT_COUNTED: ITEM_IN / ITEM_OUT, then the container's OBJ_STATE with
 *   its new count.
 * It keeps the containers' counts, so one expander reads a trace from its first event on.
 */
export class TraceExpander {
  /** The item count of each container, as its last OBJ_STATE (written or implied) left it. */
  private readonly counts = new Map<number, number>();

  /** Visit the event written at `words[at]` and the events it implies. */
  expand(words: ArrayLike<number>, at: number, visit: EventVisitor): void {
    const head = words[at];
    const kind = head & 0xff;
    const gid = head >>> 8;
    const a = words[at + 1];
    const b = words[at + 2];
    const site = words[at + 3];
    switch (kind) {
      case EV.SWITCH:
        if ((b & SWITCH_RAW_BLOCKED) !== 0) {
          visit(EV.BLOCKED, gid, BLOCK.RAW_SWITCH, 0, site);
          return visit(kind, gid, a, b & ~SWITCH_RAW_BLOCKED, site);
        }
        return visit(kind, gid, a, b, site);
      case EV.PREEMPTED:
        visit(kind, gid, a, b, site);
        return visit(EV.SWITCH, gid, HUB_GID, SWITCH_MODE.VALUE, site);
      case EV.BLOCKED:
        visit(kind, gid, a, b, site);
        if (a === BLOCK.YIELD) visit(EV.WOKEN, gid, gid, 0, site);
        return visit(EV.SWITCH, gid, HUB_GID, SWITCH_MODE.VALUE, site);
      case EV_ENCODED.ITEM_IN_COUNTED:
      case EV_ENCODED.ITEM_OUT_COUNTED: {
        const entering = kind === EV_ENCODED.ITEM_IN_COUNTED;
        const count = (this.counts.get(a) ?? 0) + (entering ? 1 : -1);
        this.counts.set(a, count);
        visit(entering ? EV.ITEM_IN : EV.ITEM_OUT, gid, a, b, site);
        return visit(EV.OBJ_STATE, gid, a, count, site);
      }
      case EV.OBJ_STATE:
        this.counts.set(a, b);
        return visit(kind, gid, a, b, site);
      default:
        return visit(kind, gid, a, b, site);
    }
  }
}

/**
 * True when an event of `kind` is followed by an unwritten SWITCH of its greenlet to the hub:
 * `TraceExpander`'s first rule, for readers that scan raw words backwards (the stall report).
 */
export function impliesSwitchToHub(kind: number): boolean {
  return kind === EV.BLOCKED || kind === EV.PREEMPTED;
}
