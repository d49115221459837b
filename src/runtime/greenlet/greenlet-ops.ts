import { activeHub } from "../kernel/context";
import type { Greenlet } from "./gevent-greenlet";
import { rawlinkGreenlet, unlinkGreenlet } from "./greenlet-links";
import type { Hub } from "../kernel/hub";
import type { LinkTarget } from "../sync/linkable";
import { MUST_BLOCK, Suspend, reasonOf } from "../kernel/operation";
import { STATE_ACTIVE, STATE_NEW, type RawGreenlet } from "../kernel/raw-greenlet";
import { SWITCH_INS, stillWaiting } from "../kernel/switch-ins";
import type { Timer } from "../kernel/timer-heap";
import {
  BLOCK,
  CANDIDATE,
  EV,
  HUB_GID,
  SWITCH_MODE,
  type BlockReason,
} from "../tracing/trace-kinds";
import type { Gid } from "../kernel/ids";

/**
 * `g.join(timeout)` / `g.get()`: wait for `g` to finish. For `get` it resolves true when `g`
 * did, false after a timeout; `join` resolves to undefined either way, as gevent's does.
 */
export class JoinOp extends Suspend<boolean | undefined> implements LinkTarget<Greenlet> {
  declare readonly reason: BlockReason;
  /** The joining greenlet while linked (the operation is its own link), and its wait's token. */
  private waiter: RawGreenlet | null = null;
  private token = 0;
  private timer: Timer | null = null;

  constructor(
    private readonly target: Greenlet,
    private readonly timeout: number | undefined,
    private readonly isGet: boolean,
  ) {
    super();
  }

  protected tryNow(): boolean | undefined | typeof MUST_BLOCK {
    if (!this.target.ready()) return MUST_BLOCK;
    return this.isGet ? true : undefined;
  }

  perform(hub: Hub, waiter: RawGreenlet): void {
    this.waiter = waiter;
    this.token = waiter._token;
    rawlinkGreenlet(this.target, this, hub);
    if (this.timeout !== undefined) this.timer = hub.wakeAfter(this.timeout, waiter, false);
  }

  /** @internal The target finished: resume the joiner. */
  linkReady(): void {
    const waiter = this.waiter;
    // The notification took the link off already: nothing left for teardown to remove.
    this.waiter = null;
    if (waiter !== null) activeHub().switchNow(waiter, true, this.token);
  }

  /** The joiner this link would resume, while it still waits here (the scheduler lab). */
  wakes(): RawGreenlet | null {
    return stillWaiting(this.waiter, this.token);
  }

  protected override resumed(finished: unknown): boolean | undefined {
    return this.isGet ? (finished as boolean) : undefined;
  }

  protected override teardown(): void {
    if (this.waiter !== null) unlinkGreenlet(this.target, this);
    this.waiter = null;
    if (this.timer) activeHub().clock.cancel(this.timer);
    this.timer = null;
  }

  /** For JOIN the "object" is the gid of the greenlet joined. */
  override objectId(): number {
    return this.target.gid;
  }

  describe(): string {
    return `${String(this.target)}.${this.isGet ? "get" : "join"}()`;
  }
}
reasonOf(JoinOp, BLOCK.JOIN);

/** The killer's wait while the hub raises the exception in the victim (gevent's `kill`). */
export class KillWaitOp extends Suspend<void> {
  declare readonly reason: BlockReason;

  constructor(
    private readonly target: Greenlet,
    private readonly exc: unknown,
  ) {
    super();
  }

  protected tryNow(): typeof MUST_BLOCK {
    return MUST_BLOCK;
  }

  perform(hub: Hub, killer: RawGreenlet): void {
    hub.schedule(killCallback, this.target, this.exc, { g: killer, token: killer._token });
  }

  override objectId(): number {
    return this.target.gid;
  }

  describe(): string {
    return `${String(this.target)}.kill()`;
  }
}
reasonOf(KillWaitOp, BLOCK.JOIN);

/** From the hub: raise `exc` in `glet` (gevent's `_kill`), then resume the killer if it waits. */
export function killCallback(g: unknown, exc: unknown, waiter: unknown): void {
  const hub = activeHub();
  const glet = g as Greenlet;
  if (waiter !== null) {
    const w = waiter as { g: RawGreenlet; token: number };
    hub.scheduleFirst(killDone, w.g, w.token);
  }
  killNow(hub, glet, exc);
}

/** Raise `exc` in `glet` from the hub; a never-started one dies without running. */
export function killNow(hub: Hub, glet: Greenlet, exc: unknown): void {
  if (glet.ready()) return;
  if (glet._state === STATE_NEW) return glet._dieBeforeStart(exc, HUB_GID as Gid);
  const name = exc instanceof Error ? exc.name : "Exception";
  hub.trace.emit(EV.KILLED, glet.gid, 0, hub.trace.intern(name), 0);
  hub.switchInto(glet, SWITCH_MODE.THROW, exc);
}

// A kill's raise is the victim's turn (it starts running its handlers): the scheduler lab offers
// it among the ready greenlets. One never started dies without running: no turn.
SWITCH_INS.set(killCallback, {
  kind: CANDIDATE.THROW,
  runs: (g) => {
    const glet = g as Greenlet;
    return !glet.ready() && glet._state === STATE_ACTIVE ? glet : null;
  },
});

function killDone(g: unknown, token: unknown): void {
  activeHub().switchNow(g as RawGreenlet, undefined, token as number);
}
