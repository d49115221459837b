// The queue family: Queue, LifoQueue, PriorityQueue and JoinableQueue.
// 队列家族：Queue、LifoQueue、PriorityQueue 和 JoinableQueue。
import * as gevent from "gevent";
import { JoinableQueue, LifoQueue, PriorityQueue, Queue } from "gevent/queue";
import * as time from "time";

const at = () => (Math.floor((time.time() - start) * 10 + 0.2) / 10).toFixed(1);

// Part 1: a writer and a reader. — 第一部分：一个写者和一个读者。
function* write(q: Queue<string>) {
  for (let i = 0; i < 3; i++) {
    print("put:text");
    yield* q.put("text");
    yield* gevent.sleep(0);
  }
}

function* read(q: Queue<string>) {
  for (let i = 0; i < 3; i++) print(`get:${yield* q.get()}`); // get blocks while empty — 队列空时 get 阻塞
}

const q = new Queue<string>();
yield* gevent.joinall([gevent.spawn(write, q), gevent.spawn(read, q)]);

// Part 2: last in, first out; and the smallest first. — 第二部分：后进先出；以及最小的先出。
const lifo = new LifoQueue<string>();
for (const word of ["first", "second", "third"]) yield* lifo.put(word);
for (let i = 0; i < 3; i++) print("lifo:", yield* lifo.get());

const pq = new PriorityQueue<[number, string]>();
yield* pq.put([20, "a"]);
yield* pq.put([10, "b"]);
yield* pq.put([30, "c"]);
for (let i = 0; i < 3; i++) {
  const [priority, value] = yield* pq.get();
  print(`(${priority}, '${value}')`); // as Python prints a tuple — Python 打印元组的样子
}

// Part 3: join() waits until every task is marked done. — 第三部分：join() 等到每个任务都标记完成。
const tasks = new JoinableQueue<number>();
const start = time.time(); // times below count from here — 下面的时间从这里算起

function* worker(name: string) {
  while (true) {
    const task = yield* tasks.get();
    print(`${name} got task ${task} at ${at()}`);
    yield* gevent.sleep(0.1);
    tasks.taskDone(); // one call per task taken — 每取走一个任务调用一次
  }
}

// Three workers share six tasks: two rounds of 0.1 s. — 三个工人分六个任务：两轮，每轮 0.1 秒。
for (const name of ["bob", "lily", "lucy"]) gevent.spawn(worker, name);
for (const task of range(1, 7)) yield* tasks.put(task);
yield* tasks.join();
print("all tasks done at", at());
