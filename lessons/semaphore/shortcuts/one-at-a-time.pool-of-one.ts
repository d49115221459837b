// Shortcut: let a Pool(1) do the limiting, so nobody waits on the semaphore.
import { sleep } from "gevent";
import { Semaphore } from "gevent/lock";
import { Pool } from "gevent/pool";

const sem = new Semaphore(2); // two permits — 两张许可

function* worker1(n: number) {
  yield* sem.acquire(); // takes a permit, or waits for one — 拿一张许可，没有就等
  print(`Worker ${n} acquired semaphore`);
  yield* sleep(1);
  sem.release(); // gives it back; does not switch — 归还许可；不会切换
  print(`Worker ${n} released semaphore`);
}

const pool = new Pool(1);
yield* pool.map(worker1, range(0, 3));
