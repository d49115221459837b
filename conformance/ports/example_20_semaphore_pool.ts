// Port of shared/conformance/example_20_semaphore_pool.py
// WHAT: Semaphore(2) with 3 workers via Pool().map: acquire/release print order, worker 2 waits for a release
import * as gevent from "gevent";
import { Pool } from "gevent/pool";
// The original tries `gevent.coros` first and falls back to `gevent.lock`, where these live now.
import { RLock, Semaphore } from "gevent/lock";

const sem = new Semaphore(2);
function* worker1(n: number) {
  yield* sem.acquire();
  print(`Worker ${n} acquired semaphore`);
  yield* gevent.sleep(1);
  sem.release();
  print(`Worker ${n} released semaphore`);
}

const pool = new Pool();
yield* pool.map(worker1, range(0, 3)); // original: xrange(0,3)
