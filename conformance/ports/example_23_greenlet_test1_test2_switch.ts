// Port of shared/conformance/example_23_greenlet_test1_test2_switch.py
// WHAT: raw greenlet explicit switch: test1,first / test2,first / test1,sencod / test2,sencod; main resumes when gr1 returns
import { greenlet } from "greenlet";

function* test1() {
  print("test1,first");
  yield* gr2.switch();
  print("test1,sencod");
  yield* gr2.switch();
}
function* test2() {
  print("test2,first");
  yield* gr1.switch();
  print("test2,sencod");
}

const gr1 = greenlet(test1);
const gr2 = greenlet(test2);
yield* gr1.switch();
print(`back in main; gr1.dead=${pyBool(gr1.dead)} gr2.dead=${pyBool(gr2.dead)}`); // added

// Python renderings (the port's own formatting)
function pyBool(value: boolean): string {
  return value ? "True" : "False";
}
