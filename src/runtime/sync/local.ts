import { activeHub } from "../kernel/context";
import { shortRepr } from "../py/format";
import type { Hub } from "../kernel/hub";
import type { RawGreenlet } from "../kernel/raw-greenlet";
import { kindName, roleOf, traceItem, traceState, type TraceRole, type Traced } from "./trace-role";
import { EV, OBJ } from "../tracing/trace-kinds";

type Dict = Record<string | symbol, unknown>;

/** Keys the runtime reads on any object (env's naming): answered without touching a greenlet's dict. */
const RUNTIME_KEYS = new Set<string | symbol>(["_traceId", "_traceName"]);

/** The state behind one `local`: a dictionary per greenlet, made (and `init` run) on first touch. */
class LocalState {
  readonly dicts = new WeakMap<RawGreenlet, Dict>();
  readonly hub: Hub;
  readonly traced: Traced;
  readonly role: TraceRole;
  /** The proxy learners hold: `init` runs with it as `this`. */
  proxy: object | null = null;
  private count = 0;

  constructor(private readonly args: unknown[]) {
    this.hub = activeHub();
    this.traced = { _traceId: this.hub.objectCreated(OBJ.LOCAL), _traceName: kindName(OBJ.LOCAL) };
    this.role = roleOf(this.traced, null);
  }

  /** The current greenlet's dictionary; the first touch makes it and runs `init(...args)`. */
  dict(): Dict {
    const g = this.hub.current;
    let d = this.dicts.get(g);
    if (d !== undefined) return d;
    d = Object.create(null) as Dict;
    this.dicts.set(g, d);
    traceState(this.hub, this.role, ++this.count);
    (this.proxy as local).init(...this.args);
    return d;
  }

  /** Record a property set (`value` defined) or deleted by the current greenlet. */
  traceChange(key: string | symbol, value: unknown, deleted: boolean): void {
    const hub = this.hub;
    const text = `${String(key)} = ${shortRepr(value, 40)}`;
    traceItem(
      hub,
      this.role,
      deleted ? EV.ITEM_OUT : EV.ITEM_IN,
      hub.trace.intern(text),
      hub.current.gid,
    );
  }
}

function hasSetter(target: object, key: string | symbol): boolean {
  for (let o: object | null = target; o !== null; o = Object.getPrototypeOf(o) as object | null) {
    const desc = Object.getOwnPropertyDescriptor(o, key);
    if (desc !== undefined) return desc.set !== undefined;
  }
  return false;
}

function handler(state: LocalState): ProxyHandler<object> {
  return {
    get(target, key, receiver) {
      if (RUNTIME_KEYS.has(key)) return state.traced[key as keyof Traced];
      const d = state.dict();
      return Object.hasOwn(d, key) ? d[key] : Reflect.get(target, key, receiver);
    },
    set(target, key, value, receiver) {
      if (key === "_traceName") {
        state.traced._traceName = String(value);
        return true;
      }
      if (hasSetter(target, key)) return Reflect.set(target, key, value, receiver);
      state.dict()[key] = value;
      state.traceChange(key, value, false);
      return true;
    },
    has: (target, key) => Object.hasOwn(state.dict(), key) || key in target,
    deleteProperty(target, key) {
      const d = state.dict();
      if (Object.hasOwn(d, key)) state.traceChange(key, d[key], true);
      return delete d[key];
    },
    ownKeys: () => Reflect.ownKeys(state.dict()),
    getOwnPropertyDescriptor(_target, key) {
      const d = state.dict();
      if (!Object.hasOwn(d, key)) return undefined;
      return { value: d[key], writable: true, enumerable: true, configurable: true };
    },
    defineProperty(target, key, desc) {
      state.dict()[key] = desc.value;
      state.traceChange(key, desc.value, false);
      return true;
    },
  };
}

/**
 * Greenlet-local storage (gevent's local): each greenlet sees only the properties it set itself
 * (`in`, `Object.keys` and `Object.entries` too). A subclass puts Python's `__init__` in
 * `init(...args)`: it runs with the constructor's arguments in the creating greenlet, and again
 * the first time each other greenlet touches the object.
 * — greenlet 本地存储：每个 greenlet 只能看到自己设置的属性（`in`、`Object.keys`、`Object.entries`
 * 也一样）。子类把 Python 的 `__init__` 写在 `init(...args)` 中：它在创建者 greenlet 中用构造参数运行，
 * 并在其他每个 greenlet 第一次访问该对象时再次运行。
 */
export class local {
  /** Its Python name, whatever a minifier calls the class. — 它的 Python 名字，不受压缩影响。 */
  // @ts-expect-error TS2699 is for assigned statics; this accessor comes with the class (fixClassName).
  static get name(): string {
    return "local";
  }

  // API.md: a local accepts any property, of any type; only `any` says that in TypeScript.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  [key: string]: any;

  constructor(...args: unknown[]) {
    const state = new LocalState(args);
    const proxy = new Proxy<local>(this, handler(state));
    state.proxy = proxy;
    state.dict();
    return proxy;
  }

  /**
   * Python's `__init__`: override it to set each greenlet's initial properties.
   * — Python 的 `__init__`：重写它来设置每个 greenlet 的初始属性。
   */
  init(..._args: unknown[]): void {}
}
