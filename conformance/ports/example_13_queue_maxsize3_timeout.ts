// Port of shared/conformance/example_13_queue_maxsize3_timeout.py
// WHAT: Queue(maxsize=3): boss blocks in put while 2 workers get(timeout=1)+sleep(0.1); shows put/get interleaving and that the workers stop on q.empty()
import * as gevent from "gevent";
import { Queue } from "gevent/queue";

const q = new Queue<number>(3);

function* boss() {
  for (const j of range(1, 10)) {
    yield* q.put(j);
    print("first task share finished!");
  }

  for (const j of range(10, 20)) {
    yield* q.put(j);
    print("second task share finished!");
  }
}

function* worker(name: string) {
  try {
    while (!q.empty()) {
      const val = yield* q.get({ timeout: 1 });
      print(`worker ${name} got task ${val}`);
      yield* gevent.sleep(0.1);
    }
  } catch {
    print("Queue is timeout!");
  }
}

// Python rebinds the name `boss` to the greenlet; TypeScript needs a second name.
const bossGreenlet = gevent.spawn(boss);
const lily = gevent.spawn(worker, "lily");
const lucy = gevent.spawn(worker, "lucy");
yield* gevent.joinall([bossGreenlet, lily, lucy]);
