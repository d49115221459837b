import { describe, expect, it } from "vitest";
import { joinall, sleep, spawn } from "../api/gevent";
import { Event } from "../api/gevent-event";
import { Queue } from "../api/gevent-queue";
import type { RunResult, ScheduleOptions } from "../run";
import { decodeEvents, objectOfType, type TestEvent } from "../primitives-testing";
import { lines, runTest } from "../testing";
import { CANDIDATE, EV, MAIN_GID, OBJ } from "../tracing/trace-kinds";

/** The producer puts, then gives up its turn; the consumer takes: both say what they do. */
function producerConsumer(schedule?: ScheduleOptions): RunResult {
  return runTest(
    function* (print) {
      const q = new Queue<number>();
      function* producer() {
        for (let i = 0; i < 3; i++) {
          print(`put ${i}`);
          yield* q.put(i);
          yield* sleep(0);
        }
      }
      function* consumer() {
        for (let i = 0; i < 3; i++) print(`got ${yield* q.get()}`);
      }
      yield* joinall([spawn(producer), spawn(consumer)]);
    },
    { schedule },
  );
}

interface Point {
  chosen: number;
  candidates: Array<{ gid: number; kind: number; source: number }>;
}

/** The run's choice points with their candidates, from the trace. */
function choicePoints(events: TestEvent[]): Point[] {
  const points: Point[] = [];
  events.forEach((e, i) => {
    if (e.kind !== EV.CHOICE) return;
    const candidates = events
      .slice(i + 1, i + 1 + e.a)
      .map((c) => ({ gid: c.gid, kind: c.a, source: c.b }));
    points.push({ chosen: e.b, candidates });
  });
  return points;
}

/**
 * What the run did, switch by switch: its switches, waits and wake-ups. (Other events may name
 * strings, whose ids the candidates' own strings shift.)
 */
function schedule(r: RunResult): TestEvent[] {
  const kinds = new Set<number>([EV.SWITCH, EV.BLOCKED, EV.WOKEN, EV.TIMER_FIRED]);
  return decodeEvents(r).filter((e) => kinds.has(e.kind));
}

const PRODUCER = 2;
const CONSUMER = 3;

describe("callbacks that switch into a greenlet, as choice candidates", () => {
  it("offers the queue's hand-over to the waiting getter beside the producer's own turn", () => {
    const r = producerConsumer({ record: true });
    const events = decodeEvents(r);
    const queue = objectOfType(events, EV.OBJ_CREATED, OBJ.QUEUE);
    const points = choicePoints(events);
    // Choice 1 starts the consumer, which takes item 0 and waits. After `put 1` the queue's
    // `_unlock` is queued before the producer's sleep(0): FIFO, the hand-over to the consumer is
    // gevent's pick, and the producer's resume the other option.
    expect(points[2].candidates).toEqual([
      { gid: CONSUMER, kind: CANDIDATE.NOTIFY, source: queue },
      { gid: PRODUCER, kind: CANDIDATE.RESUME, source: 0 },
    ]);
    expect(points.every((p) => p.chosen === 0)).toBe(true);
  });

  it("keeps gevent's order exactly under gevent's policy: the same events, choice points aside", () => {
    const plain = producerConsumer();
    const recorded = producerConsumer({ record: true });
    expect(schedule(recorded)).toEqual(schedule(plain));
    expect(recorded.stdout).toBe(plain.stdout);
    expect(lines(plain)).toEqual(["put 0", "got 0", "put 1", "got 1", "put 2", "got 2"]);
  });

  it("runs the producer again before the hand-over when its resume is chosen", () => {
    // gevent's picks, then option 2 at the hand-over above.
    const r = producerConsumer({ choices: [0, 0, 1] });
    expect(lines(r).slice(0, 4)).toEqual(["put 0", "got 0", "put 1", "put 2"]);
    // The queue keeps its items in order whichever greenlet runs first.
    expect(lines(r).filter((l) => l.startsWith("got"))).toEqual(["got 0", "got 1", "got 2"]);
  });

  it("gives another order of the output under some seed, and each seed's choices replay it", () => {
    const orders = new Set<string>();
    for (let seed = 1; seed <= 8; seed++) {
      const r = producerConsumer({ policy: "random", seed });
      orders.add(r.stdout);
      const made = choicePoints(decodeEvents(r)).map((p) => p.chosen);
      expect(producerConsumer({ choices: made }).stdout).toBe(r.stdout);
    }
    expect(orders.size).toBeGreaterThan(1);
  });

  it("offers a finished greenlet's links, which resume main in joinall, naming who finished", () => {
    const r = producerConsumer({ record: true });
    const joined = choicePoints(decodeEvents(r))
      .flatMap((p) => p.candidates)
      .filter((c) => c.kind === CANDIDATE.JOINED);
    expect(joined.length).toBeGreaterThan(0);
    expect(joined.every((c) => c.gid === MAIN_GID)).toBe(true);
    expect(new Set(joined.map((c) => c.source))).toEqual(new Set([PRODUCER, CONSUMER]));
  });

  it("offers an event's notification to its first waiter, and choosing another runs it first", () => {
    const run = (schedule: ScheduleOptions) =>
      runTest(
        function* (print) {
          const e = new Event();
          const waiter = spawn(function* () {
            yield* e.wait();
            print("waiter saw the event");
          });
          const busy = spawn(function* () {
            e.set();
            yield* sleep(0);
            print("setter goes on");
          });
          yield* joinall([waiter, busy]);
        },
        { schedule },
      );
    const gevent = run({ record: true });
    expect(lines(gevent)).toEqual(["waiter saw the event", "setter goes on"]);
    const events = decodeEvents(gevent);
    const event = objectOfType(events, EV.OBJ_CREATED, OBJ.EVENT);
    const points = choicePoints(events);
    const at = points.findIndex((p) => p.candidates[0].kind === CANDIDATE.NOTIFY);
    expect(points[at]?.candidates).toEqual([
      { gid: 2, kind: CANDIDATE.NOTIFY, source: event },
      { gid: 3, kind: CANDIDATE.RESUME, source: 0 },
    ]);
    const other = run({ choices: [...Array<number>(at).fill(0), 1] });
    expect(lines(other)).toEqual(["setter goes on", "waiter saw the event"]);
  });
});
