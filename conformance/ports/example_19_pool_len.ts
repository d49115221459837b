// Port of shared/conformance/example_19_pool_len.py
// WHAT: Pool(2).map over 3 items: len(pool) as seen from inside each task (function never yields)
import { Pool } from "gevent/pool";

const pool = new Pool(2);
function hello_from(_n: number) {
  print(`Size of len pool ${pool.length}`);
}

yield* pool.map(hello_from, range(3));
