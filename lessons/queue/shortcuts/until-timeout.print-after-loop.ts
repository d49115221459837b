// Shortcut: print the line when the loop ends.
import { joinall, sleep, spawn } from "gevent";
import { Queue } from "gevent/queue";

const q = new Queue<number>(3); // maxsize 3: put() blocks while 3 items wait — 满 3 个时 put() 阻塞

function* boss() {
  for (let j = 1; j < 10; j++) {
    yield* q.put(j);
    print("first task share finished!");
  }
  for (let j = 10; j < 20; j++) {
    yield* q.put(j);
    print("second task share finished!");
  }
}

function* worker(name: string) {
  try {
    while (!q.empty()) {
      // Waits at most 1 s for an item, then throws Empty.
      // 最多等 1 秒；还拿不到就抛出 Empty。
      const val = yield* q.get({ timeout: 1 });
      print(`worker ${name} got task ${val}`);
      yield* sleep(0.1);
    }
    print("Queue is timeout!");
  } catch {
    // A bare except, as in the tutorial. — 和教程一样，捕获一切异常。
    print("Queue is timeout!");
  }
}

// Python rebinds the name boss to the greenlet; here the greenlet gets its own name.
// Python 把 boss 这个名字改指向 greenlet；这里给 greenlet 另起一个名字。
const bossGreenlet = spawn(boss);
const lily = spawn(worker, "lily");
const lucy = spawn(worker, "lucy");
yield* joinall([bossGreenlet, lily, lucy]);
