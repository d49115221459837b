// Start here: two greenlets take turns.
// 从这里开始：两个 greenlet 轮流运行。
import * as gevent from "gevent";

// A greenlet's body is a generator function: function* ... — greenlet 的主体是生成器函数
function* foo() {
  print("running in foo");
  // yield* marks a switch point: here foo lets the others run.
  // yield* 标出切换点：foo 在这里让别人先运行。
  yield* gevent.sleep(0);
  print("com back from bar in to foo");
}

function* bar() {
  print("running in bar");
  yield* gevent.sleep(0);
  print("com back from foo in to bar");
}

// spawn schedules a greenlet; joinall waits (in main) until both have ended.
// spawn 安排一个 greenlet；joinall 让 main 等到两个都结束。
yield* gevent.joinall([gevent.spawn(foo), gevent.spawn(bar)]);
