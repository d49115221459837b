// Shortcut: set the result.
import * as gevent from "gevent";
import { Lock, RLock } from "gevent/lock";

// Part 1: ten greenlets each take one from num. — 第一部分：十个 greenlet 各自把 num 减一。
let num = 10;

function* addNum() {
  const temp = num;
  yield* gevent.sleep(0.1); // a switch point between the read and the write — 读和写之间的切换点
  num = temp - 1;
}

yield* gevent.joinall(range(10).map(() => gevent.spawn(addNum)));
num = 0;
print("Result:", num);

// Part 2: two locks taken in opposite orders. — 第二部分：以相反顺序获取的两把锁。
const mutexA = new Lock();
const mutexB = new Lock();

function* t1() {
  yield* mutexA.hold(function* () {
    print("t1 has A");
    yield* gevent.sleep(0.1);
    if (yield* mutexB.acquire({ timeout: 1 })) {
      print("t1 has B");
      mutexB.release();
    } else print("t1 gave up waiting for B");
  });
}

function* t2() {
  yield* mutexB.hold(function* () {
    print("t2 has B");
    yield* gevent.sleep(0.1);
    if (yield* mutexA.acquire({ timeout: 1 })) {
      print("t2 has A");
      mutexA.release();
    } else print("t2 gave up waiting for A");
  });
}

yield* gevent.joinall([gevent.spawn(t1), gevent.spawn(t2)]);

// Part 3: an RLock can be taken again by the greenlet that holds it.
// 第三部分：持有 RLock 的 greenlet 可以再次获取它。
const r = new RLock();

function* inner() {
  yield* r.hold(() => print("inner has the lock"));
}

function* outer() {
  yield* r.hold(function* () {
    print("outer has the lock");
    yield* inner();
  });
}

yield* gevent.spawn(outer).join();
print("done");
