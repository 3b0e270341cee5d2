"""Progress events from the flow to whoever shows them (the CLI's rich display).

The flow runs in the CLI's process, so a plain in-process listener list is enough;
with no listener, events go nowhere.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager

Listener = Callable[[str, dict], None]
_listeners: list[Listener] = []


@contextmanager
def listening(listener: Listener) -> Iterator[None]:
    _listeners.append(listener)
    try:
        yield
    finally:
        _listeners.remove(listener)


def emit(event: str, **data) -> None:
    for listener in list(_listeners):
        listener(event, data)
