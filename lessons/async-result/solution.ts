// AsyncResult: one value for every waiter.
// AsyncResult：一个值，交给每一个等待者。
import { joinall, sleep, spawn } from "gevent";
import { AsyncResult } from "gevent/event";

const a = new AsyncResult<string>();

function* setter() {
  print("setter fun cost 3s");
  yield* sleep(3);
  // Fail instead: every waiter's get() throws this error. — 改为失败：每个等待者的 get() 都会抛出它。
  a.setException(new Error("no hello"));
}

function* waiter() {
  print("waiter start...");
  // get() blocks until a value (or an exception) is set, then returns it.
  // get() 阻塞到值（或异常）被设置，然后返回它。
  try {
    print(yield* a.get());
  } catch (error) {
    print("error:", (error as Error).message);
  }
}

yield* joinall([spawn(setter), spawn(waiter), spawn(waiter)]);
