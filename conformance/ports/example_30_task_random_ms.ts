// Port of shared/conformance/example_30_task_random_ms.py
// WHAT: tasks sleeping 0/1/2 ms: serial run prints 1..9; spawned run completes sleep(0) tasks first (spawn order), then 1 ms, then 2 ms
import * as random from "random";
import * as gevent from "gevent";

// original: random.randint(0, 2)
const RANDS = [1, 0, 2, 1, 0, 2, 0, 1, 2, 2, 0, 1, 1, 0, 0, 1, 2, 2, 0];
const _rand = RANDS[Symbol.iterator]();

function* task(pid: number) {
  yield* gevent.sleep((_rand.next().value as number) * 0.001); // original: random.randint(0, 2) * 0.001
  print(`Task ${pid} done`);
}
function* synchronous() {
  for (const i of range(1, 10)) {
    yield* task(i);
  }
}
function* asynchronous() {
  const threads = range(10).map((i) => gevent.spawn(task, i));
  yield* gevent.joinall(threads);
}
print("Synchronous:");
yield* synchronous();
print("Asynchronous:");
yield* asynchronous();
