import { describe, expect, it } from "vitest";
import { Timeout, joinall, sleep, spawn } from "../api/gevent";
import { AsyncResult } from "../api/gevent-event";
import { lines, runTest } from "../testing";

describe("AsyncResult", () => {
  it("hands the value to every greenlet blocked in get, in the order they began to wait", () => {
    const r = runTest(function* (print) {
      const a = new AsyncResult<string>();
      const setter = spawn(function* () {
        yield* sleep(3);
        a.set("hello");
      });
      const waiter = (n: number) =>
        spawn(function* () {
          print(`waiter ${n} start`);
          print(`waiter ${n} got`, yield* a.get());
        });
      yield* joinall([setter, waiter(1), waiter(2)]);
    });
    expect(lines(r)).toEqual([
      "waiter 1 start",
      "waiter 2 start",
      "waiter 1 got hello",
      "waiter 2 got hello",
    ]);
    expect(r.elapsed).toBe(3);
  });

  it("re-throws a stored exception from get, while wait returns undefined", () => {
    const r = runTest(function* (print) {
      const a = new AsyncResult<number>();
      spawn(() => a.setException(new Error("boom")));
      print(yield* a.wait());
      try {
        yield* a.get();
      } catch (e) {
        print("caught", (e as Error).message);
      }
      print(a.ready(), a.successful(), (a.exception as Error).message, a.value);
    });
    expect(lines(r)).toEqual(["undefined", "caught boom", "true false boom undefined"]);
  });

  it("throws Timeout from get when unset: at once with block false, after the timeout otherwise", () => {
    const r = runTest(function* (print) {
      const a = new AsyncResult();
      for (const options of [{ block: false }, { timeout: 0.5 }]) {
        try {
          yield* a.get(options);
        } catch (e) {
          print(e instanceof Timeout, String(e));
        }
      }
      try {
        a.getNowait();
      } catch (e) {
        print("getNowait", e instanceof Timeout);
      }
    });
    expect(lines(r)).toEqual(["true Timeout", "true Timeout: 0.5 seconds", "getNowait true"]);
    expect(r.elapsed).toBe(0.5);
  });

  it("returns the value from wait, or undefined when the timeout expires first", () => {
    const r = runTest(function* (print) {
      const a = new AsyncResult<number>();
      print(yield* a.wait(1));
      spawn(() => a.set(42));
      print(yield* a.wait(1), a.value, a.successful(), a.getNowait());
    });
    expect(lines(r)).toEqual(["undefined", "42 42 true 42"]);
    expect(r.elapsed).toBe(1);
  });

  it("returns at once from get when already set, without switching", () => {
    const r = runTest(function* (print) {
      const a = new AsyncResult<string>();
      a.set("ready");
      spawn(() => print("other"));
      print(yield* a.get());
    });
    expect(lines(r)).toEqual(["ready"]);
  });
});
