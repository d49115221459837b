/**
 * Primitive benchmarks (issue 4), trace on: a Queue(100) producer/consumer passing 1,000,000
 * items, Pool(100).map over 100,000 items that sleep(0), and an Event with 100,000 waiters set
 * once. Each as nanoseconds per item / waiter (best of 3 runs).
 * Run: `npx tsx bench/primitives.bench.ts`. Writes bench/results/primitives.json.
 */
import { writeFileSync } from "node:fs";
import { performance } from "node:perf_hooks";
import { joinall, sleep, spawn } from "../src/runtime/api/gevent";
import { Event } from "../src/runtime/api/gevent-event";
import { Pool } from "../src/runtime/api/gevent-pool";
import { Queue } from "../src/runtime/api/gevent-queue";
import { runProgram, type RunResult } from "../src/runtime/run";

const ITEMS = 1_000_000;
const TASKS = 100_000;
const WAITERS = 100_000;
const LIMITS = { maxEvents: 1e9, maxVirtualTime: 1e9 };

function best(runs: number, fn: () => RunResult): { ms: number; events: number } {
  let ms = Infinity;
  let events = 0;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    const r = fn();
    ms = Math.min(ms, performance.now() - t0);
    events = r.events;
    if (r.error) throw new Error(`${r.error.name}: ${r.error.message}`);
  }
  return { ms, events };
}

function queueProducerConsumer(): RunResult {
  return runProgram(function* () {
    const q = new Queue<number>(100);
    let sum = 0;
    const producer = spawn(function* () {
      for (let i = 0; i < ITEMS; i++) yield* q.put(i);
    });
    const consumer = spawn(function* () {
      for (let i = 0; i < ITEMS; i++) sum += yield* q.get();
    });
    yield* joinall([producer, consumer]);
    if (sum !== (ITEMS * (ITEMS - 1)) / 2) throw new Error("items lost");
  }, LIMITS);
}

function poolMap(): RunResult {
  return runProgram(function* () {
    const pool = new Pool(100);
    const items = Array.from({ length: TASKS }, (_, i) => i);
    const results = yield* pool.map(function* (n: number) {
      yield* sleep(0);
      return n;
    }, items);
    if (results.length !== TASKS || results[TASKS - 1] !== TASKS - 1) throw new Error("bad map");
  }, LIMITS);
}

function eventWaiters(): RunResult {
  return runProgram(function* () {
    const evt = new Event();
    let woken = 0;
    const gs = [];
    for (let i = 0; i < WAITERS; i++) {
      gs.push(
        spawn(function* () {
          yield* evt.wait();
          woken++;
        }),
      );
    }
    yield* sleep(0);
    evt.set();
    yield* sleep(0);
    if (woken !== WAITERS) throw new Error(`woke ${woken}`);
  }, LIMITS);
}

const queue = best(3, queueProducerConsumer);
const pool = best(3, poolMap);
const event = best(3, eventWaiters);

const results = {
  date: new Date().toISOString(),
  node: process.version,
  trace: true,
  queue_ns_per_item: (queue.ms * 1e6) / ITEMS,
  queue_events_per_item: queue.events / ITEMS,
  pool_map_ns_per_item: (pool.ms * 1e6) / TASKS,
  pool_map_events_per_item: pool.events / TASKS,
  event_ns_per_waiter: (event.ms * 1e6) / WAITERS,
  event_events_per_waiter: event.events / WAITERS,
  aims_ns: { queue_per_item: 150, pool_map_per_item: 3000, event_per_waiter: 1000 },
  gevent_reference_ns: { queue_per_item: 487, pool_map_per_item: 36900 },
};
writeFileSync(new URL("./results/primitives.json", import.meta.url), JSON.stringify(results, null, 2) + "\n");
console.log(JSON.stringify(results, null, 2));
