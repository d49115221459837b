import { describe, expect, it } from "vitest";
import { getcurrent, sleep, spawn, type Greenlet } from "../api/gevent";
import { Group } from "../api/gevent-pool";
import { decodeEvents, objectOfType, traceString } from "../primitives-testing";
import { lines, runTest } from "../testing";
import { BLOCK, EV, OBJ } from "../tracing/trace-kinds";

describe("Group", () => {
  it("tracks added greenlets until each finishes", () => {
    const r = runTest(function* (print) {
      const group = new Group();
      const a = spawn(() => sleep(1));
      const b = spawn(() => sleep(2));
      yield* group.add(a);
      yield* group.add(b);
      print(group.length, group.has(a), [...group].length);
      yield* sleep(1.5);
      print(group.length, group.has(a), group.has(b));
      group.discard(b);
      print(group.length);
    });
    expect(lines(r)).toEqual(["2 true 2", "1 false true", "0"]);
  });

  it("waits in join until it is empty, or returns false when the timeout expires", () => {
    const r = runTest(function* (print) {
      const group = new Group();
      print("empty join", yield* group.join());
      yield* group.spawn(() => sleep(2));
      print("with timeout", yield* group.join({ timeout: 1 }));
      print("full join", yield* group.join(), group.length);
    });
    expect(lines(r)).toEqual(["empty join true", "with timeout false", "full join true 0"]);
    expect(r.elapsed).toBe(2);
  });

  it("with raiseError, throws a member's exception only after every member finished", () => {
    const r = runTest(function* (print) {
      const group = new Group();
      yield* group.spawn(function* () {
        yield* sleep(1);
        throw new Error("a failed");
      });
      yield* group.spawn(function* () {
        yield* sleep(2);
        print("b done");
      });
      try {
        yield* group.join({ raiseError: true });
      } catch (e) {
        print("caught", (e as Error).message);
      }
    });
    expect(lines(r)).toEqual(["b done", "caught a failed"]);
    expect(r.elapsed).toBe(2);
    expect(r.stderr).toContain("Error: a failed");
  });

  it("kills every member, waiting for them unless block is false", () => {
    const r = runTest(function* (print) {
      const group = new Group();
      for (const name of ["a", "b"]) {
        yield* group.spawn(function* () {
          try {
            yield* sleep(10);
          } finally {
            print(`${name} finally`);
          }
        });
      }
      yield* sleep(0);
      yield* group.kill({ block: false });
      print("kill returned", group.length);
      yield* sleep(0);
      print("killed, links not yet run", group.length);
      yield* sleep(0);
      print("after their links", group.length);
    });
    expect(lines(r)).toEqual([
      "kill returned 2",
      "a finally",
      "b finally",
      "killed, links not yet run 2",
      "after their links 0",
    ]);
  });

  it("runs map over the items in parallel, results in input order", () => {
    const r = runTest(function* (print) {
      const group = new Group();
      function* task(n: number) {
        yield* sleep(3 - n);
        print(`task ${n} done, group size ${group.length}`);
        return n * 10;
      }
      print(yield* group.map(task, [0, 1, 2]));
    });
    expect(lines(r)).toEqual([
      "task 2 done, group size 3",
      "task 1 done, group size 2",
      "task 0 done, group size 1",
      "[0, 10, 20]",
    ]);
    expect(r.elapsed).toBe(3);
  });

  it("hands imap results over in input order and imapUnordered ones in completion order", () => {
    const r = runTest(function* (print) {
      const group = new Group();
      function* task(n: number) {
        yield* sleep(3 - n);
        return n;
      }
      print("imap", yield* group.imap(task, [0, 1, 2]).toArray());
      print("unordered", yield* group.imapUnordered(task, [0, 1, 2]).toArray());
    });
    expect(lines(r)).toEqual(["imap [0, 1, 2]", "unordered [2, 1, 0]"]);
    expect(r.elapsed).toBe(6);
  });

  it("bounds imap with maxsize: maxsize + 1 tasks run at a time, as in gevent", () => {
    const r = runTest(function* (print) {
      const group = new Group();
      function* task(n: number) {
        yield* sleep(1);
        print(`task ${n} with ${group.length} running`);
        return n;
      }
      const stream = group.imap(task, [0, 1, 2, 3, 4, 5], { maxsize: 1 });
      for (;;) {
        const { done, value } = yield* stream.next();
        if (done) break;
        print("result", value);
      }
    });
    expect(lines(r)).toEqual([
      "task 0 with 2 running",
      "task 1 with 2 running",
      "result 0",
      "result 1",
      "task 2 with 2 running",
      "task 3 with 2 running",
      "result 2",
      "result 3",
      "task 4 with 2 running",
      "task 5 with 2 running",
      "result 4",
      "result 5",
    ]);
    expect(r.elapsed).toBe(3);
  });

  it("throws a task's exception from the stream, and a failing map throws it too", () => {
    const r = runTest(function* (print) {
      const group = new Group();
      function boom(n: number): number {
        if (n === 1) throw new Error(`bad ${n}`);
        return n;
      }
      const stream = group.imap(boom, [0, 1, 2]);
      print((yield* stream.next()).value);
      try {
        yield* stream.next();
      } catch (e) {
        print("stream:", (e as Error).message);
      }
      try {
        yield* group.map(boom, [0, 1]);
      } catch (e) {
        print("map:", (e as Error).message);
      }
    });
    expect(lines(r)).toEqual(["0", "stream: bad 1", "map: bad 1"]);
  });

  it("goes on with the remaining results after a task fails, in imap and imapUnordered", () => {
    const r = runTest(function* (print) {
      function tenfold(n: number): number {
        if (n === 1) throw new Error("bad");
        return n * 10;
      }
      for (const stream of [
        new Group().imap(tenfold, [0, 1, 2, 3]),
        new Group().imapUnordered(tenfold, [0, 1, 2, 3]),
      ]) {
        const seen: unknown[] = [];
        for (;;) {
          try {
            const next = yield* stream.next();
            if (next.done) break;
            seen.push(next.value);
          } catch (e) {
            seen.push(`error: ${(e as Error).message}`);
          }
        }
        print(seen);
      }
    });
    expect(lines(r)).toEqual(["[0, 'error: bad', 20, 30]", "[0, 'error: bad', 20, 30]"]);
  });

  it("runs apply in a member greenlet, or inline when called from a member", () => {
    const r = runTest(function* (print) {
      const group = new Group();
      const main = getcurrent();
      const outer = yield* group.apply(function* () {
        const me = getcurrent();
        const inner = yield* group.apply(() => getcurrent() === me);
        return [me !== main, inner];
      });
      print(outer);
    });
    expect(lines(r)).toEqual(["[true, true]"]);
  });

  it("starts applyAsync tasks without waiting and calls the callback with the result", () => {
    const r = runTest(function* (print) {
      const group = new Group();
      const g: Greenlet<number> = yield* group.applyAsync(
        (a: number, b: number) => a + b,
        [2, 3],
        (sum) => print("callback got", sum),
      );
      print("returned", group.has(g));
      yield* group.join();
      yield* sleep(0);
      print("value", g.value);
    });
    expect(lines(r)).toEqual(["returned true", "callback got 5", "value 5"]);
  });

  it("records its occupancy and members, and shows joiners blocked on it", () => {
    const r = runTest(function* () {
      const group = new Group();
      yield* group.spawn(() => sleep(1));
      yield* group.join();
    });
    const events = decodeEvents(r);
    const id = objectOfType(events, EV.OBJ_CREATED, OBJ.GROUP);
    const mine = events.filter((e) => e.a === id);
    expect(mine.filter((e) => e.kind === EV.OBJ_STATE).map((e) => e.b)).toEqual([0, 1, 0]);
    const items = mine.filter((e) => e.kind === EV.ITEM_IN || e.kind === EV.ITEM_OUT);
    expect(items.map((e) => traceString(r, e.b))).toEqual([
      "<Greenlet: <anonymous>>",
      "<Greenlet: <anonymous>>",
    ]);
    const blocked = events.filter((e) => e.kind === EV.BLOCKED && e.b === id);
    expect(blocked.map((e) => e.a)).toEqual([BLOCK.WAIT_ANY]);
    expect(events.filter((e) => e.kind === EV.OBJ_CREATED).length).toBe(1);
  });
});
