// Port of shared/conformance/example_11_asyncresult_setter_waiters.py
// WHAT: AsyncResult: setter sleeps 3 s then set('hello'); two waiters blocked in get() both receive it
import * as gevent from "gevent";
import { AsyncResult } from "gevent/event";

const a = new AsyncResult<string>();

function* setter() {
  print("setter fun cost 3s");
  yield* gevent.sleep(3);
  a.set("hello");
}

function* waiter() {
  print("waiter start...");
  print(yield* a.get());
}

yield* gevent.joinall([gevent.spawn(setter), gevent.spawn(waiter), gevent.spawn(waiter)]);
