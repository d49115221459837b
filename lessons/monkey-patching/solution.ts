// time.sleep before and after monkey patching.
// 打猴子补丁之前和之后的 time.sleep。
import { joinall, spawn } from "gevent";
import * as monkey from "gevent/monkey";
import * as time from "time";

monkey.patchAll(); // patch first, before anything sleeps — 先打补丁，再做任何睡眠

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
yield* threeTasks(); // patched already: the three sleeps overlap — 已经打过补丁：三次睡眠同时进行

// Patching again changes nothing. — 再打一次补丁不会改变什么。
monkey.patchAll();
print("time patched:", py(monkey.isPatched("time")));
yield* threeTasks();
