import { describe, expect, it } from "vitest";
import { Timeout, joinall, sleep, spawn } from "../api/gevent";
import { Empty, Full, Queue, StopIteration } from "../api/gevent-queue";
import { decodeEvents, objectOfType, traceString } from "../primitives-testing";
import { lines, runTest } from "../testing";
import { BLOCK, EV, NO_LIMIT, OBJ } from "../tracing/trace-kinds";

describe("Queue", () => {
  it("hands items out first in, first out", () => {
    const r = runTest(function* (print) {
      const q = new Queue<number>();
      for (const i of [3, 1, 2]) yield* q.put(i);
      print(q.qsize(), yield* q.get(), yield* q.get(), q.getNowait(), q.empty());
    });
    expect(lines(r)).toEqual(["3 3 1 2 true"]);
  });

  it("serves blocked getters in the order they arrived", () => {
    const r = runTest(function* (print) {
      const q = new Queue<string>();
      const getters = ["a", "b", "c"].map((name) =>
        spawn(function* () {
          print(name, "got", yield* q.get());
        }),
      );
      yield* sleep(0);
      for (const item of ["x", "y", "z"]) q.putNowait(item);
      yield* joinall(getters);
    });
    expect(lines(r)).toEqual(["a got x", "b got y", "c got z"]);
  });

  it("serves blocked putters in the order they arrived, each item entering in that order", () => {
    const r = runTest(function* (print) {
      const q = new Queue<string>(1);
      q.putNowait("first");
      const putters = ["a", "b", "c"].map((name) =>
        spawn(function* () {
          yield* q.put(name);
          print(`${name} put`);
        }),
      );
      yield* sleep(0);
      const got: string[] = [];
      for (let i = 0; i < 4; i++) got.push(yield* q.get());
      print(got.join(" "));
      yield* joinall(putters);
    });
    expect(lines(r)).toEqual(["a put", "b put", "c put", "first a b c"]);
  });

  it("hands over to a waiting getter from a hub callback, after greenlets already scheduled", () => {
    const r = runTest(function* (print) {
      const q = new Queue<number>();
      spawn(function* () {
        print("got", yield* q.get());
      });
      yield* sleep(0);
      spawn(() => print("spawned before the put"));
      q.putNowait(1);
      print("put, not yet yielded");
      yield* sleep(0);
      print("main again");
    });
    expect(lines(r)).toEqual([
      "put, not yet yielded",
      "spawned before the put",
      "got 1",
      "main again",
    ]);
  });

  it("lets a blocked putter in when a getter empties the queue, as gevent's unlock does", () => {
    const r = runTest(function* (print) {
      const q = new Queue<number>(2);
      spawn(function* () {
        for (const i of [1, 2, 3]) yield* q.put(i);
        print("producer put 3");
      });
      yield* sleep(0);
      for (let i = 0; i < 3; i++) print("got", yield* q.get());
    });
    expect(lines(r)).toEqual(["got 1", "got 2", "producer put 3", "got 3"]);
  });

  it("throws Empty and Full when it cannot wait: nowait forms, block false, timeouts", () => {
    const r = runTest(function* (print) {
      const q = new Queue<number>(1);
      const attempts: Array<[string, () => Generator<unknown, unknown, unknown>]> = [
        [
          "getNowait",
          function* () {
            return q.getNowait();
          },
        ],
        [
          "get block false",
          function* () {
            return yield* q.get({ block: false });
          },
        ],
        [
          "get timeout",
          function* () {
            return yield* q.get({ timeout: 0.5 });
          },
        ],
        [
          "putNowait twice",
          function* () {
            q.putNowait(1);
            q.putNowait(2);
          },
        ],
        [
          "put block false",
          function* () {
            yield* q.put(3, { block: false });
          },
        ],
        [
          "put timeout",
          function* () {
            yield* q.put(3, { timeout: 0.25 });
          },
        ],
      ];
      for (const [name, attempt] of attempts) {
        try {
          yield* attempt();
          print(name, "did not throw");
        } catch (e) {
          print(name, e instanceof Empty ? "Empty" : e instanceof Full ? "Full" : String(e));
        }
      }
    });
    expect(lines(r)).toEqual([
      "getNowait Empty",
      "get block false Empty",
      "get timeout Empty",
      "putNowait twice Full",
      "put block false Full",
      "put timeout Full",
    ]);
    expect(r.elapsed).toBe(0.75);
  });

  it("reports its size: qsize, length, empty, full, maxsize (null when unbounded), peek", () => {
    const r = runTest(function* (print) {
      const q = new Queue<string>(2);
      print(q.maxsize, q.empty(), q.full());
      q.putNowait("a");
      q.putNowait("b");
      print(q.qsize(), q.length, q.full(), q.peek(), q.qsize());
      print(new Queue().maxsize, new Queue(0).maxsize, new Queue(-1).full());
      try {
        new Queue().peek();
      } catch (e) {
        print("peek on empty:", (e as Error).name);
      }
    });
    expect(lines(r)).toEqual([
      "2 true false",
      "2 2 true a 2",
      "null null false",
      "peek on empty: Empty",
    ]);
  });

  it("runs forEach on each item until the StopIteration item", () => {
    const r = runTest(function* (print) {
      const q = new Queue<number>();
      spawn(function* () {
        for (const i of [1, 2]) {
          yield* q.put(i);
          yield* sleep(1);
        }
        yield* q.put(StopIteration);
      });
      yield* q.forEach(function* (item) {
        print("item", item);
        yield* sleep(0);
      });
      print("done", q.empty());
    });
    expect(lines(r)).toEqual(["item 1", "item 2", "done true"]);
    expect(r.elapsed).toBe(2);
  });

  it("forgets a getter that was killed while waiting: the next item goes to the next getter", () => {
    const r = runTest(function* (print) {
      const q = new Queue<number>();
      const a = spawn(function* () {
        print("a got", yield* q.get());
      });
      const b = spawn(function* () {
        print("b got", yield* q.get());
      });
      yield* sleep(0);
      yield* a.kill();
      yield* q.put(7);
      yield* b.join();
    });
    expect(lines(r)).toEqual(["b got 7"]);
  });

  it("forgets a getter interrupted by a Timeout, and names the wait in LoopExit messages", () => {
    const r = runTest(function* (print) {
      const q = new Queue<number>();
      const timedOut = yield* new Timeout(1, false).within(() => q.get());
      print("within returned", timedOut);
      q.putNowait(5);
      print("item still there", q.qsize(), q.getNowait());
      yield* q.get();
    });
    expect(lines(r).slice(0, 2)).toEqual(["within returned undefined", "item still there 1 5"]);
    expect(r.error?.name).toBe("LoopExit");
    expect(r.error?.message).toContain("main waits on queue.get()");
  });

  it("records its limit, length and items, and who blocks on it for what", () => {
    const r = runTest(function* () {
      const q = new Queue<string>(1);
      spawn(function* () {
        yield* q.put("a");
        yield* q.put("b");
      });
      yield* sleep(0);
      yield* q.get();
      yield* q.get();
    });
    const events = decodeEvents(r);
    const id = objectOfType(events, EV.OBJ_CREATED, OBJ.QUEUE);
    const mine = events.filter((e) => e.a === id);
    expect(mine.find((e) => e.kind === EV.OBJ_LIMIT)?.b).toBe(1);
    expect(mine.filter((e) => e.kind === EV.OBJ_STATE).map((e) => e.b)).toEqual([0, 1, 0, 1, 0]);
    const items = mine.filter((e) => e.kind === EV.ITEM_IN || e.kind === EV.ITEM_OUT);
    expect(
      items.map((e) => `${e.kind === EV.ITEM_IN ? "in" : "out"} ${traceString(r, e.b)}`),
    ).toEqual(["in 'a'", "out 'a'", "in 'b'", "out 'b'"]);
    const reasons = events.filter((e) => e.kind === EV.BLOCKED && e.b === id).map((e) => e.a);
    expect(reasons).toEqual([BLOCK.QUEUE_PUT, BLOCK.QUEUE_GET]);
    const unbounded = runTest(function* () {
      new Queue();
    });
    expect(decodeEvents(unbounded).find((e) => e.kind === EV.OBJ_LIMIT)?.b).toBe(NO_LIMIT);
  });
});
