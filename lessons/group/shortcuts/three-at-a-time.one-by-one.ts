// Shortcut: run the tasks one after another.
import * as gevent from "gevent";
import { Group } from "gevent/pool";

print("part 1");

function talk(msg: string) {
  for (let i = 0; i < 3; i++) print(msg);
}

const g1 = gevent.spawn(talk, "bar");
const g2 = gevent.spawn(talk, "foo");
const g3 = gevent.spawn(talk, "hello");

const group1 = new Group();
yield* group1.add(g1);
yield* group1.add(g2);
yield* group1.join(); // main blocks: every ready greenlet runs, g3 too — main 阻塞：所有就绪的 greenlet 都会运行，g3 也不例外

const group2 = new Group();
yield* group2.add(g3);
yield* group2.join();

print("part 2");
const seen: unknown[] = [];
const gid = (g: unknown) => (seen.includes(g) ? seen.indexOf(g) : seen.push(g) - 1) + 1; // instead of id()

const group = new Group();

function helloFrom(n: number) {
  print(`Size of group ${group.length}`); // len(group)
  print(`Hello from Greenlet ${gid(gevent.getcurrent())}`);
  return n + 10;
}

const x = yield* group.map(helloFrom, range(3)); // results in input order — 结果按输入顺序
print(x);

print("part 3");

function* task(n: number) {
  yield* gevent.sleep(3 - n);
  return ["task", n] as const;
}

// imap yields the results in input order, whenever each one is ready.
// imap 按输入顺序交出结果，哪个准备好了就交哪个。
yield* group.imap(task, range(3)).forEach(([name, n]) => print(`('${name}', ${n})`));

print("part 4");

function* slowHello(n: number) {
  yield* gevent.sleep(1);
  print(`Size of group ${group.length}`);
  return n + 10;
}

for (const n of range(8)) print(yield* slowHello(n));
