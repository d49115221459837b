import { CallbackQueue, type HubCallback } from "./callback-queue";
import { VirtualClock } from "./clock";
import { activeHub, activeRun, setActiveHub } from "./context";
import {
  GreenletExit,
  LoopExit,
  PyTypeError,
  RunLimitError,
  describeError as describeErr,
  toException,
} from "../py/errors";
import { shortRepr } from "../py/format";
import { reportFailure } from "./failure-report";
import { DeathHandler, HubGreenlet } from "./hub-greenlet";
import type { Gid, ObjectId } from "./ids";
import { describeBlocked } from "./loop-exit";
import type { Suspend } from "./operation";
import {
  RawGreenlet,
  STATE_ACTIVE,
  STATE_DEAD,
  STATE_NEW,
  isIterator,
  liveAncestor,
  type AnyFn,
} from "./raw-greenlet";
import { LiveGreenlets } from "./live-greenlets";
import { STDERR } from "./run-context";
import { TIMER_FIRED, type Timer, type TimerEntry } from "./timer-heap";
import type { TraceSink } from "../tracing/trace-recorder";
import {
  BLOCK,
  CANDIDATE,
  EV,
  SWITCH_MODE,
  SWITCH_RAW_BLOCKED,
  type ObjectType,
} from "../tracing/trace-kinds";
import type { RunLimits } from "./limits";
import { stackLine } from "./stack-line";
import { ChoiceCandidates } from "./choice-candidates";
import { PAUSE, type SchedulePolicy } from "./schedule-policy";
import { CHOICE_WORD, fitChoice } from "../tracing/open-choice";

/** Where a run stopped for the learner to choose: none, a hub turn, a preemption point. */
type OpenChoice = 0 | 1 | 2;
const OPEN_NONE = 0;
const OPEN_HUB_TURN = 1;
const OPEN_PREEMPTION = 2;

/** How a greenlet is entered: resumed with a value, raised in, or started with arguments. */
export type SwitchMode = (typeof SWITCH_MODE)[keyof typeof SWITCH_MODE];

/**
 * The one loop that switches (gevent's hub). Each turn it resumes the greenlet chosen to run
 * next, or, when none is, takes a turn of its own (`chooseNext`): a due timer, the next queued
 * callback, or the clock moved to the next deadline. Only the loop resumes a coroutine, so
 * resumptions never nest and every switch lands in the trace. A greenlet's state changes only
 * here.
 *
 * Making a greenlet run next: what calls which.
 *
 * | situation                                                  | call                              | it runs                                   |
 * |------------------------------------------------------------|-----------------------------------|-------------------------------------------|
 * | the running greenlet gives up its turn (`sleep(0)`)        | `requeue(g)`                      | after everything queued now               |
 * | a waiter's wait is over, seen outside the hub (set, put)   | `wake(g, value, objectId, mode?)` | on a later turn, in FIFO order            |
 * | a wait has a deadline (sleep, timeouts)                    | `wakeAfter(seconds, g, value)`    | when the clock gets there, if still waiting |
 * | a hub callback or timer ends a waiter's wait               | `switchNow(g, value, token, mode?)` | right after the callback, if still waiting |
 * | a hub callback starts a greenlet or raises in it (spawn's start, kill, Timeout) | `switchInto(g, mode, value)` | right after the callback       |
 * | an operation transfers control directly (raw switch, throw) | `transfer(to, mode, value)`      | at once, bypassing the queue              |
 *
 * `mode` is resume with a value, raise, or start with arguments (SWITCH_MODE); a wait's `token`
 * tells a stale wake-up from a current one. Callbacks that are not a greenlet's turn go through
 * `schedule` (gevent's `run_callback`) and `scheduleFirst`.
 *
 * Under a scheduling policy (the scheduler lab, `policy` not null), a hub turn with more than
 * one greenlet ready is a choice point. Ready means a queued callback whose turn is a
 * greenlet's (a resume, a start, a kill's raise, a primitive's notification that switches into
 * its first waiter: switch-ins.ts) or a due timer. gevent's loop runs its callbacks FIFO, so the
 * front of the queue must be one; the policy picks one, candidate 0 being gevent's own pick, the
 * chosen callback moves to the front, and the trace records the candidates and the choice
 * (`chooseByPolicy`). In threads mode a preemption point of the running greenlet
 * (`preemptionPoint`) is one too: going on is candidate 0, and a greenlet preempted goes to the
 * back of the queue. Without a policy none of this runs.
 */
export class Hub {
  readonly queue = new CallbackQueue();
  readonly clock: VirtualClock;
  /** The `yield*` site register, set by compiled code before each `yield*`. */
  site = 0;
  /** The operation the running greenlet just suspended on (read once by the loop). */
  pendingOp: Suspend<unknown> | null = null;
  /** Greenlets created and not yet dead: LoopExit names the blocked ones. */
  readonly live = new LiveGreenlets();
  /** An error that ended the run from outside the learner's code (a limit). */
  stopError: RunLimitError | null = null;

  readonly hubGreenlet: HubGreenlet;
  readonly main: RawGreenlet;
  current: RawGreenlet;
  /** The error that escaped the main greenlet, if any. */
  mainError: unknown = undefined;
  mainFailed = false;

  /**
   * Labels with their own text (a greenlet's `fn(args)`, a result's repr) left to trace: each
   * distinct string costs an interning, so past this many, labels fall back to the function's
   * name and "…". Output and errors are always traced in full.
   */
  private labelBudget = 10_000;
  private gidCounter = 0;
  private identCounter = 0;
  private objCounter = 0;
  /** The greenlet chosen to run next, how, and with what (`next` null: the hub's own turn). */
  private next: RawGreenlet | null = null;
  private nextMode: SwitchMode = SWITCH_MODE.VALUE;
  private nextValue: unknown = undefined;
  /** SWITCH_RAW_BLOCKED while the next switch leaves a greenlet blocked on a raw switch. */
  private rawSwitch = 0;
  private firingTimers = false;
  private ended = false;
  private steps = 0;
  /** Resumptions so far: the CPU-loop guard tells one greenlet's turn from the next by it. */
  resumes = 0;
  private stopRequested: RunLimitError | null = null;
  /** True when the run stopped at a choice point the policy left open (be the hub). */
  pausedAtChoice = false;
  private readonly candidates = new ChoiceCandidates();
  /** The queue entry a preemption point chose to run next (-1: none). */
  private forcedEntry = -1;
  /** Where the run stopped at an open choice point (`pausedAtChoice`), and its CHOICE event. */
  private openChoice: OpenChoice = OPEN_NONE;
  private openChoiceEvent = -1;
  /** The next resume goes on in the running greenlet itself, with no switch to trace. */
  private resumeInPlace = false;

  constructor(
    readonly trace: TraceSink,
    mainFn: AnyFn,
    readonly limits: RunLimits,
    /** The compile step's table of sites: id -> [line, column]. */
    readonly sites: ReadonlyArray<readonly [number, number]> = [],
    /** How the next greenlet is chosen; null: gevent's order, with no choice points traced. */
    readonly policy: SchedulePolicy | null = null,
  ) {
    setActiveHub(this);
    this.clock = new VirtualClock(this);
    this.hubGreenlet = new HubGreenlet(undefined, null);
    this.current = this.hubGreenlet;
    this.main = new RawGreenlet(mainFn, null);
    this.hubGreenlet._parent = this.main;
    this.hubGreenlet._state = STATE_ACTIVE;
    this.current = this.main;
    this.setNext(this.main, SWITCH_MODE.START, []);
  }

  /** The learner's line of a site id (0 when unknown). */
  siteLine(site: number): number {
    return this.sites[site]?.[0] ?? 0;
  }

  /** gevent's minimal ident: Greenlet-0, Greenlet-1, ... in the order names are first asked for. */
  nextIdent(): number {
    return this.identCounter++;
  }

  allocGid(): Gid {
    return this.gidCounter++ as Gid;
  }

  /** A new id for a traced object (timers, queues, events, ...). */
  allocObjectId(): ObjectId {
    return ++this.objCounter as ObjectId;
  }

  /** A new traced object of `type`, created by the running greenlet: returns its id. */
  objectCreated(type: ObjectType): ObjectId {
    const id = this.allocObjectId();
    this.trace.emit(EV.OBJ_CREATED, this.current.gid, id, type, this.site);
    return id;
  }

  currentOrNull(): RawGreenlet | null {
    return this.current ?? null;
  }

  greenletCreated(g: RawGreenlet): void {
    this.live.add(g);
    const parent = g._parent === null ? 0 : g._parent.gid;
    this.trace.emit(EV.CREATED, g.gid, parent | (g.traceType() << 24), 0, this.site);
  }

  /** Make an exception from a class, an instance or nothing (GreenletExit), as gevent does. */
  makeException(exception: unknown): unknown {
    return toException(exception, GreenletExit);
  }

  // ---- callbacks ------------------------------------------------------------------------------

  /** Run `fn(a, b, c)` from the hub on a later turn (gevent's `loop.run_callback`). */
  schedule(fn: HubCallback, a: unknown, b?: unknown, c?: unknown): void {
    this.queue.push(fn, a, b, c);
  }

  /** Continue a hub callback right after the greenlet it switched into gives control back. */
  scheduleFirst(fn: HubCallback, a: unknown, b?: unknown, c?: unknown): void {
    this.queue.pushFront(fn, a, b, c);
  }

  // ---- making a greenlet run next (the table above) -------------------------------------------

  /**
   * `sleep(0)`'s wake-up: queue the blocking greenlet `g` behind everything ready now. Not
   * traced: its BLOCKED event (reason YIELD) implies the WOKEN.
   */
  requeue(g: RawGreenlet): void {
    this.queue.push(null, g, undefined, g._token);
  }

  /** Make the waiting greenlet `g` runnable with `value` (or raise it), on a later turn, FIFO. */
  wake(
    g: RawGreenlet,
    value: unknown,
    objectId: number = 0,
    mode: SwitchMode = SWITCH_MODE.VALUE,
  ): void {
    this.trace.emit(EV.WOKEN, g.gid, this.current.gid, objectId, this.site);
    this.queue.push(mode === SWITCH_MODE.THROW ? throwCallback : null, g, value, g._token);
  }

  /** A timer that resumes the waiting greenlet `g` with `value` unless its wait ended first. */
  wakeAfter(seconds: number, g: RawGreenlet, value: unknown): Timer {
    return this.clock.timer(seconds, null, g, value, g._token);
  }

  /**
   * From inside a hub callback or timer: switch into `g` now (gevent's `waiter.switch`), if it
   * still waits on the wait `token`. Returns whether it will run.
   */
  switchNow(
    g: RawGreenlet,
    value: unknown,
    token: number,
    mode: SwitchMode = SWITCH_MODE.VALUE,
  ): boolean {
    if (!this.resumable(g, token)) return false;
    const objectId = (g._blockedOn as Suspend<unknown>).objectId();
    this.trace.emit(EV.WOKEN, g.gid, this.hubGreenlet.gid, objectId, 0);
    this.setNext(g, mode, value);
    return true;
  }

  /**
   * From inside a hub callback: start the never-started `g` with `value` (its arguments), or
   * raise `value` in `g` wherever it is suspended (gevent's `g.throw`). Returns whether it will
   * run: one that started or died meanwhile by another path (a raw switch or throw into it) is
   * left alone.
   */
  switchInto(g: RawGreenlet, mode: SwitchMode, value: unknown): boolean {
    if (mode === SWITCH_MODE.START ? g._state !== STATE_NEW : g._state === STATE_DEAD) {
      return false;
    }
    if (this.next !== null) throw new Error("hub callback switched twice");
    this.setNext(g, mode, value);
    return true;
  }

  /**
   * From a suspending greenlet's `perform`, or a greenlet's end: a direct transfer to `to`,
   * bypassing the queue. A value for a greenlet that never started starts it with that value
   * as its one argument (greenlet's `parent.switch(result)`). Transferring to the hub just lets
   * the hub run.
   */
  transfer(to: RawGreenlet, mode: SwitchMode, value: unknown): void {
    if (to === this.hubGreenlet) return;
    if (mode === SWITCH_MODE.VALUE && to._state === STATE_NEW) {
      this.setNext(to, SWITCH_MODE.START, [value]);
    } else {
      this.setNext(to, mode, value);
    }
  }

  /** @internal A resume queued by `wake` or `requeue`, now at the front of the queue. */
  resumeQueued(g: RawGreenlet, value: unknown, token: number, mode: SwitchMode): void {
    if (this.resumable(g, token)) this.setNext(g, mode, value);
  }

  private resumable(g: RawGreenlet, token: number): boolean {
    if (g._state !== STATE_ACTIVE || g._token !== token || g._blockedOn === null) return false;
    if (this.next !== null) throw new Error("hub callback switched twice");
    return true;
  }

  private setNext(g: RawGreenlet, mode: SwitchMode, value: unknown): void {
    this.next = g;
    this.nextMode = mode;
    this.nextValue = value;
  }

  /**
   * A Greenlet killed (or thrown into) before it ever ran dies without running: dead now, and
   * traced as killed by `killer`.
   */
  killUnstarted(g: RawGreenlet, killer: Gid, exceptionName: string): void {
    g._state = STATE_DEAD;
    this.live.delete(g);
    this.trace.emit(EV.KILLED, g.gid, killer, this.trace.intern(exceptionName), this.site);
  }

  // ---- the loop -------------------------------------------------------------------------------

  /** Run until the main greenlet finishes, a limit stops the program, or a choice is left open. */
  run(): void {
    this.drive(null);
  }

  /**
   * Go on from the open choice point the run stopped at (be the hub), as if the policy had
   * chosen candidate `choice` there: the CHOICE event recorded open is amended to it where the
   * sink still holds it, and the run goes on to its end or its next open choice point. The trace
   * is the one a run replayed with that choice records (hub-continue.property.test.ts).
   */
  continueAt(choice: number): void {
    const open = this.openChoice;
    if (open === OPEN_NONE) throw new Error("the run is not stopped at a choice point");
    const k = fitChoice(choice, this.candidates.n);
    this.openChoice = OPEN_NONE;
    this.pausedAtChoice = false;
    this.ended = false;
    this.trace.amend?.(this.openChoiceEvent, CHOICE_WORD, k);
    this.drive(open === OPEN_HUB_TURN ? () => this.takeCandidate(k) : () => this.goOnFrom(k));
  }

  /** The loop, after `first` (a choice left open, now made). */
  private drive(first: (() => unknown) | null): void {
    setActiveHub(this);
    try {
      if (first !== null) first();
      while (!this.ended) {
        if (this.next !== null) this.resumeNext();
        else this.chooseNext();
        if ((++this.steps & 1023) === 0) this.limits.check(this);
      }
    } catch (e) {
      if (!(e instanceof RunLimitError)) throw e;
      this.stop(e);
    } finally {
      setActiveHub(null);
    }
  }

  /** The limit the run is stopping for, once one was hit: the loop guard throws it again. */
  get pendingStop(): RunLimitError | null {
    return this.stopRequested;
  }

  /** A limit was hit inside learner code: the run ends as soon as the hub gets control back. */
  requestStop(error: RunLimitError): RunLimitError {
    this.stopRequested ??= error;
    return error;
  }

  /** End the run now (a limit was hit): the trace so far stays. */
  stop(error: RunLimitError): void {
    this.stopError = error;
    this.ended = true;
    this.trace.emit(
      EV.ERROR,
      this.current.gid,
      this.trace.intern(error.name),
      this.trace.intern(error.message),
      this.current._site,
    );
  }

  /**
   * The hub's own turn, and the one place it chooses what runs next: the timers that are due
   * (each in deadline order, then scheduling order), else the first queued callback (FIFO),
   * else the clock moves to the next deadline; with nothing left at all, LoopExit in main. A
   * callback or timer that makes a greenlet run (`switchNow`, `switchInto`) hands it to the loop.
   */
  private chooseNext(): void {
    if (this.policy !== null && this.chooseByPolicy(this.policy)) return;
    if (this.firingTimers) {
      const t = this.clock.takeDue();
      if (t !== undefined) return this.fire(t);
      this.firingTimers = false;
    }
    if (this.runFront()) return;
    const deadline = this.clock.nextDeadline();
    if (deadline !== undefined) {
      if (deadline > this.clock.now) this.clock.advanceTo(deadline);
      this.firingTimers = true;
      return;
    }
    this.loopExit();
  }

  /** Take the first queued callback and run it; false when the queue is empty. */
  private runFront(): boolean {
    const q = this.queue;
    if (!q.shift()) return false;
    const fn = q.fn;
    if (fn === null) {
      // A queued resume (the commonest callback, traced as WOKEN when queued): switch in on
      // this same turn of the loop.
      this.resumeQueued(q.a as RawGreenlet, q.b, q.c as number, SWITCH_MODE.VALUE);
      if (this.next !== null) this.resumeNext();
    } else fn(q.a, q.b, q.c);
    return true;
  }

  /**
   * A hub turn under a policy: when more than one greenlet could run (the queue's callbacks
   * that switch into one, a due timer), let the policy choose and run its choice. Returns false to leave
   * the turn to gevent's order: nothing to choose, or a callback's continuation due first.
   */
  private chooseByPolicy(policy: SchedulePolicy): boolean {
    const q = this.queue;
    if (this.forcedEntry >= 0) {
      q.moveToFront(this.forcedEntry);
      this.forcedEntry = -1;
      return this.runFront();
    }
    if (q.pinned > 0) return false;
    const c = this.candidates;
    c.reset();
    const deadline = this.clock.nextDeadline();
    const due = deadline !== undefined && deadline <= this.clock.now;
    // As gevent's turn does: with no timer due any more, the timers' round is over.
    if (!due) this.firingTimers = false;
    const timerFirst = due && this.firingTimers;
    if (timerFirst) c.addTimers(this.clock.dueTimers());
    else {
      c.addQueued(q, 0, throwCallback);
      // gevent runs the queue's front: only a ready greenlet there makes this a choice.
      if (c.n === 0 || c.entry(0) !== 0) return false;
    }
    if (timerFirst) c.addQueued(q, 0, throwCallback);
    else if (due) c.addTimers(this.clock.dueTimers());
    if (c.n < 2) return false;
    const k = policy.choose(c.n);
    const event = this.trace.count;
    c.trace(this.trace, this.hubGreenlet.gid, k);
    if (k === PAUSE) {
      this.leaveOpen(OPEN_HUB_TURN, event);
      this.ended = true;
      return true;
    }
    return this.takeCandidate(k);
  }

  /** Run candidate `k` of the hub's choice point: its timer fires, or its callback runs first. */
  private takeCandidate(k: number): boolean {
    const entry = this.candidates.entry(k);
    if (entry < 0) {
      this.fire(this.clock.takeDueAt(-2 - entry));
      return true;
    }
    this.queue.moveToFront(entry);
    return this.runFront();
  }

  private leaveOpen(open: OpenChoice, event: number): void {
    this.pausedAtChoice = true;
    this.openChoice = open;
    this.openChoiceEvent = event;
  }

  /**
   * A preemption point of the running greenlet (threads mode): whether it gives up the CPU.
   * When it does, it is requeued by its operation, and the greenlet chosen runs next.
   */
  preemptionPoint(): boolean {
    const policy = this.policy;
    if (policy === null || !policy.threads || this.queue.pinned > 0) return false;
    const c = this.candidates;
    c.reset();
    const g = this.current;
    c.add(CANDIDATE.CONTINUE, g.gid, this.site, -1);
    c.addQueued(this.queue, 0, throwCallback);
    if (c.n < 2) return false;
    const k = policy.choose(c.n);
    const event = this.trace.count;
    c.trace(this.trace, g.gid, k);
    if (k === 0) return false;
    if (k === PAUSE) this.leaveOpen(OPEN_PREEMPTION, event);
    else this.forcedEntry = c.entry(k);
    return true;
  }

  /**
   * Candidate `k` of the preemption point the running greenlet stopped at (its operation already
   * suspended it): 0 goes on in it with no switch, as if the point had not switched; any other
   * preempts it for that candidate.
   */
  private goOnFrom(k: number): void {
    const g = this.current;
    const op = g._blockedOn as Suspend<unknown>;
    if (k === 0) {
      this.resumeInPlace = true;
      return this.setNext(g, SWITCH_MODE.VALUE, undefined);
    }
    this.forcedEntry = this.candidates.entry(k);
    this.preemptNow(g, op);
  }

  private fire(t: TimerEntry): void {
    t.state = TIMER_FIRED;
    this.trace.emit(EV.TIMER_FIRED, 0, t.id, 0, 0);
    if (t.fn === null) this.switchNow(t.a as RawGreenlet, t.b, t.c as number);
    else t.fn(t.a, t.b, t.c);
  }

  private startLabel(g: RawGreenlet): string {
    return this.labelBudget-- > 0 ? g._describeFn() : g._fnName();
  }

  private resumeNext(): void {
    const g = this.next as RawGreenlet;
    const mode = this.nextMode;
    const value = this.nextValue;
    this.next = null;
    this.nextValue = undefined;
    const flags = this.rawSwitch;
    this.rawSwitch = 0;
    if (this.resumeInPlace) this.resumeInPlace = false;
    else this.trace.emit(EV.SWITCH, this.current.gid, g.gid, mode | flags, this.current._site);
    this.current = g;
    this.resumes++;
    g._blockedOn = null;
    this.site = g._site;
    let r: IteratorResult<unknown, unknown>;
    try {
      if (g._state === STATE_NEW) {
        if (mode === SWITCH_MODE.THROW) return this.finish(g, undefined, value, true);
        g._state = STATE_ACTIVE;
        this.trace.emit(EV.STARTED, g.gid, this.trace.intern(this.startLabel(g)), 0, 0);
        const body = g._call(value as unknown[]);
        if (!isIterator(body)) return this.finish(g, body, undefined, false);
        g._it = body;
        r = body.next();
      } else {
        const it = g._it as Iterator<unknown, unknown, unknown>;
        r = mode === SWITCH_MODE.THROW ? throwInto(it, value) : it.next(value);
      }
    } catch (e) {
      if (e instanceof RunLimitError || this.stopRequested) throw this.stopRequested ?? e;
      return this.finish(g, undefined, e, true);
    }
    if (this.stopRequested) throw this.stopRequested;
    if (r.done) return this.finish(g, r.value, undefined, false);
    this.suspended(g);
  }

  /** The running greenlet `g` yielded: it waits on `pendingOp`. */
  private suspended(g: RawGreenlet): void {
    const op = this.pendingOp;
    if (op === null) {
      const err = new PyTypeError("yield* needs an operation (sleep, q.get(), g.join() ...)");
      return this.setNext(g, SWITCH_MODE.THROW, err);
    }
    this.pendingOp = null;
    g._site = this.site;
    g._token++;
    g._blockedOn = op;
    const reason = op.reason;
    if (reason === BLOCK.PREEMPT) return this.preempted(g, op);
    if (reason === BLOCK.RAW_SWITCH) {
      // A raw switch transfers straight to its target: the SWITCH written then implies the
      // BLOCKED (trace-kinds.ts, `TraceExpander`).
      op.perform(this, g);
      this.rawSwitch = SWITCH_RAW_BLOCKED;
      if (this.next === null) this.toHub(g);
      return;
    }
    this.trace.emit(EV.BLOCKED, g.gid, reason, op.objectId(), g._site);
    op.perform(this, g);
    // Any other wait goes to the hub, and its BLOCKED event implies that switch.
    if (this.next !== null) throw new Error(`${op.describe()} switched past the hub`);
    this.current = this.hubGreenlet;
  }

  /** `g` stopped at a preemption point that switched: back of the queue, or the run pauses. */
  private preempted(g: RawGreenlet, op: Suspend<unknown>): void {
    if (this.pausedAtChoice) {
      this.ended = true;
      return;
    }
    this.preemptNow(g, op);
  }

  private preemptNow(g: RawGreenlet, op: Suspend<unknown>): void {
    this.trace.emit(EV.PREEMPTED, g.gid, 0, 0, g._site);
    op.perform(this, g);
    this.current = this.hubGreenlet;
  }

  private toHub(from: RawGreenlet): void {
    const flags = this.rawSwitch;
    this.rawSwitch = 0;
    this.trace.emit(
      EV.SWITCH,
      from.gid,
      this.hubGreenlet.gid,
      SWITCH_MODE.VALUE | flags,
      from._site,
    );
    this.current = this.hubGreenlet;
  }

  private finish(g: RawGreenlet, value: unknown, error: unknown, failed: boolean): void {
    g._state = STATE_DEAD;
    g._it = null;
    this.live.delete(g);
    if (failed && error instanceof GreenletExit) {
      value = error;
      error = undefined;
      failed = false;
    }
    if (failed) {
      const line = stackLine(error);
      this.trace.emit(EV.FAILED, g.gid, this.trace.intern(describeErr(error)), line, g._site);
    } else {
      const text = this.labelBudget-- > 0 ? shortRepr(value) : "…";
      this.trace.emit(EV.FINISHED, g.gid, this.trace.intern(text), 0, g._site);
    }
    if (g === this.main) return this.mainEnded(error, failed);
    const handled = g instanceof DeathHandler ? g._died(value, error, failed) : false;
    const to = liveAncestor(g);
    if (to === null || to === this.hubGreenlet) {
      if (failed && !handled) reportFailure(g, error);
      return this.toHub(g);
    }
    if (failed && !handled) this.transfer(to, SWITCH_MODE.THROW, error);
    else this.transfer(to, SWITCH_MODE.VALUE, handled ? undefined : value);
  }

  private mainEnded(error: unknown, failed: boolean): void {
    this.ended = true;
    for (const g of this.live) {
      if (g !== this.hubGreenlet) this.trace.emit(EV.ABANDONED, g.gid, 0, 0, g._site);
    }
    if (!failed) return;
    this.mainFailed = true;
    this.mainError = error;
    const run = activeRun();
    for (const line of describeErr(error).split("\n")) run.print(line, STDERR);
    this.trace.emit(
      EV.ERROR,
      this.main.gid,
      this.trace.intern(error instanceof Error ? error.name : "Exception"),
      this.trace.intern(error instanceof Error ? error.message : String(error)),
      this.main._site,
    );
  }

  /** Nothing can run and no timer is pending: raise LoopExit in main, as gevent's hub does. */
  private loopExit(): void {
    const message = "This operation would block forever\n" + describeBlocked(this);
    this.setNext(this.main, SWITCH_MODE.THROW, new LoopExit(message));
  }
}

function throwCallback(g: unknown, error: unknown, token: unknown): void {
  activeHub().resumeQueued(g as RawGreenlet, error, token as number, SWITCH_MODE.THROW);
}

function throwInto(it: Iterator<unknown, unknown, unknown>, error: unknown) {
  if (typeof it.throw !== "function") throw error;
  return it.throw(error);
}
