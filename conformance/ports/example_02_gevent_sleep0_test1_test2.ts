// Port of shared/conformance/example_02_gevent_sleep0_test1_test2.py
// WHAT: monkey.patch_all + two spawned greenlets with gevent.sleep(0): test1,test2,test11,test22 interleave
import * as monkey from "gevent/monkey"; monkey.patchAll();
// 使用猴子补丁要写在第一行
import * as gevent from "gevent";

function* test1() {
  print("test1");
  yield* gevent.sleep(0); // 模拟耗时操作
  print("test11");
}

function* test2() {
  print("test2");
  yield* gevent.sleep(0); // 模拟耗时操作
  print("test22");
}

const g1 = gevent.spawn(test1); // 将函数封装成协程,并启动
const g2 = gevent.spawn(test2);
yield* gevent.joinall([g1, g2]);
