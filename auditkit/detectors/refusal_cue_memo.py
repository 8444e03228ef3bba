"""Refusal cues remembered for the answers scored lately, so the detectors that read them find each answer's once.

The refusal detector reads an answer's cues with its prompt; the harm detector reads the same answer's cues without
one (its head was trained on those), and its refusal part and its evidence span read them again. Where the prompt
cannot have changed any cue (it asks for no role-play and asks no yes/no question), the prompt-free cues are the
prompted ones less what only a prompt sets, so the harm detector takes them from what the refusal detector found.
The memo is bounded in entries and in characters held (answers may be of any size); Cues are immutable, so one
value is safely shared between threads.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from dataclasses import replace

from auditkit.detectors import refusal_patterns
from auditkit.detectors.refusal_patterns import YES_NO_PROMPT, Cues, normalise

ENTRIES = 4096
CHARS = 4_000_000
"""Characters of answers and prompts the memo holds at most (a few MB): the oldest entries go first."""

Key = tuple[str, str | None]


class CueMemo:
    """A bounded least-recently-used memo of `refusal_patterns.cues`, keyed by (answer, prompt); thread-safe."""

    def __init__(self, entries: int = ENTRIES, chars: int = CHARS):
        self.entries, self.chars = entries, chars
        self._lock = threading.Lock()
        self._seen: OrderedDict[Key, Cues] = OrderedDict()
        self._held = 0
        self.stats = {"asked": 0, "computed": 0, "derived": 0}

    def _get(self, key: Key) -> Cues | None:
        with self._lock:
            self.stats["asked"] += 1
            found = self._seen.get(key)
            if found is not None:
                self._seen.move_to_end(key)
            return found

    def _put(self, key: Key, value: Cues) -> None:
        size = len(key[0]) + len(key[1] or "")
        if size > self.chars:
            return
        with self._lock:
            if key not in self._seen:
                self._held += size
            self._seen[key] = value
            while len(self._seen) > self.entries or self._held > self.chars:
                (text, prompt), _ = self._seen.popitem(last=False)
                self._held -= len(text) + len(prompt or "")

    def cues(self, text: str, prompt: str | None = None) -> Cues:
        """`refusal_patterns.cues(text, prompt)`, computed once while remembered."""
        key = (text, prompt)
        found = self._get(key)
        if found is None:
            found = refusal_patterns.cues(text, prompt)
            with self._lock:
                self.stats["computed"] += 1
            self._put(key, found)
        return found

    def cues_without_prompt(self, text: str, prompt: str | None) -> Cues:
        """`refusal_patterns.cues(text)` (no prompt), taken from the cues found with `prompt` where it changed none."""
        found = self._get((text, None))
        if found is not None:
            return found
        prompted = self._get((text, prompt)) if prompt is not None else None
        if prompted is not None and prompt_changes_nothing(prompted, prompt):  # type: ignore[arg-type]
            found = replace(prompted, translation=False, no_answer=False, roleplay=False)
            with self._lock:
                self.stats["derived"] += 1
            self._put((text, None), found)
            return found
        return self.cues(text)

    def clear(self) -> None:
        """Forget every remembered entry."""
        with self._lock:
            self._seen.clear()
            self._held = 0


def prompt_changes_nothing(prompted: Cues, prompt: str) -> bool:
    """Whether cues found with `prompt` equal the prompt-free cues but for the fields only a prompt sets
    (translation, no_answer, roleplay): the prompt asks for no role-play (which would read quoted lines as the
    answer's own) and asks no yes/no question (which would make a bare "no" an answer, not a refusal)."""
    return not prompted.roleplay and YES_NO_PROMPT.search(normalise(prompt)) is None


MEMO = CueMemo()
"""The process's memo: the refusal and harm detectors (each harm detector holds its own refusal detector) share it."""
