// Shortcut: the waiters wait long enough to see the flag and print both lines.
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
  const isSet = yield* evt.wait(2);
  print("gave up");
  if (isSet) print("wait start..");
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
