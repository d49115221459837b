// The same consumer as a raw greenlet: it switches back to main instead of yielding.
// 同一个消费者，写成原始 greenlet：它切换回 main，而不是 yield。
import { getcurrent, greenlet } from "greenlet";

const main = getcurrent();

function* consumer() {
  let count = 0;
  // The first switch back is like the first yield: "ready, send me items".
  // 第一次切回 main 就像第一个 yield：“准备好了，把物品发过来”。
  let item = yield* main.switch(count);
  while (true) {
    count += 1;
    print(`拿到包子${item}`);
    item = yield* main.switch(count); // hand count to main, wait for the next item — 把 count 交给 main，等下一个物品
  }
}

const c = greenlet(consumer);
yield* c.switch(); // runs the consumer to its first switch back — 让消费者运行到它第一次切回来

for (const item of range(3)) {
  const eaten = yield* c.switch(item);
  print(`producer: consumer has eaten ${eaten}`);
}
