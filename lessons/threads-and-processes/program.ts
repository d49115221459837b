// Threads and greenlets: the threading tutorial's examples, done with gevent.
// 线程与 greenlet：多线程教程里的例子，用 gevent 来做。
import * as gevent from "gevent";
import { Event } from "gevent/event";
import { Semaphore } from "gevent/lock";
import { Queue } from "gevent/queue";
import * as time from "time";

let start = time.time();
const at = () => (Math.floor((time.time() - start) * 10 + 0.2) / 10).toFixed(1);

// Part 1: CPU work never waits, so it never lets the hub in. — 第一部分：计算从不等待，所以从不让 hub 进来。
function* compute(n: number) {
  yield* time.busy(0.5); // CPU-bound: holds the hub — 计算密集：占住 hub
  print(`task ${n} computed`);
}

function* ticker() {
  for (let i = 0; i < 3; i++) {
    yield* gevent.sleep(0.1);
    print(`tick ${i + 1}`);
  }
}

yield* gevent.joinall([gevent.spawn(ticker), ...range(3).map((n) => gevent.spawn(compute, n))]);

// Part 2: Event.wait with a timeout. — 第二部分：带超时的 Event.wait。
start = time.time();
const event = new Event();

function* connMysql(name: string) {
  let count = 0;
  while (!event.isSet()) {
    print(`${name} attempt ${count} at ${at()}`);
    count += 1;
    yield* event.wait(0.5);
  }
  print(`${name} ready to connect at ${at()}`);
}

function* checkMysql() {
  print("checking mysql...");
  yield* gevent.sleep(1.2);
  event.set();
}

yield* gevent.joinall([gevent.spawn(connMysql, "t1"), gevent.spawn(connMysql, "t2"), gevent.spawn(checkMysql)]);

// Part 3: threading.Timer(1, hello) is spawnLater(1, hello). — 第三部分：threading.Timer 就是 spawnLater。
start = time.time();
const hello = () => print("hello, world at", at());
yield* gevent.spawnLater(1, hello).join();

// Part 4: at most five inside at once. — 第四部分：同时最多五个在里面。
start = time.time();
const semaphore = new Semaphore(5);

function* func(n: number) {
  yield* semaphore.hold(function* () {
    print(`${n} got the semaphore at ${at()}`);
    yield* gevent.sleep(1);
  });
}

yield* gevent.joinall(range(10).map((n) => gevent.spawn(func, n)));

// Part 5: producers and consumers on a bounded queue. — 第五部分：有界队列上的生产者和消费者。
start = time.time();
const q = new Queue<string>(5);

function* producer(n: number) {
  yield* q.put(`order ${n}`);
}

function* consumer(n: number) {
  for (let i = 0; i < 4; i++) {
    print(`${n} handled ${yield* q.get()}`);
    yield* gevent.sleep(0.1);
  }
}

const producers = range(12).map((n) => gevent.spawn(producer, n));
const consumers = range(3).map((n) => gevent.spawn(consumer, n));
yield* gevent.joinall([...producers, ...consumers]);
print("all orders handled at", at());

// Part 6: a shared counter, and no switch point in the loop. — 第六部分：共享计数器，循环里没有切换点。
let counter = 0;

function* countUp() {
  for (let i = 0; i < 100; i++) {
    counter += 1; // read, add, write: one piece between switch points — 读、加、写：在两个切换点之间，是一个整体
  }
}

yield* gevent.joinall(range(3).map(() => gevent.spawn(countUp)));
print("counted", counter);
