/**
 * The few numbers of the trace vocabulary (src/runtime/trace-kinds.ts) that the exercise checks
 * read. lessons/ may take only types from src, so the values are repeated here, each typed as
 * the runtime's own constant: if the runtime renumbers one, this file stops compiling.
 */
import type {
  BLOCK,
  EV,
  GREENLET_TYPE,
  HUB_GID,
  MAIN_GID,
  OBJ,
} from "../src/runtime/tracing/trace-kinds";

export const KIND = {
  CREATED: 2 as (typeof EV)["CREATED"],
  STARTED: 3 as (typeof EV)["STARTED"],
  SWITCH: 4 as (typeof EV)["SWITCH"],
  BLOCKED: 5 as (typeof EV)["BLOCKED"],
  WOKEN: 6 as (typeof EV)["WOKEN"],
  FINISHED: 7 as (typeof EV)["FINISHED"],
  FAILED: 8 as (typeof EV)["FAILED"],
  KILLED: 9 as (typeof EV)["KILLED"],
  OBJ_CREATED: 13 as (typeof EV)["OBJ_CREATED"],
  OBJ_NAMED: 14 as (typeof EV)["OBJ_NAMED"],
  OBJ_STATE: 15 as (typeof EV)["OBJ_STATE"],
  OUTPUT: 18 as (typeof EV)["OUTPUT"],
  HUB_HELD: 20 as (typeof EV)["HUB_HELD"],
  ABANDONED: 23 as (typeof EV)["ABANDONED"],
  PREEMPTED: 28 as (typeof EV)["PREEMPTED"],
} as const;

export const HUB: typeof HUB_GID = 0;
export const MAIN: typeof MAIN_GID = 1;
export const GREENLET_TYPES = {
  RAW: 2 as (typeof GREENLET_TYPE)["RAW"],
  GREENLET: 3 as (typeof GREENLET_TYPE)["GREENLET"],
} as const;

/**
 * Why a greenlet blocked, by the name an exercise uses (the runtime's BLOCK key in lower case).
 * `satisfies` keeps each number the runtime's; lessons.test.ts checks that none is missing.
 */
export const BLOCK_REASONS = {
  sleep: 1,
  join: 2,
  event_wait: 3,
  queue_get: 4,
  queue_put: 5,
  lock_acquire: 6,
  pool_slot: 7,
  raw_switch: 8,
  socket: 9,
  result_get: 10,
  queue_join: 11,
  wait_any: 12,
  idle: 13,
  hub: 14,
  yield: 15,
  preempt: 16,
} as const satisfies { [K in Lowercase<keyof typeof BLOCK>]: (typeof BLOCK)[Uppercase<K>] };

export type BlockReasonName = keyof typeof BLOCK_REASONS;

export const isBlockReasonName = (name: unknown): name is BlockReasonName =>
  typeof name === "string" && Object.hasOwn(BLOCK_REASONS, name);

/** The runtime's object types by name (OBJ's keys in lower case), for labels like `queue #3`. */
export const OBJECT_TYPES = {
  timer: 1,
  event: 2,
  async_result: 3,
  queue: 4,
  semaphore: 5,
  lock: 6,
  rlock: 7,
  group: 8,
  pool: 9,
  local: 10,
  socket: 11,
  timeout: 12,
  joinable_queue: 13,
  lifo_queue: 14,
  priority_queue: 15,
  bounded_semaphore: 16,
} as const satisfies { [K in Lowercase<keyof typeof OBJ>]: (typeof OBJ)[Uppercase<K>] };

export type ObjectTypeName = keyof typeof OBJECT_TYPES;

export const isObjectTypeName = (name: unknown): name is ObjectTypeName =>
  typeof name === "string" && Object.hasOwn(OBJECT_TYPES, name);

const TYPE_NAMES = new Map<number, string>(
  Object.entries(OBJECT_TYPES).map(([name, type]) => [type, name]),
);

/** The name of an object type number (`queue`), or `object` for one this file does not know. */
export const objectTypeName = (type: number): string => TYPE_NAMES.get(type) ?? "object";
