import { CallbackQueue, type HubCallback } from "./callback-queue";
import { activeHub, setActiveHub } from "./context";
import {
  GreenletExit,
  LoopExit,
  PyTypeError,
  RunLimitError,
  describeError as describeErr,
  toException,
} from "./errors";
import { shortRepr } from "./format";
import { reportFailure } from "./failure-report";
import { describeBlocked } from "./loop-exit";
import { DeathHandler, HubGreenlet } from "./hub-greenlet";
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
import {
  TIMER_CANCELLED,
  TIMER_FIRED,
  TIMER_PENDING,
  Timer,
  TimerHeap,
  type TimerEntry,
} from "./timer-heap";
import { emitClock, type TraceSink } from "./trace-recorder";
import {
  BLOCK,
  EV,
  GREENLET_TYPE,
  SWITCH_MODE,
  SWITCH_RAW_BLOCKED,
  type GreenletType,
} from "./trace-kinds";
import type { RunLimits } from "./limits";
import { stackLine } from "./stack-line";
import { Rng } from "./rng";

/** The main greenlet: the program's top level. Its parent is null; when it ends, the run ends. */
class MainGreenlet extends RawGreenlet {
  override traceType(): GreenletType {
    return GREENLET_TYPE.MAIN;
  }
  override toString(): string {
    return "<main greenlet>";
  }
}

/**
 * The one loop that switches. It owns the run queue of callbacks (gevent's `run_callback`),
 * the timers of the virtual clock, and the only calls that resume a coroutine, so resumptions
 * never nest and every switch lands in the trace.
 */
export class Hub {
  readonly queue = new CallbackQueue();
  readonly timers = new TimerHeap();
  /** Virtual seconds. */
  now = 0;
  /** The `yield*` site register, set by compiled code before each `yield*`. */
  site = 0;
  /** The operation the running greenlet just suspended on (read once by the loop). */
  pendingOp: Suspend<unknown> | null = null;
  readonly stdout: string[] = [];
  readonly stderr: string[] = [];
  /** Greenlets created and not yet dead: LoopExit names the blocked ones. */
  readonly live = new LiveGreenlets();
  /** Modules made cooperative by `monkey.patch*` in this run. */
  readonly patched = new Set<string>();
  /** The run's seeded random generator. */
  readonly rng: Rng;
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
  private nextG: RawGreenlet | null = null;
  private nextMode = 0;
  private nextValue: unknown = undefined;
  /** SWITCH_RAW_BLOCKED while the next switch leaves a greenlet blocked on a raw switch. */
  private rawSwitch = 0;
  private firingTimers = false;
  private ended = false;
  private steps = 0;
  /** Resumptions so far: the CPU-loop guard tells one greenlet's turn from the next by it. */
  resumes = 0;
  private stopRequested: RunLimitError | null = null;

  constructor(
    readonly trace: TraceSink,
    mainFn: AnyFn,
    readonly limits: RunLimits,
    /** The compile step's table of sites: id -> [line, column]. */
    readonly sites: ReadonlyArray<readonly [number, number]> = [],
    seed = 0,
  ) {
    setActiveHub(this);
    this.rng = new Rng(seed);
    this.hubGreenlet = new HubGreenlet(undefined, null);
    this.current = this.hubGreenlet;
    this.main = new MainGreenlet(mainFn, null);
    this.hubGreenlet._parent = this.main;
    this.hubGreenlet._state = STATE_ACTIVE;
    this.current = this.main;
    this.nextG = this.main;
    this.nextMode = SWITCH_MODE.START;
    this.nextValue = [];
  }

  /** The learner's line of a site id (0 when unknown). */
  siteLine(site: number): number {
    return this.sites[site]?.[0] ?? 0;
  }

  /** gevent's minimal ident: Greenlet-0, Greenlet-1, ... in the order names are first asked for. */
  nextIdent(): number {
    return this.identCounter++;
  }

  allocGid(): number {
    return this.gidCounter++;
  }

  /** A new id for a traced object (timers, queues, events, ...). */
  allocObjectId(): number {
    return ++this.objCounter;
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

  // ---- scheduling, for primitives -------------------------------------------------------------

  /** Run `fn(a, b, c)` from the hub on a later turn (gevent's `loop.run_callback`). */
  schedule(fn: HubCallback, a: unknown, b?: unknown, c?: unknown): void {
    this.queue.push(fn, a, b, c);
  }

  /** Continue a hub callback right after the greenlet it switched into gives control back. */
  scheduleFirst(fn: HubCallback, a: unknown, b?: unknown, c?: unknown): void {
    this.queue.pushFront(fn, a, b, c);
  }

  /**
   * `sleep(0)`'s wake-up: queue the blocking greenlet `g` behind everything ready now. Not
   * traced: its BLOCKED event (reason YIELD) implies the WOKEN.
   */
  requeue(g: RawGreenlet): void {
    this.queue.push(null, g, undefined, g._token);
  }

  /** Make the waiting greenlet `g` runnable with `value`, from the hub, in FIFO order. */
  wake(g: RawGreenlet, value: unknown, objectId = 0): void {
    this.trace.emit(EV.WOKEN, g.gid, this.current.gid, objectId, this.site);
    this.queue.push(null, g, value, g._token);
  }

  /** Make the waiting greenlet `g` runnable, raising `error` in it. */
  wakeThrow(g: RawGreenlet, error: unknown, objectId = 0): void {
    this.trace.emit(EV.WOKEN, g.gid, this.current.gid, objectId, this.site);
    this.queue.push(throwCallback, g, error, g._token);
  }

  /**
   * From inside a hub callback or timer: switch into `g` now (gevent's `waiter.switch`), if it
   * still waits on the wait `token`. Returns whether it will run.
   */
  switchNow(
    g: RawGreenlet,
    value: unknown,
    token: number,
    mode: number = SWITCH_MODE.VALUE,
  ): boolean {
    if (!this.resumable(g, token)) return false;
    this.trace.emit(
      EV.WOKEN,
      g.gid,
      this.hubGreenlet.gid,
      (g._blockedOn as Suspend<unknown>).objectId(),
      0,
    );
    this.setNext(g, mode, value);
    return true;
  }

  /** @internal A resume queued by `wake`/`wakeThrow` (already traced as WOKEN then). */
  resumeQueued(g: RawGreenlet, value: unknown, token: number, mode: number): void {
    if (this.resumable(g, token)) this.setNext(g, mode, value);
  }

  private resumable(g: RawGreenlet, token: number): boolean {
    if (g._state !== STATE_ACTIVE || g._token !== token || g._blockedOn === null) return false;
    if (this.nextG !== null) throw new Error("hub callback switched twice");
    return true;
  }

  /** From inside a hub callback: start the never-started `g` with `args`, or raise in it. */
  startNow(g: RawGreenlet, args: unknown[]): void {
    if (this.nextG !== null) throw new Error("hub callback switched twice");
    this.setNext(g, SWITCH_MODE.START, args);
  }

  /** From inside a hub callback: raise `error` in `g` wherever it is suspended (gevent's `g.throw`). */
  throwNow(g: RawGreenlet, error: unknown): boolean {
    if (g._state === STATE_DEAD) return false;
    if (this.nextG !== null) throw new Error("hub callback switched twice");
    this.setNext(g, SWITCH_MODE.THROW, error);
    return true;
  }

  /** Schedule a timer of the virtual clock, traced as scheduled by the running greenlet. */
  timer(seconds: number, fn: HubCallback, a: unknown, b?: unknown, c?: unknown): Timer {
    const t = new Timer(this.allocObjectId(), this.deadlineAfter(seconds), fn, a, b, c);
    this.arm(t, seconds);
    return t;
  }

  /** The virtual time `seconds` from now (now, for none or less). */
  deadlineAfter(seconds: number): number {
    return quantize(this.now + (seconds > 0 ? seconds : 0));
  }

  /**
   * Put `entry`, its id and deadline set (`deadlineAfter(seconds)`), on the clock: traced as
   * scheduled by the running greenlet.
   */
  arm(entry: TimerEntry, seconds: number): void {
    this.timers.push(entry);
    const micros = Math.min(Math.round((seconds > 0 ? seconds : 0) * 1e6), 0xfffffffe);
    this.trace.emit(EV.TIMER_SCHEDULED, this.current.gid, entry.id, micros, this.site);
  }

  cancelTimer(t: TimerEntry): void {
    if (t.state !== TIMER_PENDING) return;
    t.state = TIMER_CANCELLED;
    this.trace.emit(EV.TIMER_CANCELLED, this.current.gid, t.id, 0, this.site);
  }

  /** A timer that resumes the waiting greenlet `g` with `value` unless its wait ended first. */
  wakeAfter(seconds: number, g: RawGreenlet, value: unknown): Timer {
    return this.timer(seconds, null, g, value, g._token);
  }

  /**
   * From a suspending greenlet's `perform`: a direct transfer to `to` (raw switch and throw),
   * bypassing the queue. Transferring to the hub just lets the hub run.
   */
  transfer(to: RawGreenlet, mode: number, value: unknown): void {
    if (to === this.hubGreenlet) return;
    this.setNext(to, mode, value);
  }

  /** Advance the clock while the running greenlet holds the hub (an unpatched blocking call). */
  holdFor(seconds: number, reason: number): void {
    if (seconds <= 0) return;
    const micros = Math.min(Math.round(seconds * 1e6), 0xfffffffe);
    this.trace.emit(EV.HUB_HELD, this.current.gid, reason, micros, this.site);
    this.advanceTo(quantize(this.now + seconds));
  }

  /** One line of the program's output. */
  print(line: string, stream: number = 0): void {
    (stream === 0 ? this.stdout : this.stderr).push(line);
    this.trace.emit(EV.OUTPUT, this.current.gid, this.trace.intern(line), stream, this.site);
  }

  // ---- the loop -------------------------------------------------------------------------------

  /** Run until the main greenlet finishes or a limit stops the program. */
  run(): void {
    try {
      while (!this.ended) {
        if (this.nextG !== null) this.resumeNext();
        else this.hubStep();
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

  /** A new traced object of `type`, created by the running greenlet: returns its id. */
  objectCreated(type: number): number {
    const id = this.allocObjectId();
    this.trace.emit(EV.OBJ_CREATED, this.current.gid, id, type, this.site);
    return id;
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

  private startLabel(g: RawGreenlet): string {
    return this.labelBudget-- > 0 ? g._describeFn() : g._fnName();
  }

  private setNext(g: RawGreenlet, mode: number, value: unknown): void {
    this.nextG = g;
    this.nextMode = mode;
    this.nextValue = value;
  }

  private resumeNext(): void {
    const g = this.nextG as RawGreenlet;
    const mode = this.nextMode;
    const value = this.nextValue;
    this.nextG = null;
    this.nextValue = undefined;
    const flags = this.rawSwitch;
    this.rawSwitch = 0;
    this.trace.emit(EV.SWITCH, this.current.gid, g.gid, mode | flags, this.current._site);
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
    if (reason === BLOCK.RAW_SWITCH) {
      // A raw switch transfers straight to its target: the SWITCH written then implies the
      // BLOCKED (trace-kinds.ts, `TraceExpander`).
      op.perform(this, g);
      this.rawSwitch = SWITCH_RAW_BLOCKED;
      if (this.nextG === null) this.toHub(g);
      return;
    }
    this.trace.emit(EV.BLOCKED, g.gid, reason, op.objectId(), g._site);
    op.perform(this, g);
    // Any other wait goes to the hub, and its BLOCKED event implies that switch.
    if (this.nextG !== null) throw new Error(`${op.describe()} switched past the hub`);
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
      if (failed && !handled) reportFailure(this, g, error);
      return this.toHub(g);
    }
    if (failed && !handled) this.setNext(to, SWITCH_MODE.THROW, error);
    else this.setNext(to, SWITCH_MODE.VALUE, handled ? undefined : value);
  }

  private mainEnded(error: unknown, failed: boolean): void {
    this.ended = true;
    for (const g of this.live) {
      if (g !== this.hubGreenlet) this.trace.emit(EV.ABANDONED, g.gid, 0, 0, g._site);
    }
    if (!failed) return;
    this.mainFailed = true;
    this.mainError = error;
    const lines = describeErr(error).split("\n");
    for (const line of lines) this.print(line, 1);
    this.trace.emit(
      EV.ERROR,
      this.main.gid,
      this.trace.intern(error instanceof Error ? error.name : "Exception"),
      this.trace.intern(error instanceof Error ? error.message : String(error)),
      this.main._site,
    );
  }

  /** The hub's turn: run one callback, fire one due timer, or advance the clock. */
  private hubStep(): void {
    if (this.firingTimers) {
      const t = this.timers.peek();
      if (t !== undefined && t.deadline <= this.now) {
        this.timers.pop();
        return this.fire(t);
      }
      this.firingTimers = false;
    }
    const q = this.queue;
    if (q.shift()) {
      const fn = q.fn;
      // A queued resume was traced as WOKEN when it was queued.
      if (fn === null) {
        // A queued resume (the commonest callback): switch in on this turn of the loop.
        this.resumeQueued(q.a as RawGreenlet, q.b, q.c as number, SWITCH_MODE.VALUE);
        if (this.nextG !== null) this.resumeNext();
      } else fn(q.a, q.b, q.c);
      return;
    }
    const t = this.timers.peek();
    if (t !== undefined) {
      if (t.deadline > this.now) this.advanceTo(t.deadline);
      this.firingTimers = true;
      return;
    }
    this.loopExit();
  }

  private fire(t: TimerEntry): void {
    t.state = TIMER_FIRED;
    this.trace.emit(EV.TIMER_FIRED, 0, t.id, 0, 0);
    if (t.fn === null) this.switchNow(t.a as RawGreenlet, t.b, t.c as number);
    else t.fn(t.a, t.b, t.c);
  }

  private advanceTo(time: number): void {
    if (time > this.limits.maxVirtualTime) {
      this.now = this.limits.maxVirtualTime;
      emitClock(this.trace, this.now);
      throw this.limits.virtualTimeError();
    }
    this.now = time;
    emitClock(this.trace, time);
  }

  /** Nothing can run and no timer is pending: raise LoopExit in main, as gevent's hub does. */
  private loopExit(): void {
    const message = "This operation would block forever\n" + describeBlocked(this);
    this.setNext(this.main, SWITCH_MODE.THROW, new LoopExit(message));
  }
}

/**
 * Virtual times are kept to the nanosecond, so ten sleeps of 0.1 end at exactly 1 and a learner
 * never sees 0.9999999999999999.
 */
function quantize(seconds: number): number {
  return Math.round(seconds * 1e9) / 1e9;
}

function throwCallback(g: unknown, error: unknown, token: unknown): void {
  activeHub().resumeQueued(g as RawGreenlet, error, token as number, SWITCH_MODE.THROW);
}

function throwInto(it: Iterator<unknown, unknown, unknown>, error: unknown) {
  if (typeof it.throw !== "function") throw error;
  return it.throw(error);
}
