import * as gevent from "./gevent";
import * as greenlet from "./greenlet";
import * as random from "./random";
import * as time from "./time";
import * as socket from "./socket";
import * as requests from "./requests";
import * as geventMonkey from "./gevent-monkey";
import * as geventEvent from "./gevent-event";
import * as geventQueue from "./gevent-queue";
import * as geventPool from "./gevent-pool";
import * as geventLock from "./gevent-lock";
import * as geventLocal from "./gevent-local";

/**
 * The modules a learner program can import, by the names of API.md. Each module is one file in
 * this folder; the editor's type declarations are generated from the same files.
 */
const MODULES: Record<string, Record<string, unknown>> = {
  gevent,
  greenlet,
  time,
  random,
  socket,
  requests,
  "gevent/monkey": geventMonkey,
  "gevent/event": geventEvent,
  "gevent/queue": geventQueue,
  "gevent/pool": geventPool,
  "gevent/lock": geventLock,
  "gevent/local": geventLocal,
};

export function loadModule(name: string): Record<string, unknown> | undefined {
  return Object.prototype.hasOwnProperty.call(MODULES, name) ? MODULES[name] : undefined;
}

export function moduleNames(): string[] {
  return Object.keys(MODULES);
}

/** Register a module (used by the module files of later layers). */
export function registerModule(name: string, exports: Record<string, unknown>): void {
  MODULES[name] = exports;
}
