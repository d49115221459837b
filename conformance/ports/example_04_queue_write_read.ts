// Port of shared/conformance/example_04_queue_write_read.py
// WHAT: gevent Queue writer/reader pair: put+sleep(0) vs blocking get; interleaving of put/get prints
import * as time from "time";
import * as random from "random";

import * as monkey from "gevent/monkey"; monkey.patchAll();
import * as gevent from "gevent";
import { Queue } from "gevent/queue";

const N = 5; // original: while True (infinite)

function* write(q: Queue<string>) {
  for (const _ of range(N)) {
    print(`put:${"text"}`);
    yield* q.put("text");
    yield* gevent.sleep(0); // 模拟阻塞
  }
}

function* read(q: Queue<string>) {
  for (const _ of range(N)) {
    print(`get:${yield* q.get()}`); // get本身是阻塞
  }
}

const q = new Queue<string>();
const w = gevent.spawn(write, q); // 遇到阻塞自动切换
const r = gevent.spawn(read, q);
yield* gevent.joinall([w, r]);
