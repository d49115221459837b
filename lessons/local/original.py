# WHAT: gevent.local.local: attributes set in one greenlet are invisible in another; then two handlers keep "the current user" in a plain shared object and the one that sleeps longer reports the other's user
# Source: written for this lesson from tutorial 2 "线程局部变量" (x = local(); f1 sets x.x, f2
# sets x.y, each sees only its own __dict__), as its conformance port does. Changes: a second
# part, written for this lesson, shows what local() is for: per-greenlet context read by a
# helper function. It keeps the context in a plain object on purpose (the lesson's task is to
# make it a local). expected.out: what gevent 22.10.2 / greenlet 2.0.2 printed; 0.2 s.
import gevent
from gevent.local import local

x = local()


def f1():
    x.x = 1
    print(x.x)
    print(x.__dict__)


def f2():
    x.y = 2
    print(x.y)
    print(x.__dict__)


gevent.joinall([gevent.spawn(f1), gevent.spawn(f2)])


class Context:
    pass


ctx = Context()  # shared by every greenlet


def log(msg):
    print('[%s] %s' % (ctx.user, msg))


def handle(user, delay):
    ctx.user = user
    log('start')
    gevent.sleep(delay)
    log('done')


gevent.joinall([gevent.spawn(handle, 'alice', 0.2), gevent.spawn(handle, 'bob', 0.1)])
