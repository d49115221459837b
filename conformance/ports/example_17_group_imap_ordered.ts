// Port of shared/conformance/example_17_group_imap_ordered.py
// WHAT: Group.imap with sleep(3-n): results yielded in INPUT order although task 2 finishes first (3 s total)
import * as gevent from "gevent";
import { Group } from "gevent/pool";

const group = new Group();

function* hello_from(n: number) {
  yield* gevent.sleep(3 - n);
  return ["task", n] as const;
}

const x = group.imap(hello_from, range(3));
yield* x.forEach((j) => {
  print(tupleRepr(j));
});

// Python renderings (the port's own formatting)
/** Python's repr of a tuple of strings and numbers: ('task', 0). */
function tupleRepr(items: readonly (string | number)[]): string {
  return `(${items.map((v) => (typeof v === "string" ? `'${v}'` : String(v))).join(", ")})`;
}
