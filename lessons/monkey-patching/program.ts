// time.sleep before and after monkey patching.
// 打猴子补丁之前和之后的 time.sleep。
import { joinall, spawn } from "gevent";
import * as monkey from "gevent/monkey";
import * as time from "time";

function* task(pid: number, beg: number) {
  // The standard library's sleep, not gevent's. — 标准库的 sleep，不是 gevent 的。
  yield* time.sleep(0.5);
  const dt = Math.floor((time.time() - beg) * 10 + 0.2) / 10;
  print(`Task ${pid} done at ${dt.toFixed(1)}`);
}

function* threeTasks() {
  const beg = time.time();
  yield* joinall(range(1, 4).map((i) => spawn(task, i, beg)));
}

const py = (b: boolean) => (b ? "True" : "False"); // Python spells booleans True / False

print("time patched:", py(monkey.isPatched("time")));
yield* threeTasks(); // unpatched: each sleep holds the whole program — 未打补丁：每次睡眠都卡住整个程序

// From here on time.sleep yields to the hub, like gevent.sleep.
// 从这里开始，time.sleep 会把控制权交给 hub，和 gevent.sleep 一样。
monkey.patchAll();
print("time patched:", py(monkey.isPatched("time")));
yield* threeTasks();
