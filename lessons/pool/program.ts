// Pool(2): map, then imapUnordered.
// Pool(2)：先 map，再 imapUnordered。
import { sleep } from "gevent";
import { Pool } from "gevent/pool";

const pool = new Pool(2); // at most 2 greenlets at a time — 同一时间最多 2 个 greenlet

function helloFrom(_n: number) {
  print(`Size of len pool ${pool.length}`); // pool.length is Python's len(pool)
}

// map runs helloFrom(0), (1), (2) in the pool and waits for all results (in input order).
// map 在池里运行 helloFrom(0)、(1)、(2)，等齐全部结果（按输入顺序）。
yield* pool.map(helloFrom, range(3));

function* task(n: number) {
  yield* sleep(3 - n);
  return ["task", n] as const;
}

// imapUnordered hands each result over as soon as its task finishes.
// imapUnordered 每个任务一结束就交出它的结果。
yield* pool.imapUnordered(task, range(3)).forEach(([name, n]) => {
  print(`('${name}', ${n})`); // the way Python prints a tuple — Python 打印元组的样子
});
