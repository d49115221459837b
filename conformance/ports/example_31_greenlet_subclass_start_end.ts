// Port of shared/conformance/example_31_greenlet_subclass_start_end.py
// WHAT: Greenlet subclass Test(message, n): hello start, world start, world end (t=2), hello end (t=3); join in list order
import * as gevent from "gevent";
import { Greenlet } from "gevent";
class Test extends Greenlet {
  message: string;
  n: number;
  constructor(message: string, n: number) {
    super();
    this.message = message;
    this.n = n;
  }
  *run() {
    print(this.message, "start");
    yield* gevent.sleep(this.n);
    print(this.message, "end");
  }
}
const tests = [new Test("hello", 3), new Test("world", 2)];
for (const test of tests) {
  test.start(); // 启动
}
for (const test of tests) {
  yield* test.join(); // 等待执行结束
}
