// Port of shared/conformance/example_01_greenlet_producer_consumer.py
// WHAT: raw greenlet producer/consumer: c.switch() starts consumer, p.switch()/c.switch(item) pass values; producer return goes back to main
import { greenlet } from "greenlet";
import * as time from "time";

const ITEMS = [3, 7, 1, 10, 5]; // original: item = random.randint(1, 10)

function* Producer() {
  for (const item of ITEMS) {
    // original: while True
    print(`生产<${item}>中...`);
    yield* time.sleep(1);
    yield* c.switch(item); // 切换到消费者,并将item传入。
  }
  return "producer done";
}

function* Consumer() {
  while (true) {
    const item = yield* p.switch(); // 切换到生产者。等待生产者传递参数item
    print(`消费<${item}>中..`);
  }
}

const c = greenlet(Consumer); // 将普通函数编程协程
const p = greenlet(Producer); // 同理
const r = yield* c.switch(); // 启动协程,Consumer先执行
print("main got back:", r);
print("p.dead:", pyBool(p.dead), "c.dead:", pyBool(c.dead));

// Python renderings (the port's own formatting)
function pyBool(value: boolean): string {
  return value ? "True" : "False";
}
