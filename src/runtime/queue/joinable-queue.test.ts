import { describe, expect, it } from "vitest";
import { sleep, spawn } from "../api/gevent";
import { JoinableQueue } from "../api/gevent-queue";
import { decodeEvents, objectOfType } from "../primitives-testing";
import { lines, runTest } from "../testing";
import { BLOCK, EV, OBJ } from "../tracing/trace-kinds";

describe("JoinableQueue", () => {
  it("counts unfinished tasks: each put adds one, each taskDone removes one", () => {
    const r = runTest(function* (print) {
      const q = new JoinableQueue<string>();
      yield* q.put("a");
      q.putNowait("b");
      print(q.unfinishedTasks);
      yield* q.get();
      print(q.unfinishedTasks);
      q.taskDone();
      print(q.unfinishedTasks);
    });
    expect(lines(r)).toEqual(["2", "2", "1"]);
  });

  it("makes join wait until every task is done, then wakes the joiners", () => {
    const r = runTest(function* (print) {
      const q = new JoinableQueue<number>(null, [1, 2, 3]);
      spawn(function* () {
        for (;;) {
          const item = yield* q.get();
          yield* sleep(1);
          print("done", item);
          q.taskDone();
        }
      });
      print("join returned", yield* q.join());
    });
    expect(lines(r)).toEqual(["done 1", "done 2", "done 3", "join returned true"]);
    expect(r.elapsed).toBe(3);
  });

  it("returns false from join when the timeout expires first, and at once when nothing is unfinished", () => {
    const r = runTest(function* (print) {
      const q = new JoinableQueue<number>();
      print(yield* q.join());
      q.putNowait(1);
      print(yield* q.join(0.5));
    });
    expect(lines(r)).toEqual(["true", "false"]);
    expect(r.elapsed).toBe(0.5);
  });

  it("throws ValueError when taskDone is called too many times", () => {
    const r = runTest(function* (print) {
      const q = new JoinableQueue();
      try {
        q.taskDone();
      } catch (e) {
        print(`${(e as Error).name}: ${(e as Error).message}`);
      }
    });
    expect(lines(r)).toEqual(["ValueError: task_done() called too many times"]);
  });

  it("shows a joiner as blocked on the queue, for a queue join", () => {
    const r = runTest(function* () {
      const q = new JoinableQueue<number>(null, [1]);
      spawn(function* () {
        yield* q.get();
        q.taskDone();
      });
      yield* q.join();
    });
    const events = decodeEvents(r);
    const id = objectOfType(events, EV.OBJ_CREATED, OBJ.JOINABLE_QUEUE);
    expect(events.filter((e) => e.kind === EV.OBJ_CREATED).length).toBe(1);
    const blocked = events.filter((e) => e.kind === EV.BLOCKED && e.b === id);
    expect(blocked.map((e) => e.a)).toEqual([BLOCK.QUEUE_JOIN]);
  });
});
