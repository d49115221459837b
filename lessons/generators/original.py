# WHAT: a generator as a coroutine: the consumer is primed with next() and fed with send(); each send returns what the consumer yields back
# Source: written for this lesson from tutorial 3 (python_day10) "yield复习" (the @init decorator,
# consumer with `item=yield`, producer calling target.send(item)).
# Changes: 100000000 items reduced to 3; the consumer prints each item and yields back how many
# it has eaten, which the producer prints; the run-time prints are left out (timings are not
# deterministic). expected.out: what Python 3.11 printed (the same with gevent 22.10.2 and
# greenlet 2.0.2 installed); no time passes.
import functools


def init(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        g = func(*args, **kwargs)
        next(g)  # run to the first yield: the coroutine is now ready for send()
        return g
    return wrapper


@init
def consumer():
    count = 0
    while True:
        item = yield count
        count += 1
        print('拿到包子%s' % item)


def producer(target, seq):
    for item in seq:
        eaten = target.send(item)
        print('producer: consumer has eaten %d' % eaten)


producer(consumer(), range(3))
