// Port of shared/conformance/example_21_local.py
// WHAT: gevent.local.local: attributes set in one greenlet are invisible in another; each sees only its own __dict__
import * as gevent from "gevent";
import { local } from "gevent/local";

const x = new local();
function f1() {
  x.x = 1;
  print(x.x);
  print(dictRepr(x));
}

function f2() {
  x.y = 2;
  print(x.y);
  try {
    print(dictRepr(x)); // original: print x.__dict__
  } catch (error) {
    // except AttributeError:
    if (!(error instanceof TypeError)) throw error;
    print("x is not local to f2");
  }
}

const g1 = gevent.spawn(f1);
const g2 = gevent.spawn(f2);
yield* gevent.joinall([g1, g2]);

// Python renderings (the port's own formatting)
/** Python's repr of an object's __dict__ holding numbers: {'x': 1}. */
function dictRepr(obj: object): string {
  return `{${Object.entries(obj)
    .map(([key, value]) => `'${key}': ${String(value)}`)
    .join(", ")}}`;
}
