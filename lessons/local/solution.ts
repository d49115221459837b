// Greenlet-local data: each greenlet sees its own attributes.
// greenlet 局部数据：每个 greenlet 只看到自己的属性。
import * as gevent from "gevent";
import { local } from "gevent/local";

// Python's repr of an object's __dict__ holding numbers: {'x': 1}. — 按 Python 的样子打印 __dict__
const dictRepr = (obj: object) =>
  `{${Object.entries(obj).map(([key, value]) => `'${key}': ${String(value)}`).join(", ")}}`;

const x = new local();

function f1() {
  x.x = 1;
  print(x.x);
  print(dictRepr(x)); // only this greenlet's attributes — 只有这个 greenlet 的属性
}

function f2() {
  x.y = 2;
  print(x.y);
  print(dictRepr(x));
}

yield* gevent.joinall([gevent.spawn(f1), gevent.spawn(f2)]);

// Part 2: "the current user", read by a helper that is not told who it is.
// 第二部分：“当前用户”，由一个不知道自己在为谁服务的辅助函数读取。
const ctx = new local(); // one user per greenlet — 每个 greenlet 一个用户

function log(msg: string) {
  print(`[${ctx.user}] ${msg}`);
}

function* handle(user: string, delay: number) {
  ctx.user = user;
  log("start");
  yield* gevent.sleep(delay);
  log("done");
}

yield* gevent.joinall([gevent.spawn(handle, "alice", 0.2), gevent.spawn(handle, "bob", 0.1)]);
