// Port of shared/conformance/example_08_greenlet_state_win_fail.py
// WHAT: started/value/successful()/exception of a returning and a raising greenlet; joinall does not raise; traceback to stderr
import * as gevent from "gevent";

/** Python's built-in Exception. */
class Exception extends Error {
  override name = "Exception";
}

function win() {
  return "you win!";
}

function fail() {
  throw new Exception("you fail at failing");
}

const winner = gevent.spawn(win);
const loser = gevent.spawn(fail);
print(pyBool(winner.started)); //true
print(pyBool(loser.started)); //true

try {
  yield* gevent.joinall([winner, loser]);
} catch {
  print("This will never be reached");
}

print(pyStr(winner.value)); //you win
print(pyStr(loser.value)); //None

print(pyBool(winner.successful())); //true
print(pyBool(loser.successful())); //false

print(pyStr(loser.exception)); //you faild at failing

// Python renderings (the port's own formatting)
function pyBool(value: boolean): string {
  return value ? "True" : "False";
}
/** Python's str(): None for a value not set, an exception's message. */
function pyStr(value: unknown): string {
  if (value === undefined || value === null) return "None";
  return value instanceof Error ? value.message : String(value);
}
