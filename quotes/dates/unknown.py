"""Unknown times: words that put the saying at an undatable other time ("has long said", "once told")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from quotes.dates.disclosed import disclosed_writing
from quotes.dates.earlier import earlier_words, noun_with_modifier
from quotes.dates.expressions import TIME_WORDS
from quotes.dates.occasions import (
    BOOK_NOUNS,
    DATED_MEDIA_NOUNS,
    EXCHANGE_NOUNS,
    OCCASION_NOUNS,
    POLL_NOUNS,
    UNDATED_MEDIUM_MODIFIERS,
    UNDATED_OCCASION_MODIFIERS,
)
from quotes.dates.tree import attached_to, cue_verb, participle_governors, sentence_of
from quotes.lexicon import speech_lemma
from quotes.syntax import contracted_perfect

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

#: Adverbs that place the saying at an unknown other time ("has long said", "once told"). From news
#: usage of habitual/previous-time adverbs with speech verbs; "initially"/"originally" tell the first of
#: several sayings, at an earlier time than the rest ("the agency initially said the spill was small").
UNKNOWN_TIME_ADVERBS: frozenset[str] = frozenset(
    """long once repeatedly often frequently previously always consistently routinely regularly
    formerly constantly recently initially originally""".split()
)
#: Prepositional phrases with the same meaning: "has said in the past", "has argued for years"; and
#: the span of a whole campaign, which holds many undated occasions: "said during the campaign", "told
#: crowds on the campaign trail". From news usage of habit and campaign-period phrases.
UNKNOWN_TIME_PHRASES: tuple[str, ...] = (
    "in the past", "for years", "for decades", "for months", "over the years", "many times", "time and again",
    "during the campaign", "during the primary", "during the primaries", "throughout the campaign",
    "on the campaign trail", "earlier in the campaign",
)  # fmt: skip


def unknown_time_text(cue: Span, *, quote_range: tuple[int, int] | None = None) -> str | None:
    """The words that put the saying at an unknown other time ("long", "once", "for years"), or None.
    Words inside the quote (``quote_range``, doc-local characters) are what was said, not when: "…
    countries that tried that in the past," Clinton said."""
    verb = cue_verb(cue)
    outside = quote_range or (0, 0)
    return (
        _unknown_time_adverb(verb, outside)
        or _unknown_time_phrase(cue, verb, outside)
        or _habitual_used_to(verb)
        or _habitual_liking(verb)
        or _one_undated_occasion(verb)
        or earlier_words(verb)
    )


def _one_undated_occasion(verb: Token) -> str | None:
    """An occasion at an earlier time the sentence does not give: "in a recent interview", a recording
    ("a video shows X saying"), "X later said", "she wrote in her memoir", a writing brought to light
    ("according to emails unearthed in the inquiry")."""
    return (
        _undated_occasion(verb)
        or _undated_recording(verb)
        or _later_on(verb)
        or _from_a_book(verb)
        or _undated_medium(verb)
        or disclosed_writing(verb)
    )


def _undated_medium(verb: Token) -> str | None:
    """The words come from a medium placed at an undatable earlier time, named as the speaker: "An
    earlier report said …", "a recent study found …", "according to a recent poll". Not "the most
    recent poll" (the latest, often out that day)."""
    if verb.lower_ == "according":
        link = next((c for c in verb.children if c.lower_ == "to"), None)
        medium = next((c for c in link.children if c.dep_ == "pobj"), None) if link is not None else None
    else:
        medium = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if medium is None or not ({medium.lower_, medium.lower_.rstrip("s")} & (DATED_MEDIA_NOUNS | POLL_NOUNS)):
        return None
    return noun_with_modifier(medium, UNDATED_MEDIUM_MODIFIERS)


def _from_a_book(verb: Token) -> str | None:
    """Past words quoted from a book the sentence does not date: "she wrote in her memoir", "as he put
    it in his book". (A dated book, "in his 2012 book", is found first as stated; the present, "she
    writes in her book", is the book speaking now.)"""
    if verb.tag_ not in ("VBD", "VBN"):
        return None
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ in ("in", "from"):
            for noun in prep.children:
                if noun.dep_ == "pobj" and noun.lower_ in BOOK_NOUNS:
                    return noun.doc[prep.i : noun.i + 1].text
    return None


def _later_on(verb: Token) -> str | None:
    """The cue's "later" ("X later said"): some time after the events told, which the sentence does not
    give; shared by a verb joined to it ("Fields later tweeted a photo and said …"). Not "later that
    day" or "later in the interview" (a time or occasion named), nor the "later" of a verb joined to
    another ("brought it up and later said", "said …, adding later": the same occasion), nor the
    future."""
    if participle_governors(verb) or any(c.tag_ == "MD" for c in verb.children):
        return None  # "said …, adding later": the same occasion; "will later say": yet to come
    first = _sharing_verbs(verb)[-1]
    if first.dep_ == "conj":
        return None  # joined to another verb: "brought it up and later said"
    for child in first.children:
        if child.dep_ != "advmod" or child.lower_ != "later" or not _bare(child):
            continue
        # Between subject and verb ("X later said"); a fronted "Later, …" in running coverage, and "said
        # later", are more often later the same day.
        if child.i < first.i and not child.is_sent_start:
            return child.text
    return None


#: Recordings that replay words said before they were shown: "footage of Clinton asking", "a video
#: shows Trump saying".
RECORDING_NOUNS: frozenset[str] = frozenset(
    "footage video videos clip clips tape tapes recording recordings audio ad ads advertisement commercial".split()
)
#: Words a speaker's name is made of, between a recording and the participle: "footage of Hillary
#: Clinton asking".
_NAME_POS = frozenset({"PROPN", "NOUN", "DET", "ADJ", "PRON", "PART"})


def _undated_recording(verb: Token) -> str | None:
    """A participle cue showing somebody on a recording that the sentence does not date: "The ad uses
    footage of Clinton asking …", "A video shows Trump saying …". The words were said at some earlier
    time; a date of the recording itself ("a 2008 ad") would have been found first, or keeps it here."""
    if verb.tag_ != "VBG":
        return None
    doc = verb.doc
    k = verb.i - 1
    while k >= 0 and verb.i - k <= 5 and doc[k].pos_ in _NAME_POS and doc[k].lower_ not in RECORDING_NOUNS:
        k -= 1
    if k < 1 or k == verb.i - 1 or doc[k].lower_ not in ("of", "shows", "showed", "show", "showing"):
        return None
    link = doc[k]
    recording = doc[k - 1] if doc[k - 1].lower_ in RECORDING_NOUNS else None
    if recording is None and link.lower_ != "of":
        recording = next((c for c in link.children if c.dep_ == "nsubj" and c.lower_ in RECORDING_NOUNS), None)
        recording = recording or next((c for c in link.lefts if c.lower_ in RECORDING_NOUNS), None)
    if recording is None or TIME_WORDS.search(doc[min(recording.left_edge.i, recording.i) : k].text):
        return None
    return recording.text


def _undated_occasion(verb: Token) -> str | None:
    """An occasion placed at an undatable other time: "said in a recent interview", "in another
    interview", "in an earlier statement"."""
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ not in ("in", "during", "at", "on"):
            continue
        for noun in prep.children:
            if noun.dep_ != "pobj" or noun.lower_ not in OCCASION_NOUNS:
                continue
            modifiers = [c for c in noun.children if c.i < noun.i]
            if any(c.lower_ in UNDATED_OCCASION_MODIFIERS for c in modifiers) or _another_outlets(noun, modifiers):
                return noun.doc[prep.i : noun.i + 1].text
    return None


def _another_outlets(noun: Token, modifiers: list[Token]) -> bool:
    """An undated interview with a named outlet ("in a Bloomberg interview", "in a CNN interview"): given
    elsewhere at some earlier time, not to this reporter today."""
    indefinite = any(c.lower_ in ("a", "an") for c in modifiers)
    named = any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in modifiers)
    return noun.lower_ in EXCHANGE_NOUNS and indefinite and named


#: The auxiliary of the perfect, contractions included ("he's said", "they've argued", "she'd warned").
_PERFECT_AUX = frozenset("has have had 's ’s 've ’ve 'd ’d".split())
_PAST_PERFECT_AUX = frozenset("had 'd ’d".split())
#: Clauses that hold reported words (not a relative clause: "the deal, which he had called a disaster
#: and promised to …").
_REPORTED_DEPS = frozenset({"ccomp", "xcomp", "parataxis", "csubj", "csubjpass"})


def is_perfect(cue: Span) -> bool:
    """Perfect tense ("has said", "have argued", "had mocked …, saying"), progressive too ("has been
    warning", "have been calling on"): said at some earlier time, or over a stretch of time, that the
    sentence does not give (a date in the sentence, when there is one, is found first)."""
    verb = cue_verb(cue)
    for word in [verb, *participle_governors(verb), *_perfect_sharers(verb)]:
        auxes = {c.lower_ for c in word.children if c.dep_ == "aux"}
        if word.tag_ == "VBN" and auxes & _PERFECT_AUX:
            return True
        if contracted_perfect(word):
            return True
        # "been" before a participle is always the perfect ("he's been saying": the parser often
        # misreads the contraction), unless a modal makes it hypothetical ("would have been saying").
        if word.tag_ == "VBG" and "been" in auxes and not any(c.tag_ == "MD" for c in word.children):
            return True
    return False


def _coordinated(verb: Token) -> bool:
    """The verb is one of a list joined by "and"/"or" ("praised it, funded it and promised …"); without
    the word, the parser has joined a verb of another clause ("has been fighting it since Lee, at the
    hearing, called it …")."""
    top = verb
    while top.dep_ == "conj" and top.head.i != top.i:
        top = top.head
    members = [top, *(t for t in top.subtree if t.dep_ == "conj" and t.tag_.startswith("VB"))]
    return any(c.dep_ == "cc" for member in members for c in member.children)


def _perfect_sharers(verb: Token) -> list[Token]:
    """The verbs whose perfect a past form joined to them shares: "has criticized the plan and called
    it …" (the parser tags the second participle as a simple past). Not a verb with an auxiliary or
    subject of its own ("has said it and will say it again"), nor a present one ("has argued and says
    …"), nor one inside reported words, where the parser often joins the next act of the reporter to
    the content ("said his attacks have worked and said that …"). After the past perfect only an act
    of saying is shared ("had criticized the pope and accused him of …"): "had served in the army and
    said …" goes back to the story's own time."""
    words: list[Token] = []
    if not _coordinated(verb):
        return words
    word = verb
    while word.dep_ == "conj" and word.tag_ in ("VBD", "VBN") and word.head.i != word.i:
        if any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in word.children):
            break
        word = word.head
        if word.dep_ in _REPORTED_DEPS:
            break
        auxes = {c.lower_ for c in word.children if c.dep_ == "aux"}
        if auxes & _PAST_PERFECT_AUX and speech_lemma(word.text) is None:
            break
        words.append(word)
    return words


def _sharing_verbs(verb: Token) -> list[Token]:
    """The cue and the verbs whose time it shares: the verb that governs a participial cue ("Trump
    repeatedly accused him, citing …"), and the first of past verbs with one subject ("Fields later
    tweeted a photo and said …", "he once praised her, called her …")."""
    words = [verb, *participle_governors(verb)]
    word = verb
    while word.dep_ == "conj" and word.tag_ == "VBD" and word.head.tag_ == "VBD" and word.head.i != word.i:
        if any(c.dep_ in ("nsubj", "nsubjpass") for c in word.children):
            break  # "Lee once ran and she said …": another subject, another act
        word = word.head
        words.append(word)
    return words


def _unknown_time_adverb(verb: Token, quote_range: tuple[int, int]) -> str | None:
    """An adverb of habit or earlier time on the cue: "has long said", "once told"; or on the verb that
    governs a participial cue, whose time the participle shares: "Trump repeatedly accused him, citing
    …". The adverb alone or with a degree word ("more recently"): "long" heading "as long as" or "long
    before", and "once again", tell no time of the saying."""
    for word in _sharing_verbs(verb):
        for child in word.children:
            if child.dep_ not in ("advmod", "npadvmod") or child.lower_ not in UNKNOWN_TIME_ADVERBS:
                continue
            negated = child.i > 0 and child.doc[child.i - 1].lower_ in ("not", "never")  # "not once": never
            if _bare(child) and not negated and not quote_range[0] <= child.idx < quote_range[1]:
                return child.text
    return None


def _bare(adverb: Token) -> bool:
    """The adverb alone, or with a word that grades it ("more recently"); a space the tokenizer kept
    (a no-break space) is nothing."""
    return all(c.is_space or c.lower_ in _DEGREE_WORDS for c in adverb.children)


#: Words that grade or stress an adverb without changing what time it tells: "more recently", "so
#: often", "even recently".
_DEGREE_WORDS = frozenset("more most very so too quite only just rather fairly even also still".split())


def _unknown_time_phrase(cue: Span, verb: Token, quote_range: tuple[int, int]) -> str | None:
    """A phrase of habit attached to the cue, outside the quote: "has said in the past", "has argued for
    years"."""
    sent = sentence_of(verb)
    sent_text = sent.text.lower()
    at_verb = verb.idx - sent.start_char
    for phrase in UNKNOWN_TIME_PHRASES:
        at = sent_text.find(phrase)
        while at != -1:
            start, end = sent.start_char + at, sent.start_char + at + len(phrase)
            in_quote = start < quote_range[1] and quote_range[0] < end
            whole = _whole_words(sent_text, at, at + len(phrase)) and not in_quote
            span = cue.doc.char_span(start, end, alignment_mode="expand")
            if whole and span is not None and at != at_verb and _ends_phrase(span) and attached_to(span, verb):
                return sent.text[at : at + len(phrase)]
            at = sent_text.find(phrase, at + 1)
    return None


def _ends_phrase(span: Span) -> bool:
    """The phrase's last word heads its noun phrase: not "during the campaign event", which is one
    occasion."""
    return span[-1].dep_ not in ("compound", "amod", "nmod")


def _whole_words(text: str, start: int, end: int) -> bool:
    """The phrase is not part of longer words: "during the campaign" but not "during the campaign's
    final rally" or "… the campaigners"."""
    before = text[start - 1] if start > 0 else " "
    after = text[end : end + 2]
    return not before.isalnum() and not (after[:1].isalnum() or after in ("'s", "’s"))


#: Verbs of liking whose infinitive tells a habit: "as she likes to say", "she loved to tell aides".
#: From news usage of habitual speech. ("Voters tend to say …" is left out: of a group it is a
#: general statement, true now.)
HABIT_VERBS: frozenset[str] = frozenset(
    "like likes liked love loves loved enjoy enjoys enjoyed".split()
)  # word forms: the pipeline runs without a lemmatizer
#: Adjectives and participles with "of"/"for" + gerund that tell a habit or a saying the speaker is known
#: by: "is fond of saying", "was known for telling".
HABIT_ADJECTIVES: frozenset[str] = frozenset("fond known famous notorious".split())


def _habitual_liking(verb: Token) -> str | None:
    """A saying the speaker likes or is known for, at no one time: "as the mayor likes to say", "is fond
    of saying", "was known for telling". Not a wish ("would like to say")."""
    head = verb.head
    if verb.dep_ == "xcomp" and head.lower_ in HABIT_VERBS and any(c.lower_ == "to" for c in verb.children):
        if any(c.tag_ == "MD" for c in head.children):
            return None  # "would like to say": a wish, said now
        return head.text + " to"
    link = head if verb.dep_ == "pcomp" and head.lower_ in ("of", "for") else None
    if link is not None and link.head.lower_ in HABIT_ADJECTIVES:
        return link.head.text + " " + link.text
    return None


def _habitual_used_to(verb: Token) -> str | None:
    """The habitual past: "He used to say …"."""
    used = verb.head
    to_next = used.i + 1 < len(used.doc) and used.doc[used.i + 1].lower_ == "to"
    if verb.dep_ == "xcomp" and used.lower_ == "used" and to_next and any(c.lower_ == "to" for c in verb.children):
        return "used to"  # not "used this question to demand": an object between is using, not habit
    return None


#: Words of repeating that can tell many times within one gathering ("Democrats repeatedly noted …" at
#: the hearing just told), unlike adverbs of habit over a long time ("long", "always", "often").
REPETITION_WORDS: frozenset[str] = frozenset({"repeatedly", "time and again", "many times"})
#: Adverbs of the first of several sayings ("initially said", "originally promised"): at an earlier
#: occasion the sentence does not give, or at the start of a gathering just told (as with repeating).
FIRST_SAYING_ADVERBS: frozenset[str] = frozenset({"initially", "originally"})
#: Adverbs that put the saying at one earlier occasion ("once told", "recently said"), unlike those of
#: habit ("has long said", "often says").
ONE_OCCASION_ADVERBS: frozenset[str] = frozenset("once recently previously formerly".split()) | FIRST_SAYING_ADVERBS


def undated_occasion_text(cue: Span, *, quote_range: tuple[int, int] | None = None) -> str | None:
    """The words that put the saying at one undatable earlier occasion ("once told", "said in a recent
    interview", "later said", "wrote in her memoir", "a video shows X saying"), or None: a habit ("has
    long said"), a stretch of time ("during the campaign") and the perfect hold many occasions."""
    verb = cue_verb(cue)
    adverb = _unknown_time_adverb(verb, quote_range or (0, 0))
    if adverb is not None:
        return adverb if adverb.lower() in ONE_OCCASION_ADVERBS else None
    return _one_undated_occasion(verb)


def is_unknown_time(cue: Span) -> bool:
    """True for "has long said", "once told", "has repeatedly said", "have often argued"."""
    return unknown_time_text(cue) is not None
