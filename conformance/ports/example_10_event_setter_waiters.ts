// Port of shared/conformance/example_10_event_setter_waiters.py
// WHAT: Event: 1 setter (sleep 2 then set) + 5 waiters; all 5 wake after set in spawn order (the post wrongly shows 6 'i will wait')
import * as gevent from "gevent";
import { Event } from "gevent/event";

const evt = new Event();

function* setter() {
  print("Cost 2 seconds");
  yield* gevent.sleep(2);
  print("sleep over");
  evt.set();
}

function* waiter() {
  print("i will wait");
  yield* evt.wait();
  print("wait start..");
}

function* main() {
  yield* gevent.joinall([
    gevent.spawn(setter),
    gevent.spawn(waiter),
    gevent.spawn(waiter),
    gevent.spawn(waiter),
    gevent.spawn(waiter),
    gevent.spawn(waiter),
  ]);
}

yield* main();
