import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { joinall, sleep, spawn, type Greenlet } from "./api/gevent";
import { Event } from "./api/gevent-event";
import { BoundedSemaphore } from "./api/gevent-lock";
import { Pool } from "./api/gevent-pool";
import { Empty, Queue } from "./api/gevent-queue";
import { decodeEvents, objectOfType, type TestEvent } from "./primitives-testing";
import type { RunResult } from "./run";
import { runTest } from "./testing";
import { EV, OBJ } from "./tracing/trace-kinds";

/** A pause between steps: none, a turn (sleep(0)), or some virtual time. */
const pause = fc.constantFrom(-1, 0, 0, 0.5, 1);

function* rest(seconds: number): Generator<unknown, void, unknown> {
  if (seconds >= 0) yield* sleep(seconds);
}

/** The OBJ_STATE values recorded for the first object of `type`. */
function states(r: RunResult, type: number): number[] {
  const events: TestEvent[] = decodeEvents(r);
  const id = objectOfType(events, EV.OBJ_CREATED, type);
  return events.filter((e) => e.kind === EV.OBJ_STATE && e.a === id).map((e) => e.b);
}

/** The item that tells a consumer to stop. */
const STOP = "stop";

const producerConsumer = fc.record({
  maxsize: fc.option(fc.integer({ min: 1, max: 4 })),
  producers: fc.array(fc.array(pause, { minLength: 1, maxLength: 6 }), {
    minLength: 1,
    maxLength: 4,
  }),
  consumers: fc.array(fc.record({ pause, timeout: fc.option(fc.constantFrom(0.5, 2)) }), {
    minLength: 1,
    maxLength: 4,
  }),
});

describe("primitives under generated programs", () => {
  it("a queue loses no item, duplicates none, keeps each producer's order and stays within maxsize", () => {
    fc.assert(
      fc.property(producerConsumer, ({ maxsize, producers, consumers }) => {
        const total = producers.reduce((n, p) => n + p.length, 0) + consumers.length;
        const taken: string[] = [];
        const r = runTest(function* () {
          const q = new Queue<string>(maxsize);
          const ps = producers.map((pauses, p) =>
            spawn(function* () {
              for (let i = 0; i < pauses.length; i++) {
                yield* q.put(`${p}:${i}`);
                yield* rest(pauses[i]);
              }
            }),
          );
          const cs = consumers.map(({ pause: wait, timeout }) =>
            spawn(function* () {
              for (;;) {
                try {
                  const item = yield* q.get({ timeout });
                  if (item === STOP) return;
                  taken.push(item);
                } catch (e) {
                  if (!(e instanceof Empty)) throw e;
                }
                yield* rest(wait);
              }
            }),
          );
          yield* joinall(ps);
          for (let i = 0; i < cs.length; i++) yield* q.put(STOP);
          yield* joinall(cs);
        });
        expect(r.error).toBeNull();
        expect([...taken].sort()).toEqual(
          producers.flatMap((p, i) => p.map((_, j) => `${i}:${j}`)).sort(),
        );
        for (let p = 0; p < producers.length; p++) {
          const mine = taken
            .filter((t) => t.startsWith(`${p}:`))
            .map((t) => Number(t.split(":")[1]));
          expect(mine).toEqual([...mine].sort((a, b) => a - b));
        }
        const lengths = states(r, OBJ.QUEUE);
        expect(Math.max(...lengths)).toBeLessThanOrEqual(maxsize ?? total);
        expect(lengths[lengths.length - 1]).toBe(0);
      }),
      { numRuns: 150 },
    );
  });

  it("a bounded semaphore's counter stays within [0, bound] and never admits more than bound holders", () => {
    const workers = fc.array(
      fc.record({
        hold: pause,
        mode: fc.constantFrom("block", "timeout", "try"),
        rounds: fc.integer({ min: 1, max: 3 }),
      }),
      { minLength: 1, maxLength: 6 },
    );
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 3 }), workers, (bound, specs) => {
        let holders = 0;
        let most = 0;
        const r = runTest(function* () {
          const sem = new BoundedSemaphore(bound);
          const gs = specs.map((s) =>
            spawn(function* () {
              for (let i = 0; i < s.rounds; i++) {
                const got =
                  s.mode === "block"
                    ? yield* sem.acquire()
                    : yield* sem.acquire(s.mode === "try" ? { blocking: false } : { timeout: 0.5 });
                if (!got) continue;
                most = Math.max(most, ++holders);
                yield* rest(s.hold);
                holders--;
                sem.release();
              }
            }),
          );
          yield* joinall(gs);
        });
        expect(r.error).toBeNull();
        expect(most).toBeLessThanOrEqual(bound);
        const counters = states(r, OBJ.BOUNDED_SEMAPHORE);
        expect(Math.min(...counters)).toBeGreaterThanOrEqual(0);
        expect(Math.max(...counters)).toBeLessThanOrEqual(bound);
        expect(counters[counters.length - 1]).toBe(bound);
      }),
      { numRuns: 150 },
    );
  });

  it("a pool never holds nor runs more than its size", () => {
    const spawners = fc.array(fc.array(pause, { minLength: 1, maxLength: 5 }), {
      minLength: 1,
      maxLength: 4,
    });
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 3 }), spawners, (size, plans) => {
        let running = 0;
        let most = 0;
        let biggest = 0;
        const r = runTest(function* () {
          const pool = new Pool(size);
          function* task(seconds: number) {
            most = Math.max(most, ++running);
            biggest = Math.max(biggest, pool.length);
            yield* rest(seconds);
            running--;
          }
          const gs: Greenlet[] = plans.map((plan) =>
            spawn(function* () {
              for (const seconds of plan) yield* pool.spawn(task, seconds);
            }),
          );
          yield* joinall(gs);
          yield* pool.join();
        });
        expect(r.error).toBeNull();
        expect(most).toBeLessThanOrEqual(size);
        expect(biggest).toBeLessThanOrEqual(size);
        expect(Math.max(...states(r, OBJ.POOL))).toBeLessThanOrEqual(size);
      }),
      { numRuns: 150 },
    );
  });

  it("an event wakes its waiters in the order they began to wait", () => {
    fc.assert(
      fc.property(
        fc.array(pause, { minLength: 1, maxLength: 8 }),
        fc.constantFrom(0, 0.5, 1, 3),
        (delays, setAt) => {
          const began: number[] = [];
          const woke: number[] = [];
          runTest(function* () {
            const evt = new Event();
            const gs = delays.map((d, i) =>
              spawn(function* () {
                yield* rest(d);
                began.push(i);
                yield* evt.wait();
                woke.push(i);
              }),
            );
            yield* sleep(setAt);
            evt.set();
            yield* joinall(gs);
          });
          expect(woke).toEqual(began);
        },
      ),
      { numRuns: 150 },
    );
  });
});
