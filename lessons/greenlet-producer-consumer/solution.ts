// Producer and consumer on raw greenlets.
// 用原始 greenlet 写的生产者/消费者。
import { greenlet } from "greenlet";
import * as time from "time";

const ITEMS = [3, 7, 1, 10, 5]; // the tutorial drew random.randint(1, 10) forever

function* producer() {
  for (const item of ITEMS) {
    print(`生产<${item}>中...`);
    // Unpatched time.sleep blocks the whole program for 1 s.
    // 未打补丁的 time.sleep 会让整个程序停住 1 秒。
    yield* time.sleep(1);
    // Jump into the consumer, carrying item; we resume here when it switches back.
    // 带着 item 跳进消费者；等它切回来时，从这里继续。
    yield* c.switch(item);
  }
  // A finished greenlet's value goes to its parent: main, which created p.
  // greenlet 结束时，返回值交给它的 parent：创建 p 的 main。
  return "producer done";
}

function* consumer() {
  while (true) {
    // Switch to the producer; the value it passes back arrives here.
    // 切到生产者；它传回来的值就是这里的结果。
    const item = yield* p.switch();
    print(`消费<${item}>中..`);
    if (item === 10) return "consumer done"; // c ends: its value goes to main — c 结束，值交给 main
  }
}

const c = greenlet(consumer);
const p = greenlet(producer);
// Start the consumer. main waits here until a greenlet whose parent is main ends.
// 启动消费者。main 停在这里，直到某个 parent 是 main 的 greenlet 结束。
const r = yield* c.switch();
print("main got back:", r);

const py = (b: boolean) => (b ? "True" : "False"); // Python spells booleans True / False
print("p.dead:", py(p.dead), "c.dead:", py(c.dead));
