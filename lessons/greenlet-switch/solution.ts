// Raw greenlets switched by hand, then a switch on every loop iteration.
// 亲手切换的原始 greenlet，然后是每次循环都切换一次。
import { greenlet } from "greenlet";

const py = (b: boolean) => (b ? "True" : "False"); // Python spells booleans True / False

function* test1() {
  print("test1,first");
  yield* gr2.switch(); // go to test2; come back here when someone switches to gr1 — 去 test2；有人切回 gr1 时从这里继续
  print("test1,sencod");
  yield* gr2.switch();
}

function* test2() {
  print("test2,first");
  yield* gr1.switch();
  print("test2,sencod");
  // test2 ends here: its parent, main, goes on. — test2 在这里结束：它的 parent，也就是 main，继续运行。
}

const gr1 = greenlet(test1);
const gr2 = greenlet(test2);
yield* gr1.switch();
// test1 is still suspended in its second gr2.switch(): resume it, and it ends too.
// test1 还停在第二次 gr2.switch() 里：让它继续，它也就结束了。
yield* gr1.switch();
print(`back in main; gr1.dead=${py(gr1.dead)} gr2.dead=${py(gr2.dead)}`);

const N = 1000; // the tutorial: 10000000
let switches = 0;

function* f1() {
  let res = 0;
  for (const i of range(N)) {
    res += i;
    switches += 1;
    yield* g2.switch();
  }
  print(`f1 finished res=${res}`);
}

function* f2() {
  let res = 0;
  for (const i of range(N)) {
    res *= i;
    switches += 1;
    yield* g1.switch();
  }
  print(`f2 finished res=${res}`); // never reached: f1 ends first — 永远到不了：f1 先结束
}

const g1 = greenlet(f1);
const g2 = greenlet(f2);
yield* g1.switch();
print(`switches=${switches} g1.dead=${py(g1.dead)} g2.dead=${py(g2.dead)}`);
