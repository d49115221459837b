// Event: one setter, five waiters.
// Event：一个设置者，五个等待者。
import { joinall, sleep, spawn } from "gevent";
import { Event } from "gevent/event";

const evt = new Event();

function* setter() {
  print("Cost 2 seconds");
  yield* sleep(2);
  print("sleep over");
  // set() does not switch: the hub wakes the waiters after this greenlet yields.
  // set() 不会切换：等这个 greenlet 让出后，hub 才唤醒等待者。
  evt.set();
}

function* waiter() {
  print("i will wait");
  yield* evt.wait(); // blocks until the flag is set — 阻塞，直到标志被设置
  print("wait start..");
}

function* main() {
  yield* joinall([
    spawn(setter),
    spawn(waiter),
    spawn(waiter),
    spawn(waiter),
    spawn(waiter),
    spawn(waiter),
  ]);
}

yield* main();
