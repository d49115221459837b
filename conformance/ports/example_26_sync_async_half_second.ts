// Port of shared/conformance/example_26_sync_async_half_second.py
// WHAT: 9 serial tasks (0.5 s each = 4.5 s) then 10 spawned tasks (all done after 0.5 s, printed in spawn order); total 5.0 s
import * as gevent from "gevent";

function* task(pid: number) {
  // Some non-deterministic task
  yield* gevent.sleep(0.5);
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
