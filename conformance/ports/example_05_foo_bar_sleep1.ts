// Port of shared/conformance/example_05_foo_bar_sleep1.py
// WHAT: two greenlets each gevent.sleep(1): start,start,end,end; total 1 s not 2 s
import * as gevent from "gevent";

function* foo() {
  print("func foo start..."); //1
  yield* gevent.sleep(1); //2
  print("func foo end.."); //5
}

function* bar() {
  print("func bar start..."); //3
  yield* gevent.sleep(1); //4
  print("func bar end..."); //6
}

// if __name__ == '__main__':
yield* gevent.joinall([gevent.spawn(foo), gevent.spawn(bar)]);
