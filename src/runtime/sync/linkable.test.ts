import { describe, expect, it } from "vitest";
import { sleep, spawn, wait } from "../api/gevent";
import { Event } from "../api/gevent-event";
import { lines, runTest } from "../testing";

describe("Linkable (gevent's AbstractLinkable)", () => {
  it("fixes the last link when the notification starts: a link added before it runs is in it", () => {
    const r = runTest(function* (print) {
      const evt = new Event();
      spawn(function* () {
        yield* evt.wait();
        print("first waiter");
      });
      yield* sleep(0);
      spawn(function* () {
        yield* wait([evt]);
        print("linked after set, before the notification ran");
      });
      evt.set();
      spawn(() => print("spawned after set"));
      yield* sleep(0);
    });
    expect(lines(r)).toEqual([
      "first waiter",
      "linked after set, before the notification ran",
      "spawned after set",
    ]);
  });

  it("leaves links added during a notification to the next one", () => {
    const r = runTest(function* (print) {
      const evt = new Event();
      spawn(function* () {
        yield* evt.wait();
        print("woken");
        evt.clear();
        spawn(() => print("spawned by the woken waiter"));
        print("waits again:", yield* evt.wait(1));
      });
      yield* sleep(0);
      evt.set();
      yield* sleep(0.5);
      evt.set();
      yield* sleep(1);
    });
    expect(lines(r)).toEqual(["woken", "spawned by the woken waiter", "waits again: true"]);
  });

  it("calls off a scheduled notification when its last waiter leaves (gevent's unlink)", () => {
    const r = runTest(function* (print) {
      const evt = new Event();
      spawn(function* () {
        yield* sleep(1);
        evt.set();
        spawn(function* () {
          print("late waiter got", yield* evt.wait());
        });
        spawn(() => print("spawned after it"));
      });
      spawn(function* () {
        print("timed-out waiter got", yield* evt.wait(1));
      });
      yield* sleep(2);
    });
    expect(lines(r)).toEqual([
      "timed-out waiter got false",
      "late waiter got true",
      "spawned after it",
    ]);
  });
});
