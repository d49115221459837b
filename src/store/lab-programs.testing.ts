/**
 * The scheduler lab's producer and consumer (as in e2e/lab.spec.ts): a queue's hand-over is a
 * choice point beside the producer's own turn, so being the hub on it has choices to make. Read
 * by the lab's tests and by bench/lab.bench.ts.
 */
export const PRODUCER_CONSUMER = `import { joinall, sleep, spawn } from "gevent";
import { Queue } from "gevent/queue";
const q = new Queue<number>();
function* producer() {
  for (let i = 0; i < 3; i++) {
    yield* q.put(i);
    yield* sleep(0);
  }
}
function* consumer() {
  for (let i = 0; i < 3; i++) print("got", yield* q.get());
}
yield* joinall([spawn(producer), spawn(consumer)]);
`;
