// Port of shared/conformance/example_07_greenlet_subclass_run.py
// WHAT: Greenlet subclass overriding _run; start() x3 then join() x3; messages in start order, total = max sleep (2 s)
import * as gevent from "gevent";
import * as time from "time";

class MyGreenlet extends gevent.Greenlet {
  message: string;
  n: number;

  constructor(message: string, n: number) {
    super();
    this.message = message;
    this.n = n;
  }

  *run() {
    print(this.message);
    yield* gevent.sleep(this.n);
  }
}

// if __name__ == '__main__':
const x = new MyGreenlet("hello", 2);
const y = new MyGreenlet("haah", 1);
const z = new MyGreenlet("haahzz", 1);

const beg = time.time();
const l = [x, y, z];
for (const j of l) {
  j.start();
}
for (const j of l) {
  yield* j.join();
}
const end = time.time();
print(`cost time ${(Math.trunc((end - beg) * 10 + 0.2) / 10).toFixed(1)}`); // original: "cost time %s" % (end-beg)
