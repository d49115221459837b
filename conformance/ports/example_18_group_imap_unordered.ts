// Port of shared/conformance/example_18_group_imap_unordered.py
// WHAT: Group.imap_unordered with sleep(3-n): results yielded in COMPLETION order (task 2, 1, 0)
import * as gevent from "gevent";
import { Group } from "gevent/pool";
const group = new Group();

function* hello_from(n: number) {
  yield* gevent.sleep(3 - n);
  return ["task", n] as const;
}

const x = group.imapUnordered(hello_from, range(3));
yield* x.forEach((j) => {
  print(tupleRepr(j));
});

// Python renderings (the port's own formatting)
/** Python's repr of a tuple of strings and numbers: ('task', 0). */
function tupleRepr(items: readonly (string | number)[]): string {
  return `(${items.map((v) => (typeof v === "string" ? `'${v}'` : String(v))).join(", ")})`;
}
