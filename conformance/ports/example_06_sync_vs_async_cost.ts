// Port of shared/conformance/example_06_sync_vs_async_cost.py
// WHAT: 4 tasks with 1-2 s sleeps run serially (sum of sleeps) vs spawned+joinall (max of sleeps); completion order by sleep length
import * as gevent from "gevent";
import * as random from "random";
import * as time from "time";

const RANDS = [1, 2, 1, 1, 1, 2, 2, 2]; // original: sleep = random.randint(1, 2)
const _rand = RANDS[Symbol.iterator]();

function* task(i: number) {
  const sleep = _rand.next().value as number; // original: random.randint(1, 2)
  yield* gevent.sleep(sleep);
  print(`Task ${i} sleep ${sleep}s`);
}

function* sync() {
  for (const i of range(1, 5)) {
    yield* task(i);
  }
}
let beg = time.time();
yield* sync();
let end = time.time();
print(`sync cost time ${(Math.trunc((end - beg) * 10 + 0.2) / 10).toFixed(1)}`);

function* asynchronous() {
  // original name: async
  const result = [];
  for (const i of range(1, 5)) {
    result.push(gevent.spawn(task, i));
  }
  yield* gevent.joinall(result);
}

beg = time.time();
yield* asynchronous();
end = time.time();
print(`async cost time ${(Math.trunc((end - beg) * 10 + 0.2) / 10).toFixed(1)}`);
