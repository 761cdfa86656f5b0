"""The bot's heap after its start (:func:`bot.app.settle_heap`), checked in a process of its own: freezing
the heap of the test run would keep its garbage."""

from __future__ import annotations

import subprocess
import sys


def test_the_start_leaves_its_garbage_collected_and_the_rest_out_of_full_passes() -> None:
    """Garbage of the start (a cycle no one holds) is collected before what lives on is frozen; afterwards a
    full pass walks only what is made later, until the bot's stop thaws the heap."""
    probe = (
        "import gc, weakref\n"
        "from bot.app import settle_heap, thaw_heap\n"
        "class Node: pass\n"
        "node = Node(); node.me = node; gone = weakref.ref(node); del node\n"
        "kept = [Node() for _ in range(1000)]\n"
        "settle_heap()\n"
        "print(gone() is None, gc.get_freeze_count() > len(kept), len(gc.get_objects()) < len(kept))\n"
        "thaw_heap()\n"
        "print(gc.get_freeze_count())\n"
    )
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert result.stdout.split() == ["True", "True", "True", "0"]
