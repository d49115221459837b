import { activeHub } from "./context";
import type { Hub } from "./hub";

/**
 * State a module keeps for one run (the in-memory network, the requests host table): made on
 * first use in a run and dropped with its hub, so every run starts from the defaults and runs
 * never see each other's changes.
 */
export function perRun<T>(make: (hub: Hub) => T): (hub?: Hub) => T {
  const states = new WeakMap<Hub, T>();
  return (hub = activeHub()) => {
    let state = states.get(hub);
    if (state === undefined) {
      state = make(hub);
      states.set(hub, state);
    }
    return state;
  };
}

/**
 * A module-level table (`requests.hosts`, `socket.latency`) whose entries belong to the run in
 * progress: a program reads, changes, adds, deletes and prints it like a plain object, and the
 * next run starts from the defaults again.
 */
export function runTable<V>(table: () => Record<string, V>): Record<string, V> {
  const handler: ProxyHandler<Record<string, V>> = {
    get: (_t, key) => Reflect.get(table(), key),
    set: (_t, key, value) => Reflect.set(table(), key, value),
    has: (_t, key) => Reflect.has(table(), key),
    deleteProperty: (_t, key) => Reflect.deleteProperty(table(), key),
    ownKeys: () => Reflect.ownKeys(table()),
    defineProperty: (_t, key, descriptor) => Reflect.defineProperty(table(), key, descriptor),
    getOwnPropertyDescriptor(_t, key) {
      const d = Reflect.getOwnPropertyDescriptor(table(), key);
      // The proxy's own target stays empty, so every property must be reported configurable.
      return d === undefined ? undefined : { ...d, configurable: true };
    },
  };
  return new Proxy({} as Record<string, V>, handler);
}
