// Port of shared/conformance/example_29_foo_bar_sleep0.py
// WHAT: gevent.sleep(0) hand-off between two spawned greenlets: running in foo / running in bar / com back ... foo / ... bar
import * as gevent from "gevent";
function* foo() {
  print("running in foo");
  yield* gevent.sleep(0);
  print("com back from bar in to foo");
}
function* bar() {
  print("running in bar");
  yield* gevent.sleep(0);
  print("com back from foo in to bar");
}
// 创建线程并行执行程序
yield* gevent.joinall([gevent.spawn(foo), gevent.spawn(bar)]);
