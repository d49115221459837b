// AsyncResult: one value for every waiter.
// AsyncResult：一个值，交给每一个等待者。
import { joinall, sleep, spawn } from "gevent";
import { AsyncResult } from "gevent/event";

const a = new AsyncResult<string>();

function* setter() {
  print("setter fun cost 3s");
  yield* sleep(3);
  a.set("hello"); // stores the value and wakes the waiters — 保存值，唤醒等待者
}

function* waiter() {
  print("waiter start...");
  // get() blocks until a value (or an exception) is set, then returns it.
  // get() 阻塞到值（或异常）被设置，然后返回它。
  print(yield* a.get());
}

yield* joinall([spawn(setter), spawn(waiter), spawn(waiter)]);
