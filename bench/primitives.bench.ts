/**
 * Primitive benchmarks (issue 4), trace on: a Queue(100) producer/consumer passing 1,000,000
 * items, Pool(100).map over 100,000 items that sleep(0), and an Event with 100,000 waiters set
 * once, as nanoseconds per item / waiter. Each figure is the best of RUNS runs, in wall time and
 * in process CPU time where the engine gives it (the machine is shared: CPU time is less
 * disturbed by other processes; Chromium gives none).
 * The event's figure is also split: spawning the waiters, their first turn (start and block),
 * and from `set` until every waiter has run. Two kernel baselines, without the primitives, show
 * what the greenlets alone cost: the pool's workload as plain spawn + get, and 100,000 greenlets
 * that each block once (on sleep(0)) and finish.
 * Run: `npm run bench primitives` (built and minified as the runner ships; see run-all.mjs).
 * Writes bench/results/primitives.json.
 */
import { FLOOR_SWITCHES, REFERENCE_FLOOR_NS, besideFloor, type BesideFloor } from "./floor";
import { host } from "./host";
import { joinall, sleep, spawn } from "../src/runtime/api/gevent";
import { Event } from "../src/runtime/api/gevent-event";
import { Pool } from "../src/runtime/api/gevent-pool";
import { Queue } from "../src/runtime/api/gevent-queue";
import { runProgram, type RunResult } from "../src/runtime/run";

const ITEMS = 1_000_000;
const TASKS = 100_000;
const WAITERS = 100_000;
const RUNS = 9;
const LIMITS = { maxEvents: 1e9, maxVirtualTime: 1e9 };

/** Untimed pairs first, so each side is measured at its steady state (Chromium tiers up late). */
const WARMUP_ROUNDS = 2;

/** `fn` (doing `ops` operations) alternating with the floor; a failed run throws. */
function measure(fn: () => RunResult, ops: number): BesideFloor<RunResult> {
  const checked = () => {
    const r = fn();
    if (r.error) throw new Error(`${r.error.name}: ${r.error.message}`);
    return r;
  };
  return besideFloor(checked, ops, { runs: RUNS, warmup: WARMUP_ROUNDS });
}

function queueProducerConsumer(): RunResult {
  return runProgram(function* () {
    const q = new Queue<number>(100);
    let sum = 0;
    function* producer() {
      for (let i = 0; i < ITEMS; i++) yield* q.put(i);
    }
    function* consumer() {
      for (let i = 0; i < ITEMS; i++) sum += yield* q.get();
    }
    yield* joinall([spawn(producer), spawn(consumer)]);
    if (sum !== (ITEMS * (ITEMS - 1)) / 2) throw new Error("items lost");
  }, LIMITS);
}

function* napTask(_n: number) {
  yield* sleep(0);
}

function poolMap(): RunResult {
  return runProgram(function* () {
    const pool = new Pool(100);
    const items = Array.from({ length: TASKS }, (_, i) => i);
    const results = yield* pool.map(napTask, items);
    if (results.length !== TASKS) throw new Error("bad map");
  }, LIMITS);
}

/** The clock of the event's phases: CPU time where the engine gives it, else wall time. */
const PHASE_CLOCK = host.cpuMs() === null ? "wall" : "cpu";
const phaseClock = () => host.cpuMs() ?? performance.now();

/** The event's phase times, each the best over the runs, in milliseconds of PHASE_CLOCK. */
const phases = { spawn: Infinity, firstTurn: Infinity, setToAllRun: Infinity };

function eventWaiters(): RunResult {
  return runProgram(function* () {
    const evt = new Event();
    let woken = 0;
    function* waiter() {
      yield* evt.wait();
      woken++;
    }
    const c0 = phaseClock();
    for (let i = 0; i < WAITERS; i++) spawn(waiter);
    const c1 = phaseClock();
    yield* sleep(0);
    const c2 = phaseClock();
    evt.set();
    yield* sleep(0);
    const c3 = phaseClock();
    if (woken !== WAITERS) throw new Error(`woke ${woken}`);
    phases.spawn = Math.min(phases.spawn, c1 - c0);
    phases.firstTurn = Math.min(phases.firstTurn, c2 - c1);
    phases.setToAllRun = Math.min(phases.setToAllRun, c3 - c2);
  }, LIMITS);
}

/** Baseline for the pool: the same tasks, spawned without a pool, then each `get` in order. */
function kernelSpawnGet(): RunResult {
  return runProgram(function* () {
    const gs = [];
    for (let i = 0; i < TASKS; i++) gs.push(spawn(napTask, i));
    for (const g of gs) yield* g.get();
  }, LIMITS);
}

function* napOnce() {
  yield* sleep(0);
}

/** Baseline for the event: as many greenlets, each blocking once (sleep(0)) and finishing. */
function kernelBlockOnce(): RunResult {
  return runProgram(function* () {
    for (let i = 0; i < WAITERS; i++) spawn(napOnce);
    yield* sleep(0);
    yield* sleep(0);
  }, LIMITS);
}

const perItem = (ms: number, n: number) => Math.round((ms * 1e6) / n);
/** Wall and (where the engine tells) CPU nanoseconds per item of the best run. */
const nsPer = (f: BesideFloor<RunResult>, n: number) => ({
  wall: perItem(f.bestMs, n),
  cpu: f.bestCpuMs === null ? null : perItem(f.bestCpuMs, n),
});
const ratio = (f: BesideFloor<RunResult>) => Math.round(f.ratio * 100) / 100;
const ratioOfAim = (ns: number) => Math.round((ns / REFERENCE_FLOOR_NS) * 100) / 100;

const queue = measure(queueProducerConsumer, ITEMS);
const pool = measure(poolMap, TASKS);
const event = measure(eventWaiters, WAITERS);
const spawnGet = measure(kernelSpawnGet, TASKS);
const blockOnce = measure(kernelBlockOnce, WAITERS);

const results = {
  date: new Date().toISOString(),
  engine: host.engine,
  /** How the runtime was compiled for this run (run-all.mjs builds it as the runner ships). */
  build: host.build,
  trace: true,
  runs: RUNS,
  queue_ns_per_item: nsPer(queue, ITEMS),
  queue_vs_floor: ratio(queue),
  queue_events_per_item: queue.value.events / ITEMS,
  pool_map_ns_per_item: nsPer(pool, TASKS),
  pool_map_vs_floor: ratio(pool),
  pool_map_events_per_item: pool.value.events / TASKS,
  event_ns_per_waiter: nsPer(event, WAITERS),
  event_vs_floor: ratio(event),
  event_phases_clock: PHASE_CLOCK,
  event_phases_ns_per_waiter: {
    spawn: perItem(phases.spawn, WAITERS),
    first_turn_start_and_block: perItem(phases.firstTurn, WAITERS),
    set_until_all_ran: perItem(phases.setToAllRun, WAITERS),
  },
  event_events_per_waiter: event.value.events / WAITERS,
  kernel_baselines_ns: {
    spawn_then_get_per_greenlet: nsPer(spawnGet, TASKS),
    spawn_block_once_finish_per_greenlet: nsPer(blockOnce, WAITERS),
  },
  trampoline_floor_ns_per_switch:
    Math.round((Math.min(queue.floorMs, pool.floorMs, event.floorMs) * 1e7) / FLOOR_SWITCHES) / 10,
  aims_ns: { queue_per_item: 150, pool_map_per_item: 3000, event_per_waiter: 1000 },
  /**
   * The same aims in floors of issue 3's reference machine (29 ns per switch): the `_vs_floor`
   * figures, each the median of runs paired with the floor, hold whatever the load.
   */
  aims_vs_floor: {
    queue: ratioOfAim(150),
    pool_map: ratioOfAim(3000),
    event: ratioOfAim(1000),
  },
  gevent_reference_ns: { queue_per_item: 487, pool_map_per_item: 36900 },
};
host.writeResults("primitives.json", results);
