// Port of shared/conformance/example_16_group_imap_maxsize.py
// WHAT: Group.imap(range(20), maxsize=3): 4 tasks run per round (maxsize+1), len(group)==4, results in input order, 5 rounds
import * as gevent from "gevent";
import { Group } from "gevent/pool";

const _seen: unknown[] = []; // strong refs so numbers are never reused (id() values can be)
function gid(g: unknown) {
  // original printed id(g)
  for (const [i, s] of _seen.entries()) {
    if (s === g) return i + 1;
  }
  _seen.push(g);
  return _seen.length;
}

const group = new Group();

function* hello_from(n: number) {
  yield* gevent.sleep(1); // original: gevent.sleep(2) (scaled: 5 rounds x 2 s = 10 s)
  print(`Size of group ${group.length}`);
  print(`Hello from Greenlet ${gid(gevent.getcurrent())}`);
  return n + 10;
}

const x = group.imap(hello_from, range(20), { maxsize: 3 });

yield* x.forEach((j) => {
  print(j); // original: print j
});
