"""Frames of habit: a sentence telling that somebody spoke again and again over a stretch of time ("The
two rivals spent months trading insults", "Lee has repeatedly attacked the plan", "For years the union
criticized the levy"). The quotes told right after it in the simple past, with no time of their own, are
given as instances of that habit: said at undatable times within the stretch (see
:mod:`quotes.dates.assign`).

A frame is a main-clause verb of judging in words ("attacked", "mocked"), or one whose object is a word
act ("lobbing insults", "trading barbs"), or a stretch spent speaking ("spent weeks warning"), outside
quotes, with a word of habit or of a stretch of time, and no time expression or occasion of its own
(those date one event, :mod:`quotes.dates.events`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from quotes.dates.events import ParagraphText, actor_words, name_words
from quotes.dates.occasions import OCCASION_NOUNS
from quotes.dates.prospective import FUTURE_AUXILIARIES
from quotes.dates.stated import time_spans
from quotes.dates.tree import is_parsed
from quotes.dates.unknown import ONE_OCCASION_ADVERBS, UNKNOWN_TIME_ADVERBS
from quotes.lexicon import JUDGMENT_VERB_FORMS, speech_lemma
from quotes.position import Position
from quotes.syntax import CONTENT_DEPS

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

#: Adverbs of habit over a long time ("has long attacked", "often mocked"): the adverbs of an unknown
#: time but those of one earlier occasion ("once", "recently"), which tell one saying, not a habit.
HABIT_ADVERBS: frozenset[str] = UNKNOWN_TIME_ADVERBS - ONE_OCCASION_ADVERBS
#: Nouns of a stretch of time: "spent months …", "for years", "over the weeks".
STRETCH_NOUNS: frozenset[str] = frozenset("weeks months years decades".split())
#: Nouns of a campaign, a stretch holding many occasions: "throughout the campaign".
CAMPAIGN_NOUNS: frozenset[str] = frozenset("campaign primary primaries race".split())
#: Prepositions that make a stretch noun the time the habit ran over: "for months", "over the years",
#: "throughout the campaign".
_STRETCH_PREPOSITIONS = frozenset("for over throughout during".split())
#: Word acts named as a noun: "lobbing insults", "trading barbs", "taking swipes at". From news usage
#: of verbal attack and praise nouns.
WORD_ACT_NOUNS: frozenset[str] = frozenset(
    """
    insult insults barb barbs jab jabs swipe swipes taunt taunts slur slurs attack attacks criticism
    accusation accusations charge charges threat threats warning warnings complaint complaints praise
    compliment compliments nickname nicknames names epithet epithets broadside broadsides
    """.split()
)
#: Periods a stretch is counted in after "much of the" / "most of the": "spent much of the week …".
_PERIOD_NOUNS = frozenset("week month year summer spring fall winter campaign primary".split())
#: Forms of "spend" that take a stretch and a gerund: "spent months calling him …".
_SPEND_FORMS = frozenset("spend spends spent spending".split())
#: Modal auxiliaries, the future's and "would": a habit to come ("will often say") is no frame for words
#: already said.
_FUTURE_MODALS = FUTURE_AUXILIARIES | {"would"}


@dataclass(frozen=True)
class HabitFrame:
    """A sentence telling a habit of speaking: where, the words telling it, who acts in it (empty when
    nobody is named: "the two men"), and whether it is in the perfect ("has repeatedly said")."""

    position: Position
    text: str
    names: frozenset[str]
    perfect: bool


def habit_frames(paragraphs: Sequence[ParagraphText]) -> list[HabitFrame]:
    """Every sentence of the article that tells a habit of speaking, in text order."""
    frames: list[HabitFrame] = []
    for paragraph in paragraphs:
        doc = paragraph.doc
        if not doc.has_annotation("DEP"):
            continue
        for k, sentence in enumerate(doc.sents):
            parsed = is_parsed(sentence)
            found = _habit_in(sentence, paragraph.quoted) if parsed else _habit_by_words(sentence, paragraph.quoted)
            if found is None:
                continue
            text, verb = found
            names = actor_words(sentence) if parsed else _capitalised_names(sentence)
            perfect = any(t.lower_ in ("has", "have", "had") for t in sentence.doc[max(0, verb.i - 3) : verb.i])
            frames.append(HabitFrame(Position(paragraph.index, k), text, names, perfect))
    return frames


def _capitalised_names(sentence: Span) -> frozenset[str]:
    """Who acts in a sentence read without a parse or entities: its capitalised words after the first."""
    return frozenset(w for t in sentence[1:] if t.is_title for w in name_words(t.text))


#: Words after a habit adverb that stand between it and the verb: "has repeatedly and publicly
#: attacked", "often openly mocked".
_BETWEEN = frozenset("and publicly openly loudly bitterly".split())


def _habit_by_words(sentence: Span, quoted: Sequence[tuple[int, int]]) -> tuple[str, Token] | None:
    """The same frames read by their words, for a sentence the parser skipped: a stretch spent on a
    word act, or an adverb of habit right before a verb of judging or a verb whose object is a word act
    ("often traded barbs"); no time expression, occasion or word of the future."""
    words = [t for t in sentence if not _inside(t.idx, quoted)]
    if any(t.lower_ in _FUTURE_MODALS or (t.lower_ in OCCASION_NOUNS and t.i > sentence.start) for t in words):
        return None
    found = _habit_words(words, sentence)
    return None if found is None or _dates_itself(sentence, quoted) else found


def _habit_words(words: Sequence[Token], sentence: Span) -> tuple[str, Token] | None:
    """The first stretch spent on a word act among ``words``, else the first adverb of habit before a
    word act."""
    for t in words:
        text = _spent_stretch(t)
        if text is not None:
            return text, t
    for t in words:
        if t.lower_ not in HABIT_ADVERBS or (t.i > 0 and t.doc[t.i - 1].lower_ in ("not", "never", "as", "so")):
            continue
        k = t.i + 1
        while k < sentence.end and t.doc[k].lower_ in _BETWEEN:
            k += 1
        if k >= sentence.end:
            continue
        verb = t.doc[k]
        objects = t.doc[k + 1 : min(k + 4, sentence.end)]
        if verb.lower_ in JUDGMENT_VERB_FORMS or any(o.lower_ in WORD_ACT_NOUNS for o in objects):
            return t.text, verb
    return None


def _habit_in(sentence: Span, quoted: Sequence[tuple[int, int]]) -> tuple[str, Token] | None:
    """The words telling a habit of speaking in the sentence's main clauses, and their verb; None for a
    sentence that dates its event or names an occasion."""
    root = sentence.root
    verbs = [root, *(c for c in root.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX"))]
    for verb in verbs:
        if _inside(verb.idx, quoted) or _is_future(verb) or _names_occasion(verb):
            continue
        text = _spent_stretch(verb) or (_habit_marker(verb) if _is_word_act(verb) else None)
        if text is not None:
            return None if _dates_itself(sentence, quoted) else (text, verb)
    return None


def _dates_itself(sentence: Span, quoted: Sequence[tuple[int, int]]) -> bool:
    """A time expression outside the quotes: the sentence dates one event (:mod:`quotes.dates.events`),
    not a habit. Looked for last, in the few sentences that tell a habit: finding time expressions is
    the dearest step of the reading."""
    return any(not _inside(start, quoted) for start, _ in time_spans(sentence))


def _inside(char: int, quoted: Sequence[tuple[int, int]]) -> bool:
    return any(start <= char < end for start, end in quoted)


def _is_future(verb: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ in _FUTURE_MODALS for c in verb.children)


def _names_occasion(verb: Token) -> bool:
    """An occasion on the verb ("attacked him repeatedly during the debate"): one event, not a habit."""
    for prep in verb.children:
        if prep.dep_ == "prep" and any(c.dep_ == "pobj" and c.lower_ in OCCASION_NOUNS for c in prep.children):
            return True
    return False


def _is_word_act(verb: Token) -> bool:
    """A verb of judging in words ("attacked", "mocked", "praised"), or one whose object is a word act
    ("lobbed insults", "called him names"), with no reported words of its own. A plain report of words
    ("has long said that the plan was dead") is a view held, not a behaviour the next quotes are
    instances of: the speaker's next words may well be said now."""
    if any(c.dep_ in CONTENT_DEPS for c in verb.children):
        return False
    if verb.lower_ in JUDGMENT_VERB_FORMS:
        return True
    return any(c.dep_ == "dobj" and c.lower_ in WORD_ACT_NOUNS for c in verb.children)


def _habit_marker(verb: Token) -> str | None:
    """An adverb of habit ("repeatedly"), or a stretch of time the verb ran over ("for months", "over
    the years", "throughout the campaign")."""
    for child in verb.children:
        if child.dep_ in ("advmod", "npadvmod") and child.lower_ in HABIT_ADVERBS:
            negated = child.i > 0 and child.doc[child.i - 1].lower_ in ("not", "never")
            if not negated and not any(c.dep_ == "advmod" for c in child.children):
                return child.text  # not "as long as", "so long"
        if child.dep_ == "prep" and child.lower_ in _STRETCH_PREPOSITIONS:
            for noun in child.children:
                if noun.dep_ == "pobj" and (noun.lower_ in STRETCH_NOUNS or noun.lower_ in CAMPAIGN_NOUNS):
                    if noun.lower_ in CAMPAIGN_NOUNS and child.lower_ == "for":
                        continue  # "for the campaign" is its purpose
                    return noun.doc[child.i : noun.i + 1].text
    return None


def _spent_stretch(verb: Token) -> str | None:
    """A stretch spent on a word act: "spent months lobbing insults", "has spent weeks attacking him",
    "spent much of the year mocking …". Read by its words, as the parser often makes a compound of
    "months trading insults"."""
    if verb.lower_ not in _SPEND_FORMS:
        return None
    doc = verb.doc
    end = min(len(doc), verb.i + 8)
    stretch = next((t for t in doc[verb.i + 1 : end] if t.lower_ in STRETCH_NOUNS or t.lower_ in _PERIOD_NOUNS), None)
    if stretch is None:
        return None
    act = stretch.i + 1
    while act < len(doc) and (doc[act].pos_ == "ADV" or doc[act].lower_.endswith("ly")):
        act += 1
    if act >= len(doc) or not doc[act].lower_.endswith("ing"):
        return None
    following = doc[act + 1 : act + 5]
    # here a verb of speaking too: a stretch spent "warning" or "calling him …" is a behaviour
    word_act = speech_lemma(doc[act].text) is not None or doc[act].lower_ in JUDGMENT_VERB_FORMS
    if not word_act and not any(t.lower_ in WORD_ACT_NOUNS for t in following):
        return None
    return doc[verb.i : stretch.i + 1].text
