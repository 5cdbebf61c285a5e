"""People named together ("Jane Roe and John Doe of the institute wrote …") are also one group, the
antecedent of a later "they" ("They argue …"); without it "they" fell back to whatever organisation
was named nearby (the institute, a court the two wrote about).

Read from the words, because sentences without a cue have no parse: two or more person names joined
by "and" (after commas for a list), each name with its title ("Mr. Roe and Mr. Doe").
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Span

from quotes.speakers.mentions import title_start
from quotes.speakers.registry import Entity, EntityRegistry

#: A person mention of the paragraph: the name's span, the person, its salience.
Named = tuple[Span, Entity, int]


def register_named_pairs(registry: EntityRegistry, named: Sequence[Named], *, base: int) -> None:
    """Register each run of person names joined by "and" in ``named`` (the paragraph's person mentions,
    in text order) as a mention of the group of those people, as salient as the run's first name."""
    for run in named_runs(named):
        people = [entity for _, entity, _ in run]
        if len({entity.id for entity in people}) < len(people):
            continue  # "Roe and Roe": a tagger's echo, no pair
        first, last = run[0][0], run[-1][0]
        span = first.doc[title_start(first.doc, first.start):last.end]
        group = registry.organisation(joined_names([entity.name for entity in people]), "group")
        registry.add_mention(group, span, base=base, salience=run[0][2])


def named_runs(named: Sequence[Named]) -> list[list[Named]]:
    """Runs of person names where each next name (with its title) follows the one before after "and",
    or after a comma when an "and" closes the run ("Roe, Doe and Poe")."""
    runs: list[list[Named]] = []
    current: list[Named] = []
    for mention in named:
        if current and _joined_by(current[-1][0], mention[0]) is not None:
            current.append(mention)
            continue
        _close(runs, current)
        current = [mention]
    _close(runs, current)
    return runs


def _close(runs: list[list[Named]], run: list[Named]) -> None:
    """Keep a run of two or more names whose last link is "and" (a bare comma list is an apposition)."""
    if len(run) >= 2 and _joined_by(run[-2][0], run[-1][0]) == "and":
        runs.append(run)


def _joined_by(left: Span, right: Span) -> str | None:
    """"and" or "," when exactly that word stands between the two names (the right one's title
    included), else None."""
    doc = left.doc
    start = title_start(doc, right.start)
    if start != left.end + 1 or left.sent != right.sent:
        return None
    word = doc[left.end].lower_
    return word if word in ("and", ",") else None


def joined_names(names: list[str]) -> str:
    """"A", "A and B", "A, B and C"."""
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]
