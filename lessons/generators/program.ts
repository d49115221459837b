// A generator as a coroutine: next(value) is Python's send(value).
// 把生成器当作协程：next(value) 就是 Python 的 send(value)。

// yield hands a value out and pauses; next(item) resumes it, and item is what yield returns.
// yield 交出一个值并暂停；next(item) 让它继续，item 就是 yield 的结果。
function* consumer(): Generator<number, void, number> {
  let count = 0;
  while (true) {
    const item = yield count;
    count += 1;
    print(`拿到包子${item}`);
  }
}

// Python's @init: run the generator to its first yield, so that it can receive.
// Python 的 @init：先让生成器运行到第一个 yield，它才能接收值。
function init(g: Generator<number, void, number>) {
  g.next(0); // the value given to the first next() is thrown away — 第一次 next() 的参数会被丢弃
  return g;
}

function producer(target: Generator<number, void, number>, seq: number[]) {
  for (const item of seq) {
    const eaten = target.next(item).value; // Python: target.send(item)
    print(`producer: consumer has eaten ${eaten}`);
  }
}

producer(init(consumer()), range(3));
