// Port of shared/conformance/example_24_greenlet_switch_cost.py
// WHAT: raw greenlet f1<->f2 switch per loop iteration: sequential result vs switched result, switch count; f1 ends first, f2 left suspended
import { greenlet } from "greenlet";

const N = 100000; // original: 10000000
let switches = 0;

//顺序执行
function f1_seq() {
  let res = 0;
  for (const i of range(N)) {
    res += i;
  }
  return res;
}

function f2_seq() {
  let res = 0;
  for (const i of range(N)) {
    res *= i;
  }
  return res;
}

print(`sequential: f1=${f1_seq()} f2=${f2_seq()}`); // original printed run time

//切换
function* f1() {
  let res = 0;
  for (const i of range(N)) {
    res += i;
    switches += 1;
    yield* gr2.switch();
  }
  print(`f1 finished res=${res}`); // added
}

function* f2() {
  let res = 0;
  for (const i of range(N)) {
    res *= i;
    switches += 1;
    yield* gr1.switch();
  }
  print(`f2 finished res=${res}`); // added (never reached: f1 ends first)
}

const gr1 = greenlet(f1);
const gr2 = greenlet(f2);

yield* gr1.switch();
print(`switches=${switches} gr1.dead=${pyBool(gr1.dead)} gr2.dead=${pyBool(gr2.dead)}`); // original printed run time

// Python renderings (the port's own formatting)
function pyBool(value: boolean): string {
  return value ? "True" : "False";
}
