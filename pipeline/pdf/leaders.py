"""Leaders: the dots a price list draws between an item and its price, "Voksne ........
65,00 kr.". Taken out of a line, they leave the text either side of them apart, with the
leader's width between. Knows nothing about tariffs.
"""

from __future__ import annotations

from pipeline.pdf.words import Word


def strip_leaders(words: list[Word], chars: str, min_chars: int) -> tuple[list[Word], int | None]:
    """The line's words without its leader, and where the leader stood: the index of the
    first word after it (None if the line has no leader with words on both sides).

    A leader is a run of words made only of `chars` (". . . ." printed as separate dots) of
    at least `min_chars` characters in all, or such a run glued to a word's end or start
    ("Voksne.........", "........65,00").
    """
    out: list[Word] = []
    run: list[Word] = []
    split: int | None = None

    def close_run() -> None:
        nonlocal run, split
        if sum(len(w.text) for w in run) >= min_chars:
            split = len(out) if split is None else split
        else:
            out.extend(run)
        run = []

    for word in words:
        if word.text and all(ch in chars for ch in word.text):
            run.append(word)
            continue
        close_run()
        head, tail = _trim(word, chars, min_chars)
        if head is not None:
            out.append(head)
        if head is not word and split is None:
            split = len(out)
        if tail is not None:
            out.append(tail)
    close_run()
    return out, split if split is not None and 0 < split < len(out) else None


def _trim(word: Word, chars: str, min_chars: int) -> tuple[Word | None, Word | None]:
    """(the word, None) as it is; (text before a glued leader, None); (None, text after one)."""
    text = word.text
    right = text.rstrip(chars)
    width = word.x1 - word.x0
    if len(text) - len(right) >= min_chars and right:
        return _part(word, right, word.x0, word.x0 + width * len(right) / len(text)), None
    left = text.lstrip(chars)
    if len(text) - len(left) >= min_chars and left:
        return None, _part(word, left, word.x1 - width * len(left) / len(text), word.x1)
    return word, None


def _part(word: Word, text: str, x0: float, x1: float) -> Word:
    return Word(text, x0, x1, word.top, word.bottom, word.size, word.bold, word.italic)
