// Exercise: waiters that give up after 1 s. — 练习：等 1 秒就放弃的等待者。
import { joinall, sleep, spawn } from "gevent";
import { Event } from "gevent/event";

const evt = new Event();

function* setter() {
  print("Cost 2 seconds");
  yield* sleep(2);
  print("sleep over");
  evt.set();
}

function* waiter() {
  print("i will wait");
  // wait(1) returns the flag: false when the second ran out first.
  // wait(1) 返回标志：若 1 秒先到，返回 false。
  const isSet = yield* evt.wait(1);
  print(isSet ? "wait start.." : "gave up");
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
