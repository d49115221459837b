// Port of shared/conformance/example_15_group_map.py
// WHAT: Group.map: len(group) seen inside each mapped greenlet, per-greenlet identity, result list [10, 11, 12] in input order
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

function hello_from(n: number) {
  print(`Size of group ${group.length}`);
  print(`Hello from Greenlet ${gid(gevent.getcurrent())}`);
  return n + 10;
}

const x = yield* group.map(hello_from, range(3));
print(pyType(x));
print(x); // original: print x

// Python renderings (the port's own formatting)
/** Python's repr of type(x), for the values this program has. */
function pyType(value: unknown): string {
  return `<class '${Array.isArray(value) ? "list" : typeof value}'>`;
}
