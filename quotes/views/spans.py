"""Text with overlapping marked spans → well-nested HTML that keeps every character exactly once.

HTML elements must nest, but quote spans, speaker mentions and cues do not: a speaker mention can start
inside one quote and end outside it, two quotes can cross. The renderer cuts the text at every span
boundary and, for each piece, keeps open exactly the spans that cover it, in a fixed nesting order
(``rank`` first, so quotes stay the outer elements and are cut only by other quotes). A span that has to
be closed and reopened around a crossing gets its ``first`` attributes on its first element and its
``rest`` attributes on the others, so each span has one element that carries its identity.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from html import escape


@dataclass(frozen=True)
class Mark:
    """A span ``text[start:end]`` to wrap in ``<tag ...>``; lower ``rank`` nests further out."""

    start: int
    end: int
    rank: int = 0
    tag: str = "span"
    #: Attributes of the span's first element (identity hooks such as ``data-record``).
    first: tuple[tuple[str, str], ...] = ()
    #: Attributes of any later element the span had to be split into.
    rest: tuple[tuple[str, str], ...] = field(default=())


def render_marked(text: str, marks: Iterable[Mark]) -> str:
    """``text`` HTML-escaped, with each valid mark wrapped around its characters.

    Marks that are empty or fall outside the text are left out (the text itself is never lost).
    The text content of the result is ``text`` exactly.
    """
    usable = [m for m in marks if 0 <= m.start < m.end <= len(text)]
    order = {id(m): (m.rank, m.start, -m.end, i) for i, m in enumerate(usable)}
    starts: dict[int, list[Mark]] = {}
    ends: dict[int, list[Mark]] = {}
    for mark in usable:
        starts.setdefault(mark.start, []).append(mark)
        ends.setdefault(mark.end, []).append(mark)
    cuts = sorted({0, len(text), *starts, *ends})
    out: list[str] = []
    active: dict[int, Mark] = {}
    stack: list[Mark] = []
    opened: set[int] = set()
    for left, right in zip(cuts, cuts[1:]):
        for mark in ends.get(left, ()):
            del active[id(mark)]
        for mark in starts.get(left, ()):
            active[id(mark)] = mark
        wanted = sorted(active.values(), key=lambda m: order[id(m)])
        keep = _common_prefix(stack, wanted)
        for mark in reversed(stack[keep:]):
            out.append(f"</{mark.tag}>")
        for mark in wanted[keep:]:
            out.append(_open_tag(mark, mark.rest if id(mark) in opened else mark.first))
            opened.add(id(mark))
        stack = wanted
        out.append(escape(text[left:right], quote=False))
    for mark in reversed(stack):
        out.append(f"</{mark.tag}>")
    return "".join(out)


def attributes(pairs: Iterable[tuple[str, object]]) -> tuple[tuple[str, str], ...]:
    """Attribute pairs as strings, leaving out those whose value is None."""
    return tuple((name, str(value)) for name, value in pairs if value is not None)


def _common_prefix(stack: Sequence[Mark], wanted: Sequence[Mark]) -> int:
    keep = 0
    while keep < len(stack) and keep < len(wanted) and stack[keep] is wanted[keep]:
        keep += 1
    return keep


def _open_tag(mark: Mark, attrs: Sequence[tuple[str, str]]) -> str:
    rendered = "".join(f' {name}="{escape(value, quote=True)}"' for name, value in attrs)
    return f"<{mark.tag}{rendered}>"
