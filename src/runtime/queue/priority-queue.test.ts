import { describe, expect, it } from "vitest";
import { LifoQueue, PriorityQueue } from "../api/gevent-queue";
import { lines, runTest } from "../testing";

describe("PriorityQueue", () => {
  it("hands out the lowest item first: numbers, strings, and [priority, value] arrays", () => {
    const r = runTest(function* (print) {
      const nums = new PriorityQueue<number>(null, [5, 1, 4, 2, 3]);
      const words = new PriorityQueue<string>(null, ["pear", "apple", "fig"]);
      const tasks = new PriorityQueue<[number, string]>();
      for (const t of [
        [2, "write"],
        [1, "read"],
        [2, "think"],
        [0, "wake"],
      ] as const) {
        yield* tasks.put([t[0], t[1]]);
      }
      const out: unknown[] = [];
      while (!nums.empty()) out.push(yield* nums.get());
      print(out.join(" "));
      print(words.getNowait(), words.getNowait(), words.getNowait());
      while (!tasks.empty()) print((yield* tasks.get()).join(":"));
    });
    expect(lines(r)).toEqual([
      "1 2 3 4 5",
      "apple fig pear",
      "0:wake",
      "1:read",
      "2:think",
      "2:write",
    ]);
  });

  it("orders arrays element by element, a shorter prefix first, as Python orders tuples", () => {
    const r = runTest(function* (print) {
      const q = new PriorityQueue<number[]>();
      for (const item of [[1, 2], [1], [0, 9, 9], [1, 1, 5]]) q.putNowait(item);
      const out: string[] = [];
      while (!q.empty()) out.push(`(${q.getNowait().join(",")})`);
      print(out.join(" "));
    });
    expect(lines(r)).toEqual(["(0,9,9) (1) (1,1,5) (1,2)"]);
  });

  it("throws TypeError for items Python cannot compare, and peeks at the lowest", () => {
    const r = runTest(function* (print) {
      const q = new PriorityQueue<unknown>(null, [3, 1]);
      print(q.peek());
      try {
        q.putNowait("x");
      } catch (e) {
        print(`${(e as Error).name}: ${(e as Error).message}`);
      }
    });
    expect(lines(r)).toEqual([
      "1",
      "TypeError: '<' not supported between instances of 'str' and 'int'",
    ]);
  });
});

describe("LifoQueue", () => {
  it("hands out the most recently put item first", () => {
    const r = runTest(function* (print) {
      const q = new LifoQueue<number>();
      for (const i of [1, 2, 3]) yield* q.put(i);
      print(q.peek(), yield* q.get(), yield* q.get(), q.getNowait(), q.empty());
    });
    expect(lines(r)).toEqual(["3 3 2 1 true"]);
  });
});
