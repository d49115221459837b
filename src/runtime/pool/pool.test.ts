import { describe, expect, it } from "vitest";
import { time } from "../io/time-module";
import { Greenlet, joinall, sleep, spawn } from "../api/gevent";
import { Pool, PoolFull } from "../api/gevent-pool";
import { decodeEvents, objectOfType } from "../primitives-testing";
import { lines, runTest } from "../testing";
import { BLOCK, EV, OBJ } from "../tracing/trace-kinds";

describe("Pool", () => {
  it("blocks spawn while full, letting spawners in in arrival order as members finish", () => {
    const r = runTest(function* (print) {
      const pool = new Pool(2);
      function* spawner(name: string, seconds: number) {
        yield* pool.spawn(() => sleep(seconds));
        print(`${name} spawned at size ${pool.length}`);
      }
      yield* joinall([
        spawn(spawner, "a", 2),
        spawn(spawner, "b", 1),
        spawn(spawner, "c", 1),
        spawn(spawner, "d", 1),
      ]);
      yield* pool.join();
    });
    expect(lines(r)).toEqual([
      "a spawned at size 1",
      "b spawned at size 2",
      "c spawned at size 2",
      "d spawned at size 1",
    ]);
    expect(r.elapsed).toBe(3);
  });

  it("reports freeCount, full and waitAvailable", () => {
    const r = runTest(function* (print) {
      const pool = new Pool(2);
      print(pool.size, pool.freeCount(), pool.full());
      yield* pool.spawn(() => sleep(1));
      yield* pool.spawn(() => sleep(2));
      print(pool.freeCount(), pool.full());
      print("available", yield* pool.waitAvailable());
      print(pool.freeCount(), pool.full());
      const unlimited = new Pool();
      print(
        unlimited.size,
        unlimited.freeCount(),
        unlimited.full(),
        yield* unlimited.waitAvailable(),
      );
    });
    expect(lines(r)).toEqual(["2 2 false", "0 true", "available 1", "1 false", "null 1 false 1"]);
    expect(r.elapsed).toBe(1);
  });

  it("throws PoolFull from add when full and not blocking, or after the timeout", () => {
    const r = runTest(function* (print) {
      const pool = new Pool(1);
      yield* pool.spawn(() => sleep(5));
      for (const options of [{ blocking: false }, { timeout: 0.5 }]) {
        try {
          yield* pool.add(new Greenlet(() => 1), options);
        } catch (e) {
          print(e instanceof PoolFull, (e as Error).name);
        }
      }
      print(yield* pool.waitAvailable(0.5));
    });
    expect(lines(r)).toEqual(["true PoolFull", "true PoolFull", "0"]);
    expect(r.elapsed).toBe(1);
  });

  it("runs map with at most size tasks at a time (gevent: len(pool) seen as 2, 2, 1)", () => {
    const r = runTest(function* (print) {
      const pool = new Pool(2);
      yield* pool.map((_n: number) => print(`size ${pool.length}`), [0, 1, 2]);
    });
    expect(lines(r)).toEqual(["size 2", "size 2", "size 1"]);
  });

  it("bounds imapUnordered by its size", () => {
    const r = runTest(function* (print) {
      const pool = new Pool(2);
      function* task(n: number) {
        yield* sleep(1);
        return `${n}@${pool.length}`;
      }
      print(yield* pool.imapUnordered(task, [0, 1, 2, 3, 4]).toArray());
    });
    expect(lines(r)).toEqual(["['0@2', '1@2', '2@2', '3@2', '4@1']"]);
    expect(r.elapsed).toBe(3);
  });

  it("returns from applyAsync at once on a full pool: the work waits for a slot in its own greenlet", () => {
    const r = runTest(function* (print) {
      const pool = new Pool(1);
      function* work(n: number) {
        yield* sleep(1);
        print("work", n, time());
        return n;
      }
      yield* pool.spawn(work, 0);
      const g = yield* pool.applyAsync(work, [1], (result) => print("callback", result));
      print("returned at", time(), "member:", pool.has(g), "free:", pool.freeCount());
      print("result", yield* g.get());
      yield* sleep(0);
    });
    expect(lines(r)).toEqual([
      "returned at 0 member: false free: 0",
      "work 0 1",
      "work 1 2",
      "callback 1",
      "result 1",
    ]);
  });

  it("does not switch in applyAsync on a full pool", () => {
    const r = runTest(function* (print) {
      const pool = new Pool(1);
      yield* pool.spawn(() => sleep(1));
      spawn(() => print("other greenlet"));
      yield* pool.applyAsync(() => "late");
      print("applyAsync returned");
      yield* sleep(0);
    });
    expect(lines(r)).toEqual(["applyAsync returned", "other greenlet"]);
  });

  it("rejects a negative size with ValueError", () => {
    const r = runTest(function* (print) {
      try {
        new Pool(-1);
      } catch (e) {
        print(`${(e as Error).name}: ${(e as Error).message}`);
      }
    });
    expect(lines(r)).toEqual(["ValueError: size must not be negative: -1"]);
  });

  it("records its size and occupancy, and shows spawners blocked waiting for a slot", () => {
    const r = runTest(function* () {
      const pool = new Pool(1);
      yield* pool.spawn(() => sleep(1));
      yield* pool.spawn(() => sleep(1));
      yield* pool.join();
    });
    const events = decodeEvents(r);
    const id = objectOfType(events, EV.OBJ_CREATED, OBJ.POOL);
    expect(events.filter((e) => e.kind === EV.OBJ_CREATED).length).toBe(1);
    const mine = events.filter((e) => e.a === id);
    expect(mine.find((e) => e.kind === EV.OBJ_LIMIT)?.b).toBe(1);
    expect(mine.filter((e) => e.kind === EV.OBJ_STATE).map((e) => e.b)).toEqual([0, 1, 0, 1, 0]);
    const blocked = events.filter((e) => e.kind === EV.BLOCKED && e.b === id);
    expect(blocked.map((e) => e.a)).toEqual([BLOCK.POOL_SLOT, BLOCK.WAIT_ANY]);
  });
});
