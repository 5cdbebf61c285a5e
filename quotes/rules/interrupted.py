"""A cue inside the clause it reports ("The plan, she said, will fail."; "In Ohio, according to the poll,
Vale leads."): the sides of the clause around the cue, each a fragment of what was said."""

from __future__ import annotations

from spacy.tokens import Token

from quotes.lexicon import SPEECH_NOUNS
from quotes.rules.common import is_speech_verb
from quotes.syntax import FINITE_TAGS, NOMINAL_SUBJECT_DEPS


def leading_words(verb: Token) -> list[Token]:
    """Words of the cue's own subtree that open the sentence before its subject and a comma ("If the
    talks fail, the mayor said, …", "At times last year, aides said, …"): the parser hangs them on the
    cue, but an interrupting cue stands inside what was said, so they are its first side."""
    subject = next((c for c in verb.children if c.dep_ in NOMINAL_SUBJECT_DEPS and c.i < verb.i), None)
    if subject is None or subject.left_edge.i == 0 or verb.doc[subject.left_edge.i - 1].text != ",":
        return []
    leading = [t for t in verb.subtree if t.i < subject.left_edge.i - 1]
    return [] if setting_of_the_saying(leading) else leading


#: Prepositions that put a saying in its occasion ("In an interview with …,", "During a speech …,").
OCCASION_PREPOSITIONS = frozenset({"in", "during", "at"})


def setting_of_the_saying(words: list[Token]) -> bool:
    """An opening phrase that tells where the words were said, not what ("In an interview with the
    paper,"), or a clause with a cue and a speaker of its own ("While Lee said …,"). A time stays:
    annotators count "For decades, he said, …" as part of what was said."""
    if any(is_speech_verb(t) and any(c.dep_ == "nsubj" for c in t.children) for t in words):
        return True
    roots = [t for t in words if t.head not in words or t.head == t]
    if len(roots) != 1 or roots[0].lower_ not in OCCASION_PREPOSITIONS:
        return False
    return any(c.dep_ == "pobj" and c.lower_ in SPEECH_NOUNS for c in roots[0].children)


def first_side(verb: Token, after: list[Token]) -> list[Token]:
    """The words before an interrupting cue whose clause goes on after it ("If the talks fail, the
    mayor said, the city will sue."): the first fragment of what was said, like a split direct quote.
    Only for a cue set off by commas on both sides; a bare "X said Y" after an opening phrase ("In an
    interview, Smith said …") keeps the phrase as the writer's setting. A one-word stub ("But", a
    relative "which") is no fragment."""
    if not after or verb.doc[min(t.i for t in after) - 1].text != ",":
        return []
    leading = leading_words(verb)
    if len([t for t in leading if not t.is_punct]) < 2 or leading[0].i != verb.sent.start:
        return []
    return leading


def according_phrase(token: Token) -> set[int]:
    """The words of "according to X". When the phrase opens the sentence and the parser makes it the
    root of everything ("According to a study by X, voters …" read as one long noun phrase), the
    phrase ends at the first comma after which a finite verb comes before the next comma: an
    appositive of the source ("According to Jane Doe, a pollster, …") has none."""
    phrase = {t.i for t in token.subtree}
    sentence = token.sent
    if token.i != sentence.start or len(phrase) < len(sentence) - 1:
        return phrase
    commas = [t.i for t in sentence if t.text == "," and t.i > token.i + 2] + [sentence.end]
    for comma, following in zip(commas, commas[1:]):
        if any(t.tag_ in FINITE_TAGS for t in token.doc[comma + 1 : following]):
            return set(range(token.i, comma + 1))
    return phrase


def fragments(sides: list[list[Token]], rule: str) -> list[tuple[list[Token], str, bool]]:
    """A whole clause must hold a verb; the two halves of an interrupted clause need not."""
    return [(side, rule, len(sides) == 1) for side in sides]


def around(tokens: list[Token], phrase: set[int]) -> list[list[Token]]:
    """What an attributing phrase inside a clause ("according to X", "as X noted", "he said")
    governs: the words before it when it closes the clause, after it when it opens the clause, and
    both, as two fragments, when it interrupts the clause — a one-word stub ("But, he said, …") is
    no fragment of its own, but the clause's one-word subject is ("Loyalty, he noted, has long been
    …": what was said is about it)."""
    before = [t for t in tokens if t.i < min(phrase)]
    after = [t for t in tokens if t.i > max(phrase)]
    return [side for side in (before, after) if _fragment(side)]


def _fragment(side: list[Token]) -> bool:
    words = [t for t in side if not t.is_punct]
    if len(words) >= 2:
        return True
    # a relative pronoun ("which, he said, …") names nothing on its own
    word = words[0] if len(words) == 1 else None
    return word is not None and word.dep_ in NOMINAL_SUBJECT_DEPS and word.pos_ in ("NOUN", "PROPN", "PRON") and (
        word.tag_ not in ("WDT", "WP")
    )
