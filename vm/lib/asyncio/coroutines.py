"""Coroutine predicates and the generator-based coroutine decorator.

iscoroutine/iscoroutinefunction look at the object's type and at the code flags
(CO_COROUTINE 0x80, CO_ITERABLE_COROUTINE 0x100); `_coroutine` is `types.coroutine` for a
plain generator function: it sets CO_ITERABLE_COROUTINE so the generator can be awaited.
CPython: Lib/asyncio/coroutines.py, Lib/types.py (coroutine).
"""

__all__ = ('iscoroutinefunction', 'iscoroutine')

_CO_COROUTINE = 0x80
_CO_ITERABLE_COROUTINE = 0x100
_is_coroutine = object()


async def _probe():
    pass


_c = _probe()
CoroutineType = type(_c)
_c.close()
del _c


def _gen():
    yield


GeneratorType = type(_gen())


def _coroutine(func):
    """Marks a generator function as awaitable (types.coroutine for plain functions)."""
    co = func.__code__
    func.__code__ = co.replace(co_flags=co.co_flags | _CO_ITERABLE_COROUTINE)
    return func


def iscoroutinefunction(func):
    """True for `async def` functions (and functions marked by the old decorator)."""
    if getattr(func, '_is_coroutine', None) is _is_coroutine:
        return True
    func = getattr(func, '__func__', func)
    code = getattr(func, '__code__', None)
    return code is not None and bool(code.co_flags & _CO_COROUTINE)


def iscoroutine(obj):
    """True for coroutines, generators (3.11 still accepts them) and Coroutine ABC lookalikes."""
    t = type(obj)
    if t is CoroutineType or t is GeneratorType:
        return True
    return all(hasattr(t, m) for m in ('__await__', 'send', 'throw', 'close'))
