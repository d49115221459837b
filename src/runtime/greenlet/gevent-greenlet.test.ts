import { describe, expect, it } from "vitest";
import {
  Greenlet,
  GreenletExit,
  LoopExit,
  joinall,
  killall,
  sleep,
  spawn,
  Timeout,
  withTimeout,
} from "../api/gevent";
import { lines, runTest } from "../testing";

describe("Greenlet", () => {
  it("reports state: started, value, successful, exception (gevent's win/fail)", () => {
    const r = runTest(function* (print) {
      const winner = spawn(() => "you win!");
      const loser = spawn(() => {
        throw new Error("you fail at failing");
      });
      print(winner.started, loser.started);
      yield* joinall([winner, loser]);
      print(winner.value, loser.value);
      print(winner.successful(), loser.successful());
      print((loser.exception as Error).message);
    });
    expect(lines(r)).toEqual([
      "true true",
      "you win! undefined",
      "true false",
      "you fail at failing",
    ]);
    expect(r.stderr).toBe(
      "Error: you fail at failing\n<Greenlet: <anonymous>> failed with Error\n",
    );
  });

  it("runs finally blocks when killed, and its value is the GreenletExit", () => {
    const r = runTest(function* (print) {
      const g = spawn(function* () {
        try {
          yield* sleep(5);
        } finally {
          print("finally ran");
        }
      });
      yield* sleep(1);
      yield* g.kill();
      print(g.dead, g.value instanceof GreenletExit, g.successful());
    });
    expect(lines(r)).toEqual(["finally ran", "true true true"]);
    expect(r.elapsed).toBe(1);
  });

  it("kills with a custom exception, which counts as a failure", () => {
    class Stop extends Error {}
    const r = runTest(function* (print) {
      const g = spawn(() => sleep(5));
      yield* sleep(0);
      yield* g.kill({ exception: Stop });
      print(g.exception instanceof Stop, g.successful());
    });
    expect(lines(r)).toEqual(["true false"]);
  });

  it("kills a greenlet that never started without running it", () => {
    const r = runTest(function* (print) {
      const g = spawn(() => print("never"));
      yield* g.kill();
      print(g.dead, g.value instanceof GreenletExit);
      yield* sleep(0);
    });
    expect(lines(r)).toEqual(["true true"]);
  });

  it("runs link callbacks in registration order, each in its own greenlet, joiners in their place", () => {
    const r = runTest(function* (print) {
      const g = spawn(() => sleep(1));
      g.link(() => print("link 1"));
      spawn(function* () {
        yield* g.join();
        print("joiner");
      });
      yield* sleep(0);
      g.link(() => print("link 2"));
      g.linkException(() => print("never: it succeeds"));
      g.linkValue((src) => print("value link", src === g));
      yield* g.join();
      print("main joined");
    });
    expect(lines(r)).toEqual(["link 1", "joiner", "link 2", "value link true", "main joined"]);
  });

  it("get() re-throws the greenlet's exception and returns its value", () => {
    const r = runTest(function* (print) {
      const ok = spawn(function* () {
        yield* sleep(1);
        return 42;
      });
      const bad = spawn(() => {
        throw new RangeError("bad");
      });
      print(yield* ok.get());
      try {
        yield* bad.get();
      } catch (e) {
        print("rethrown", (e as Error).name);
      }
      try {
        yield* spawn(() => sleep(5)).get({ timeout: 0.5 });
      } catch (e) {
        print("timed out", e instanceof Timeout);
      }
    });
    expect(lines(r)).toEqual(["42", "rethrown RangeError", "timed out true"]);
  });

  it("join(timeout) returns when the time is up without raising", () => {
    const r = runTest(function* (print) {
      const g = spawn(() => sleep(5));
      yield* g.join(1);
      print(g.ready());
    });
    expect(lines(r)).toEqual(["false"]);
    expect(r.elapsed).toBe(1);
  });

  it("supports subclasses overriding *run()", () => {
    class Hello extends Greenlet {
      constructor(readonly message: string) {
        super();
      }
      override *run() {
        yield* sleep(1);
        return this.message;
      }
      override toString() {
        return `Hello(${this.message})`;
      }
    }
    const r = runTest(function* (print) {
      const h = new Hello("hi");
      print(String(h), h.started);
      h.start();
      print(h.started);
      yield* h.join();
      print(h.value, h.started, h.ready());
    });
    expect(lines(r)).toEqual(["Hello(hi) false", "true", "hi false true"]);
  });

  it("names greenlets Greenlet-N in the order names are first asked for", () => {
    const r = runTest(function* (print) {
      const a = spawn((n: number, s: string) => n + s.length, 7, "x");
      const b = spawn(() => 2);
      print(b.name, a.name);
      a.name = "alpha";
      print(String(a));
      yield* sleep(0);
    });
    expect(lines(r)).toEqual(["Greenlet-0 Greenlet-1", `<Greenlet "alpha": <anonymous>(7, 'x')>`]);
  });

  it("raises LoopExit in main, naming who waits on what", () => {
    const r = runTest(function* (print) {
      const never = new Greenlet(() => 1);
      try {
        yield* never.join();
      } catch (e) {
        print(e instanceof LoopExit, (e as Error).message.split("\n")[0]);
        print((e as Error).message.includes("main waits on <Greenlet: <anonymous>>.join()"));
      }
    });
    expect(lines(r)).toEqual(["true This operation would block forever", "true"]);
  });

  it("reports LoopExit escaping main as the run's error", () => {
    const r = runTest(function* () {
      yield* new Greenlet(() => 1).join();
    });
    expect(r.error?.name).toBe("LoopExit");
    expect(r.stderr).toContain("LoopExit: This operation would block forever");
  });

  it("killall kills every greenlet and waits for them", () => {
    const r = runTest(function* (print) {
      const gs = [spawn(() => sleep(3)), spawn(() => sleep(4))];
      yield* sleep(1);
      yield* killall(gs);
      print(gs.map((g) => g.dead));
    });
    expect(lines(r)).toEqual(["[true, true]"]);
    expect(r.elapsed).toBe(1);
  });

  it("killall cancels the start of greenlets not yet run: they never run", () => {
    const r = runTest(function* (print) {
      const ran: number[] = [];
      const record = (n: number) => ran.push(n);
      const early = [spawn(record, 0), spawn(record, 1)];
      yield* killall(early, { block: false });
      print(
        "non-blocking:",
        early.map((g) => g.dead),
        ran,
      );
      const later = [spawn(record, 2), spawn(record, 3)];
      yield* killall(later);
      print(
        "blocking:",
        later.map((g) => g.dead),
        later[0].value instanceof GreenletExit,
      );
      yield* sleep(1);
      print("ran:", ran);
    });
    expect(lines(r)).toEqual([
      "non-blocking: [true, true] []",
      "blocking: [true, true] true",
      "ran: []",
    ]);
  });

  it("killall with a timeout throws Timeout when a greenlet outlives it", () => {
    const r = runTest(function* (print) {
      const stubborn = spawn(function* () {
        try {
          yield* sleep(10);
        } catch {
          yield* sleep(5);
        }
      });
      yield* sleep(0);
      try {
        yield* killall([stubborn], { timeout: 1 });
        print("returned");
      } catch (e) {
        print("raised", e instanceof Timeout, (e as Error).message);
      }
    });
    expect(lines(r)).toEqual(["raised true 1 second"]);
    expect(r.elapsed).toBe(1);
  });

  it("join resolves to undefined, when the greenlet finished and after a timeout", () => {
    const r = runTest(function* (print) {
      const quick = spawn(() => 1);
      print(yield* quick.join());
      print(yield* quick.join(0.5));
      const slow = spawn(() => sleep(5));
      print(yield* slow.join(0.5), slow.dead);
    });
    expect(lines(r)).toEqual(["undefined", "undefined", "undefined false"]);
  });

  it("a link to a finished greenlet runs before a sleep(0) made just after it returns", () => {
    const r = runTest(function* (print) {
      const joined = spawn(() => 1);
      yield* joined.join();
      joined.link(() => print("callback of a joined greenlet"));
      yield* sleep(0);
      print("after sleep(0)");
      const never = spawn(() => 2);
      yield* sleep(0);
      never.link(() => print("callback of a greenlet nobody joined"));
      never.link(() => print("second callback"));
      yield* sleep(0);
      print("after the second sleep(0)");
    });
    expect(lines(r)).toEqual([
      "callback of a joined greenlet",
      "after sleep(0)",
      "callback of a greenlet nobody joined",
      "second callback",
      "after the second sleep(0)",
    ]);
  });

  it("joinall with raiseError throws the first failure", () => {
    const r = runTest(function* (print) {
      const gs = [
        spawn(() => sleep(2)),
        spawn(function* () {
          yield* sleep(1);
          throw new Error("first");
        }),
      ];
      try {
        yield* joinall(gs, { raiseError: true });
      } catch (e) {
        print("raised", (e as Error).message);
      }
    });
    expect(lines(r)).toEqual(["raised first"]);
  });

  it("joinall with a timeout returns the finished ones, in completion order", () => {
    const r = runTest(function* (print) {
      const a = spawn(() => sleep(3));
      const b = spawn(() => sleep(1));
      const c = spawn(() => sleep(0.5));
      const done = yield* joinall([a, b, c], { timeout: 2 });
      print(done.length, done[0] === c, done[1] === b);
    });
    expect(lines(r)).toEqual(["2 true true"]);
    expect(r.elapsed).toBe(2);
  });
});

describe("Timeout", () => {
  it("interrupts a blocking call with the Timeout itself, whose message is Python's str()", () => {
    const r = runTest(function* (print) {
      const t = new Timeout(0.2);
      try {
        yield* t.within(() => sleep(1));
      } catch (e) {
        print(e === t, String((e as Error).message));
      }
      print(new Timeout(1).message);
    });
    expect(lines(r)).toEqual(["true 0.2 seconds", "1 second"]);
    expect(r.elapsed).toBeCloseTo(0.2);
  });

  it("is silent with exception false, and cancelled when the work ends first", () => {
    const r = runTest(function* (print) {
      const v = yield* new Timeout(0.5, false).within(() => sleep(2));
      print(v);
      const w = yield* Timeout.within(5, function* () {
        yield* sleep(1);
        return "done";
      });
      print(w);
    });
    expect(lines(r)).toEqual(["undefined", "done"]);
    expect(r.elapsed).toBe(1.5);
  });

  it("withTimeout returns timeoutValue instead of throwing", () => {
    const r = runTest(function* (print) {
      print(yield* withTimeout(1, () => sleep(3), { timeoutValue: "late" }));
    });
    expect(lines(r)).toEqual(["late"]);
  });
});
