# WHAT: three small gevent programs in a row: test1/test2 hand over with sleep(0); foo/bar sleep 1 s together (1 s, not 2); eat/play_phone wake in timer order
# Source: written for this lesson from tutorial 1 "gevent的常用操作" (test1/test2, whose spawn and
# joinall lines were commented out in the post), tutorial 2 section 4 "创建Greenlets" (foo/bar)
# and tutorial 3 "遇到IO阻塞时会自动切换任务" (eat/play_phone), as their conformance ports do.
# Changes: the three run one after another in one program, without monkey.patch_all() (nothing
# here calls a blocking library function), and each part prints its start time.
# expected.out: what gevent 22.10.2 / greenlet 2.0.2 printed; 3.0 s of sleeping.
import time
import gevent

start = time.time()


def at():
    return '%.1f' % (int((time.time() - start) * 10 + 0.2) / 10)


def test1():
    print("test1")
    gevent.sleep(0)
    print("test11")


def test2():
    print("test2")
    gevent.sleep(0)
    print("test22")


print('part 1 at', at())
g1 = gevent.spawn(test1)
g2 = gevent.spawn(test2)
gevent.joinall([g1, g2])


def foo():
    print("func foo start...")
    gevent.sleep(1)
    print("func foo end..")


def bar():
    print("func bar start...")
    gevent.sleep(1)
    print('func bar end...')


print('part 2 at', at())
gevent.joinall([gevent.spawn(foo), gevent.spawn(bar)])


def eat():
    print('eat food 1')
    gevent.sleep(2)
    print('eat food 2')


def play_phone():
    print('play phone 1')
    gevent.sleep(1)
    print('play phone 2')


print('part 3 at', at())
g1 = gevent.spawn(eat)
g2 = gevent.spawn(play_phone)
gevent.joinall([g1, g2])
print('end at', at())
