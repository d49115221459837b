// Port of shared/conformance/example_12_queue_boss_workers.py
// WHAT: boss put_nowait 1..19 then 3 workers (bob/lily/lucy) drain the Queue with get()+sleep(0.1): round-robin task assignment
import * as gevent from "gevent";
import { Queue } from "gevent/queue";

const q = new Queue<number>();
function* worker(n: string) {
  while (!q.empty()) {
    const t = yield* q.get();
    print(`worker ${n} got task ${t}`);
    yield* gevent.sleep(0.1);
  }
}

function boss() {
  // original: indented inside worker() (typo in the post)
  for (const j of range(1, 20)) {
    q.putNowait(j);
  }
}

yield* gevent.spawn(boss).join();

const bob = gevent.spawn(worker, "bob");
const lily = gevent.spawn(worker, "lily");
const lucy = gevent.spawn(worker, "lucy");

yield* gevent.joinall([bob, lily, lucy]);
