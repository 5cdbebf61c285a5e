"""A cue inside the clause it reports ("The plan, she said, will fail."; "In Ohio, according to the poll,
Vale leads."): the sides of the clause around the cue, each a fragment of what was said."""

from __future__ import annotations

from spacy.tokens import Span, Token

from quotes.lexicon import SPEECH_NOUNS
from quotes.quotemarks import QUOTE_CHARS
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
    return occasion_phrase(words)


def occasion_phrase(words: list[Token]) -> bool:
    """A phrase of the occasion of saying: "in an interview with the paper", "during a speech"."""
    roots = [t for t in words if (t.head not in words or t.head == t) and not t.is_punct]
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


#: Words that open the far side of a cue closing a reported clause and carry that clause on ("…, he said,
#: because …", "…, the paper said, including …", "…, he added, rather than …", "would be helped, she
#: said, by …"): a reason, a result, a contrast, an example or the rest of the first side's phrase is part
#: of what was said. Read off the words after ", <speaker> <cue>," in PolNeAR train, where annotators take
#: such sides in; a time or occasion ("when", "as", "in", "with"), a participle ("…, he said, citing …")
#: or a noun phrase after the cue there is the writer's setting.
TRAILING_CONNECTIVES = frozenset(
    {"because", "so", "rather", "instead", "including", "although", "though", "unless", "by", "from", "than", "before"}
)

#: Coordinators whose conjunct goes on with the clause before the cue ("…, the airline added, and had
#: passed every check").
TRAILING_COORDINATORS = frozenset({"and", "but"})


def trailing_side(verb: Token, before: list[Token]) -> list[Token]:
    """The words after a cue that closes a reported clause and is set off by a comma, when they carry
    the clause on and the parser hangs them on the cue ("Costs come from audits, he said, rather than
    from fees."): the second fragment of what was said, like the far side of an interrupting cue. Not
    after a direct quote (what follows it is mostly the writer's narration), and not a second act of
    saying ("…, he said, but she cautioned …")."""
    if not before or max(t.i for t in before) > verb.i or _quoted_side(before):
        return []
    if not _opens_after_comma(verb):
        return []  # a cue inside a clause of the writer's ("at the moment he says it, …")
    comma = _comma_closing_cue(verb)
    if comma is None or comma.i + 1 >= verb.sent.end:
        return []
    tail_heads = [c for c in verb.children if c.i > comma.i and not c.is_punct]
    tail = sorted((t for c in tail_heads for t in c.subtree), key=lambda t: t.i)
    if not tail or tail[0].i != comma.i + 1 or not _carries_clause_on(verb, tail) or not _names_anything(tail):
        return []
    if len(tail) > 1 and _has_mark(tail[1:2]):
        return []  # "…, she wrote, and “…”": the quoted words are a quote of their own
    if _another_act_of_saying(tail_heads):
        return []
    if sum(t.text == ")" for t in tail) > sum(t.text == "(" for t in tail):
        return []  # a cue inside a parenthesis: what follows its close is the writer's again
    return tail


#: Parts of speech of the words that make a far side say something ("so far" or "though" alone do not).
_CONTENT_POS = frozenset({"NOUN", "PROPN", "PRON", "VERB", "AUX", "NUM"})


def _names_anything(side: list[Token]) -> bool:
    return any(t.pos_ in _CONTENT_POS for t in side)


def _another_act_of_saying(tail_heads: list[Token]) -> bool:
    """ "…, he said, but she cautioned that …", "…, he said, before insisting that …": trailing words
    headed by a cue of their own are a further attribution, which that cue reports."""
    for head in tail_heads:
        verbs = [head, *(c for c in head.children if c.dep_ == "pcomp")]
        if any(is_speech_verb(v) for v in verbs):
            return True
    return False


def _quoted_side(side: list[Token]) -> bool:
    """A side in quote marks from end to end (the parser may hang a mark on the cue): a direct
    quote, whose cue's trailing words are mostly the writer's narration. A partial quote inside the
    writer's words ("''Most of it comes from audits'' alone, he said, …") is reported speech."""
    doc = side[0].doc
    opening = doc[max(side[0].i - 1, side[0].sent.start) : side[0].i + 1]
    closing = doc[side[-1].i : min(side[-1].i + 3, side[-1].sent.end)]
    return _has_mark(opening) and _has_mark(closing)


def _has_mark(tokens: Span) -> bool:
    return any(ch in QUOTE_CHARS for t in tokens for ch in t.text)


def _opens_after_comma(verb: Token) -> bool:
    """Whether the cue's words (its subject first, or the cue itself: "said Jane Doe,") follow a
    comma, or a closing quote mark after one: a cue set off from the clause it closes."""
    subject = next((c for c in verb.children if c.dep_ in NOMINAL_SUBJECT_DEPS), None)
    start = verb.i if subject is None else min(verb.i, subject.left_edge.i)
    doc = verb.doc
    previous = [t.text for t in doc[max(start - 2, verb.sent.start) : start]]
    return previous[-1:] == [","] or (len(previous) == 2 and previous[0] == "," and _has_mark(doc[start - 1 : start]))


def _comma_closing_cue(verb: Token) -> Token | None:
    """The comma that ends the cue's own words ("he said Tuesday,", "said Jane Doe,", "he told
    reporters,"): the first comma after the cue, hung on the cue."""
    for token in verb.doc[verb.i + 1 : verb.sent.end]:
        if token.text == ",":
            return token if token.head == verb else None
        if token.is_punct or not (token.head == verb or verb in token.ancestors):
            return None
    return None


def _carries_clause_on(verb: Token, tail: list[Token]) -> bool:
    opener = tail[0]
    if opener.lower_ in TRAILING_CONNECTIVES:
        return True
    if opener.lower_ == "to" and opener.dep_ == "aux":
        return opener.head.tag_ == "VB"  # "…, he said, to pursue a hybrid system"; not "to cheers"
    if opener.dep_ == "cc" and opener.lower_ in TRAILING_COORDINATORS:
        conjunct = next((t for t in tail if t.dep_ == "conj" and t.head == verb), None)
        return conjunct is not None and conjunct.tag_ != "VBG" and not is_speech_verb(conjunct)
    return False


def parataxis_sides(verb: Token) -> list[list[Token]]:
    """The sides of the clause a cue parsed as parataxis sits in ("It will fail, he said."; "The plan,
    he said, will fail."): the words before and after the cue's own, with an opening phrase the parser
    hung on the cue (:func:`leading_words`) and a trailing side (:func:`trailing_side`) given back to
    the clause, and an opening phrase that dates or places the saying left out."""
    own = {t.i for t in verb.subtree} - {t.i for t in leading_words(verb)}
    clause = _clause_of_aside(verb)
    rest_of_clause = [t for t in clause.subtree if t.i not in own]
    tail = trailing_side(verb, [t for t in rest_of_clause if t.i < verb.i])
    if tail:  # its words, and the full stop hung on the cue, go with the clause's far side
        own = {i for i in own if i < tail[0].i}
        rest_of_clause = [t for t in clause.subtree if t.i not in own]
    sides = around(rest_of_clause, own)
    if len(sides) == 2 and setting_of_the_saying(sides[0]):
        sides = sides[1:]  # "On Friday, he said, the plan …": the opening phrase dates the saying
    if len(sides) == 2 and clause.i < verb.i and (occasion_phrase(sides[1]) or not _names_anything(sides[1])):
        # "The plan will fail, he said, in an interview": where it was said; "…, he said, so far":
        # an adverb of the writer's, nothing said
        sides = sides[:1]
    return sides


def _clause_of_aside(verb: Token) -> Token:
    """The verb of the clause an aside cue interrupts. The parser sometimes hangs the cue on the
    clause's auxiliary ("…, he said, he's learned …" with the cue on "'s"), whose own subtree is one
    word; the clause is its verb's."""
    head = verb.head
    if head.dep_ in ("aux", "auxpass") and head.head.i > head.i:
        return head.head
    return head


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
