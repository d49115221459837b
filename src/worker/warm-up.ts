/**
 * A spare runner's warm-up: before it tells the page it is ready, the worker compiles and runs a
 * small program of its own that goes through the paths a lesson takes (the compile step with
 * types and generators, spawn and join, sleep, a queue, an Event, an AsyncResult, a lock, a pool,
 * print's formatting, the lab's policy, threads mode, being the hub). A fresh worker runs its
 * first program with cold code: every function parsed and compiled on first call. Done here,
 * that cost falls while the page is idle, not between Run and the first output. Each run still
 * gets a fresh worker; the warm-up is the runner's own code, before any of the learner's, and
 * what it produces is thrown away.
 */
import { toRunId, type RunMessage } from "../protocol";
import { executeRun } from "./execute";
import type { Post } from "./post";

export const WARM_UP_PROGRAM = `
import { joinall, sleep, spawn } from "gevent";
import { AsyncResult, Event } from "gevent/event";
import { Lock } from "gevent/lock";
import { Pool } from "gevent/pool";
import { Queue } from "gevent/queue";

interface Job { id: number; name: string }
const q = new Queue<Job>(2);
const ready = new Event();
const answer = new AsyncResult<number>();
const lock = new Lock();
let total = 0;

class Counter {
  n = 0;
  add(k: number): number { this.n += k; return this.n; }
}
const counter = new Counter();

function* producer(count: number) {
  ready.set();
  for (let i = 0; i < count; i++) yield* q.put({ id: i, name: \`job \${i}\` });
}

function* consumer(tag: string) {
  yield* ready.wait();
  for (let k = 0; k < 2; k++) {
    const job = yield* q.get({ timeout: 1 });
    yield* lock.hold(function* () {
      const seen = total;
      yield* sleep(0);
      total = seen + counter.add(job.id);
    });
    print(tag, job.name, [job.id, total], { done: job.id > 2 });
  }
}

function* square(x: number) {
  yield* sleep(0.01 * x);
  return x * x;
}

yield* joinall([spawn(producer, 4), spawn(consumer, "a"), spawn(consumer, "b")]);
const pool = new Pool(2);
const squares = yield* pool.map(square, [1, 2, 3]);
spawn(function* () { answer.set(squares.reduce((a, b) => a + b, 0)); });
print("squares", yield* answer.get(), total > 0);
try {
  throw new Error("warm");
} catch (error) {
  print(String(error));
}
`;

/**
 * The runs of the warm-up: gevent's order, then the lab's random policy in threads mode, then
 * being the hub (stopped at each choice point and gone on from it, `choices` of them).
 */
function warmUpRequests(): Array<{ request: RunMessage; choices: number }> {
  const base = {
    type: "run" as const,
    runId: toRunId("warm-up"),
    code: WARM_UP_PROGRAM,
    seed: 1,
    limits: { maxVirtualTime: 60, maxEvents: 100_000 },
  };
  return [
    { request: base, choices: 0 },
    {
      request: { ...base, schedule: { policy: "random", seed: 2, threads: true, record: true } },
      choices: 0,
    },
    { request: { ...base, schedule: { pauseAtChoice: true, threads: true } }, choices: 8 },
    { request: base, choices: 0 },
  ];
}

/**
 * Runs the warm-up; returns whether every run of it ended as expected (a run that failed would
 * not be worth its time, and a test holds the program to it).
 */
export function warmUp(realNow: () => number): boolean {
  let ok = true;
  const post: Post = (message) => {
    if (message.type === "done") ok &&= message.summary.error === null;
    else if (message.type === "compile-error" || message.type === "crashed") ok = false;
  };
  for (const { request, choices } of warmUpRequests()) {
    let paused = executeRun(request, post, realNow);
    for (let i = 0; i < choices; i++) paused = paused?.choose(request.runId, i % 2) ?? null;
    // Stopped at a choice point still: a hub run warmed as far as it was asked to.
    if (choices > 0 && paused === null) ok = false;
  }
  return ok;
}
