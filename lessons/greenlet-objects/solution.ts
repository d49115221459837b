// Greenlet objects: subclasses, states, kill and Timeout.
// Greenlet 对象：子类、状态、kill 和 Timeout。
import * as gevent from "gevent";
import { Greenlet, GreenletExit, Timeout } from "gevent";

const py = (b: boolean) => (b ? "True" : "False"); // Python spells booleans True / False
const none = (v: unknown) => (v === undefined ? "None" : String(v)); // Python's None

// Part 1: a subclass. run() is Python's _run, toString() its __str__.
// 第一部分：子类。run() 就是 Python 的 _run，toString() 就是 __str__。
class MyNoopGreenlet extends Greenlet {
  seconds: number;

  constructor(seconds: number) {
    super();
    this.seconds = seconds;
  }

  override *run() {
    yield* gevent.sleep(this.seconds);
  }

  override toString() {
    return `MyNoopGreenlet(${this.seconds})`;
  }
}

const a = new MyNoopGreenlet(0.5);
print(String(a), "started:", py(Boolean(a.started)));
a.start(); // scheduled; runs once main blocks — 安排好了；main 阻塞后才运行
print("after start(): started:", py(Boolean(a.started)), "ready:", py(a.ready()));
yield* a.join();
print("after join(): ready:", py(a.ready()), "value:", none(a.value), "successful:", py(a.successful()));

// Part 2: a winner and a loser. — 第二部分：一个赢家，一个输家。
function win() {
  return "you win!";
}

/** Python's built-in Exception. — Python 内置的 Exception。 */
class Exception extends Error {
  override name = "Exception";
}

function fail(): string {
  throw new Exception("you fail at failing");
}

const winner = gevent.spawn(win);
const loser = gevent.spawn(fail);
yield* gevent.joinall([winner, loser]); // does not throw: the failure stays in loser — 不会抛出：失败留在 loser 里
print("winner:", winner.value, py(winner.successful()));
print("loser:", none(loser.value), py(loser.successful()), (loser.exception as Error).message);

// Part 3: kill throws GreenletExit into a greenlet and waits until it is dead.
// 第三部分：kill 把 GreenletExit 抛进 greenlet，并等到它结束。
function* sleeper() {
  try {
    yield* gevent.sleep(10);
  } catch (error) {
    if (error instanceof GreenletExit) {
      print("sleeper: killed");
      // Clean up before dying: kill() in main waits for this. — 结束前先清理：main 里的 kill() 会等它。
      yield* gevent.sleep(0.5);
      print("sleeper: cleaned up");
    }
    throw error;
  }
}

const s = gevent.spawn(sleeper);
yield* gevent.sleep(1);
yield* s.kill();
print("dead:", py(s.dead), "value:", (s.value as Error).name, "successful:", py(s.successful()));

// Part 4: a Timeout is thrown into the greenlet that is waiting too long.
// 第四部分：等得太久的 greenlet 会收到一个 Timeout。
try {
  yield* new Timeout(0.5).within(function* () {
    yield* gevent.sleep(2);
  });
  print("not reached");
} catch (t) {
  if (!(t instanceof Timeout)) throw t;
  print("timed out:", t.message);
}
