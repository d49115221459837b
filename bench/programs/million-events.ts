// About a million trace events: two greenlets give each other the CPU with sleep(0), and a
// queue and an event get used along the way, so the exporter and the model see more than switches.
import { joinall, sleep, spawn } from "gevent";
import { Event } from "gevent/event";
import { Queue } from "gevent/queue";

const q = new Queue<number>(4);
const done = new Event();

function* side(n: number) {
  for (let i = 0; i < 246000; i++) {
    yield* sleep(0);
    if (i % 64 === 0) {
      q.putNowait(i);
      yield* q.get();
    }
  }
  if (n === 1) done.set();
  else yield* done.wait();
}

yield* joinall([spawn(side, 1), spawn(side, 2)]);
print("done");
