import { activeHub } from "./context";
import { AttributeError, GreenletExit, PyTypeError, ValueError } from "../py/errors";
import { MUST_BLOCK, NO_ARGS, Suspend, reasonOf, type Operation } from "./operation";
import type { Hub } from "./hub";
import type { Gid } from "./ids";
import {
  BLOCK,
  GREENLET_TYPE,
  MAIN_GID,
  SWITCH_MODE,
  type BlockReason,
  type GreenletType,
} from "../tracing/trace-kinds";

/** Any function a greenlet can run: plain or generator, any arguments. */
// Parameters are `never[]` so that every function type is assignable; the hub calls it untyped.
export type AnyFn = (...args: never[]) => unknown;

/** A greenlet's life: never started, started and not finished, finished. */
export type GreenletState = typeof STATE_NEW | typeof STATE_ACTIVE | typeof STATE_DEAD;
export const STATE_NEW = 0;
export const STATE_ACTIVE = 1;
export const STATE_DEAD = 2;

/** True for what a generator function returns: the hub then drives it as the greenlet's body. */
export function isIterator(value: unknown): value is Iterator<unknown, unknown, unknown> {
  return (
    typeof value === "object" &&
    value !== null &&
    typeof (value as { next?: unknown }).next === "function" &&
    typeof (value as { [Symbol.iterator]?: unknown })[Symbol.iterator] === "function"
  );
}

/**
 * A raw greenlet (Python's `greenlet.greenlet`): a coroutine switched to explicitly with
 * `switch` and `throw`; when it finishes, its return value goes to its parent.
 * — 原始 greenlet：用 `switch`/`throw` 显式切换；结束时返回值交给父 greenlet。
 */
export class RawGreenlet {
  /** Its Python name, whatever a minifier calls the class. — 它的 Python 名字，不受压缩影响。 */
  // @ts-expect-error TS2699 is for assigned statics; this accessor comes with the class (fixClassName).
  static get name(): string {
    return "greenlet";
  }

  /**
   * Trace id: 0 is the hub, 1 the main greenlet (a plain `greenlet`, as in greenlet, told apart
   * by its id), then in creation order.
   */
  readonly gid: Gid;
  /** @internal */ _parent: RawGreenlet | null;
  /** @internal */ _fn: AnyFn | undefined;
  /** @internal changed by the hub only */ _state: GreenletState = STATE_NEW;
  /** @internal */ _it: Iterator<unknown, unknown, unknown> | null = null;
  /** @internal what it waits on while suspended */ _blockedOn: Suspend<unknown> | null = null;
  /** @internal bumped at every suspension, so a stale wake-up is recognised */ _token = 0;
  /** @internal the `yield*` site where it last stopped */ _site = 0;
  /** @internal its slot in the hub's list of live greenlets (live-greenlets.ts), -1 when dead */
  _liveIndex = -1;

  constructor(run?: AnyFn, parent?: RawGreenlet | null) {
    const hub = activeHub();
    this.gid = hub.allocGid();
    this._fn = run;
    this._parent = parent === undefined ? hub.currentOrNull() : parent;
    hub.greenletCreated(this);
  }

  /** @internal The kind of greenlet, for the trace. */
  traceType(): GreenletType {
    return this.gid === MAIN_GID ? GREENLET_TYPE.MAIN : GREENLET_TYPE.RAW;
  }

  /**
   * @internal Call the greenlet's function with the first switch's args. A returned iterator
   * (a generator function's) becomes the body the hub drives; anything else is the result.
   */
  _call(args: unknown[]): unknown {
    // Without a function of its own, a subclass's `run` (greenlet's `run` attribute).
    const fn: unknown = this._fn ?? (this as { run?: unknown }).run;
    return typeof fn === "function"
      ? (fn as (...a: unknown[]) => unknown).apply(this, args)
      : undefined;
  }

  /** @internal A description of what it runs: `fn(args)`. */
  _describeFn(): string {
    return this._fnName();
  }

  /** @internal The name of the function it runs, without its arguments. */
  _fnName(): string {
    if (this._fn === undefined && typeof (this as { run?: unknown }).run === "function")
      return "run";
    return this._fn?.name || "<anonymous>";
  }

  /** The parent: where control goes when this greenlet finishes. — 父 greenlet：结束后控制权交给它。 */
  get parent(): RawGreenlet | null {
    return this._parent;
  }
  set parent(p: RawGreenlet) {
    if (this.gid === MAIN_GID) throw new AttributeError("cannot set the parent of a main greenlet");
    if (!(p instanceof RawGreenlet)) {
      const type = p === null ? "NoneType" : typeof p;
      throw new PyTypeError(`GreenletChecker: Expected any type of greenlet, not ${type}`);
    }
    for (let at: RawGreenlet | null = p; at !== null; at = at._parent) {
      if (at === this) throw new ValueError("cyclic parent chain");
    }
    this._parent = p;
  }

  /** True once it has finished. — 已结束时为 true。 */
  get dead(): boolean {
    return this._state === STATE_DEAD;
  }

  /** True once started and until it finishes. — 已启动且未结束时为 true。 */
  get active(): boolean {
    return this._state === STATE_ACTIVE;
  }

  /**
   * Transfer control to this greenlet. The first switch passes `args` to its function; later the
   * receiver gets the one value, `[]` for none (frozen, like Python's `()`), or an array for several.
   * — 切换到这个 greenlet。第一次切换把 `args` 传给它的函数；之后对方收到这个值（无值为冻结的 `[]`，如 Python 的 `()`；多个为数组）。
   */
  switch(...args: unknown[]): Operation<unknown>;
  switch(): Operation<unknown> {
    // `arguments` rather than a rest parameter: the common switch without values allocates no array.
    const n = arguments.length;
    // eslint-disable-next-line prefer-rest-params
    return new SwitchOp(this, n === 0 ? NO_ARGS : Array.prototype.slice.call(arguments));
  }

  /**
   * Raise `error` (a class or an instance; default GreenletExit) inside this greenlet.
   * — 在这个 greenlet 内抛出 `error`（类或实例；默认 GreenletExit）。
   */
  throw(error?: unknown): Operation<unknown> {
    return new ThrowOp(this, error);
  }

  toString(): string {
    return this.gid === MAIN_GID ? "<main greenlet>" : `<greenlet ${this.gid}>`;
  }
}

/** The first greenlet up the parent chain that is not dead. */
export function liveAncestor(g: RawGreenlet): RawGreenlet | null {
  let at: RawGreenlet | null = g;
  while (at !== null && at.dead) at = at._parent;
  return at;
}

/** Pack switch arguments the way greenlet hands them to a suspended receiver. */
export function packArgs(args: readonly unknown[]): unknown {
  if (args.length === 0) return NO_ARGS;
  if (args.length === 1) return args[0];
  return args;
}

/**
 * `g.switch(...)`: a direct transfer that bypasses the hub's queue. The commonest operation of a
 * raw greenlet program, so it keeps two fields: where the transfer goes is found again in
 * `perform`, which runs right after `tryNow` with nothing in between that could kill a greenlet.
 */
class SwitchOp extends Suspend<unknown> {
  declare readonly reason: BlockReason;

  constructor(
    private readonly target: RawGreenlet,
    private readonly args: readonly unknown[],
  ) {
    super();
  }

  protected tryNow(hub: Hub): unknown {
    const to = liveAncestor(this.target);
    return to === null || to === hub.current ? packArgs(this.args) : MUST_BLOCK;
  }

  perform(hub: Hub): void {
    const to = liveAncestor(this.target) as RawGreenlet;
    if (to._state === STATE_NEW) hub.transfer(to, SWITCH_MODE.START, this.args);
    else hub.transfer(to, SWITCH_MODE.VALUE, packArgs(this.args));
  }

  describe(): string {
    return `switch to greenlet ${this.target.gid}`;
  }
}
reasonOf(SwitchOp, BLOCK.RAW_SWITCH);

/** `g.throw(error)`: raise `error` in the target, a direct transfer like a switch. */
class ThrowOp extends Suspend<unknown> {
  declare readonly reason: BlockReason;

  constructor(
    private readonly target: RawGreenlet,
    private readonly error: unknown,
  ) {
    super();
  }

  protected tryNow(hub: Hub): unknown {
    const to = liveAncestor(this.target);
    if (to !== null && to !== hub.current) return MUST_BLOCK;
    // Into itself: raised right here. Into a dead greenlet whose live ancestor is the caller: the
    // dead one "dies" of it again, so a GreenletExit comes back as its value, as in greenlet.
    const exc = hub.makeException(this.error);
    if (this.target.dead && exc instanceof GreenletExit) return exc;
    throw exc;
  }

  perform(hub: Hub): void {
    const to = liveAncestor(this.target) as RawGreenlet;
    const exc = hub.makeException(this.error);
    if (this.target.dead && exc instanceof GreenletExit) hub.transfer(to, SWITCH_MODE.VALUE, exc);
    else hub.transfer(to, SWITCH_MODE.THROW, exc);
  }

  describe(): string {
    return `throw to greenlet ${this.target.gid}`;
  }
}
reasonOf(ThrowOp, BLOCK.RAW_SWITCH);
