// Port of shared/conformance/example_28_noop_greenlet_str.py
// WHAT: Greenlet subclass with __init__/_run/__str__ (tutorial text only shows the class): str(g) before/after, ready()/value after join
import * as gevent from "gevent";
import { Greenlet } from "gevent";

class MyNoopGreenlet extends Greenlet {
  seconds: number;

  constructor(seconds: number) {
    super();
    this.seconds = seconds;
  }

  *run() {
    yield* gevent.sleep(this.seconds);
  }

  override toString() {
    return `MyNoopGreenlet(${this.seconds})`;
  }
}

const a = new MyNoopGreenlet(0.5);
const b = new MyNoopGreenlet(0.2);
print(String(a), String(b));
print("started before start():", pyBool(Boolean(a.started)), pyBool(Boolean(b.started)));
a.start();
b.start();
print("started after start():", pyBool(Boolean(a.started)), pyBool(Boolean(b.started)), "ready:", pyBool(a.ready()), pyBool(b.ready()));
yield* b.join();
print(`after b.join(): a.ready=${pyBool(a.ready())} b.ready=${pyBool(b.ready())}`);
yield* a.join();
print(`after a.join(): a.ready=${pyBool(a.ready())} value=${pyRepr(a.value)} successful=${pyBool(a.successful())}`);
print(String(a), String(b));

// Python renderings (the port's own formatting)
function pyBool(value: boolean): string {
  return value ? "True" : "False";
}
/** Python's repr(), for the values this program has: None, strings, numbers. */
function pyRepr(value: unknown): string {
  if (value === undefined || value === null) return "None";
  return typeof value === "string" ? `'${value}'` : String(value);
}
