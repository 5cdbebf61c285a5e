"""What a passive cue reports. A question put to somebody ("Asked whether he would run, Smith said …",
"she was asked about the wall"): the question is what was said, by an asker the sentence mostly
leaves unnamed; the one who was asked heard it and is never its speaker. A thing told ("Her death was
confirmed by the family"): the passive subject is what was said, the "by" agent its speaker."""

from __future__ import annotations

from spacy.tokens import Token

from quotes.lexicon import speech_lemma
from quotes.rules.objects import POINTING_TAGS, more_than_a_word
from quotes.syntax import NOMINAL_SUBJECT_DEPS

#: Words that open an indirect question ("asked whether …", "asked who leads the party").
QUESTION_WORDS = frozenset("whether if who whom whose what which when where why how".split())

#: Links of what may stand between "asked" and the question: the asker ("by a reporter"), the time or
#: the place of asking ("on Thursday", "in May", "at the rally") and adverbs ("asked specifically").
_BETWEEN_DEPS = frozenset({"agent", "prep", "npadvmod", "advmod"})


def question_put(verb: Token) -> tuple[list[Token], Token | None] | None:
    """The question a passive or bare "asked" reports, and its asker (the "by" agent, else None):
    a clause opened by a question word, what the question was about ("asked about the wall", without
    the preposition), or a request ("was asked to name one achievement")."""
    if speech_lemma(verb.lower_) != "ask":
        return None
    asker = _agent(verb)
    clause = next((c for c in verb.children if c.dep_ in ("ccomp", "xcomp") and c.i > verb.i), None)
    if clause is not None and (clause.left_edge.lower_ in QUESTION_WORDS or clause.dep_ == "xcomp"):
        return [t for t in clause.subtree if verb.i < t.i < _main_clause_start(verb)], asker
    first = _first_after_asking(verb)
    if first is None:
        return None
    if first.lower_ in QUESTION_WORDS:
        return _to_clause_end(first), asker
    if first.lower_ == "about" and first.head.i == verb.i:
        topic = next((c for c in first.children if c.dep_ in ("pobj", "pcomp")), None)
        words = list(topic.subtree) if topic is not None else []
        if topic is not None and topic.pos_ != "PRON" and more_than_a_word(words):
            return words, asker
    return None


def _main_clause_start(verb: Token) -> int:
    """Where the clause that "Asked …," or "when asked …," precedes begins (its subject), which the
    parser sometimes hangs inside the question; the sentence end when there is none after it."""
    head = verb.head
    if head.i > verb.i:
        subject = next((c for c in head.children if c.dep_ in NOMINAL_SUBJECT_DEPS and c.i > verb.i), None)
        if subject is not None:
            return subject.left_edge.i
    return verb.sent.end


#: Passive cues whose subject is what was said ("Her death was confirmed by the family", "the plan was
#: announced on Friday"): verbs of telling a thing, unlike "was told", "was asked", "was accused",
#: whose subject is the one addressed or blamed.
PASSIVE_REPORT_CUES = frozenset(
    "announce report confirm reveal disclose declare propose recommend mention predict promise deny".split()
)


def thing_told(verb: Token) -> tuple[list[Token], Token | None, bool] | None:
    """ "The deal was announced Friday by the union": the passive subject and the agent, or the clause
    of "It was reported that …"; with whether the words must hold a verb (a clause must)."""
    if speech_lemma(verb.lower_) not in PASSIVE_REPORT_CUES or not any(c.dep_ == "auxpass" for c in verb.children):
        return None
    speaker = _agent(verb)
    clause = next((c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i), None)
    if clause is not None:
        return [t for t in clause.subtree if t.i > verb.i], speaker, True
    subject = next((c for c in verb.children if c.dep_ == "nsubjpass" and c.i < verb.i), None)
    if subject is None or subject.pos_ == "PRON" or subject.tag_ in POINTING_TAGS:
        return None  # "It was announced on Monday": a pronoun only points at the words
    tokens = list(subject.subtree)
    if not more_than_a_word(tokens):
        return None
    return tokens, speaker, False


def _agent(verb: Token) -> Token | None:
    """ "asked by host John Dickerson": the asker."""
    for child in verb.children:
        if child.dep_ == "agent" or (child.dep_ == "prep" and child.lower_ == "by"):
            return next((c for c in child.children if c.dep_ == "pobj"), None)
    return None


def _first_after_asking(verb: Token) -> Token | None:
    """The first word after "asked" and what may stand between it and the question (asker, time,
    place, adverb); None when anything else comes first or the sentence ends."""
    doc = verb.doc
    position = verb.i + 1
    while position < len(doc):
        token = doc[position]
        if token.lower_ == "about" or token.lower_ in QUESTION_WORDS:
            return token
        if token.head.i == verb.i and token.dep_ in _BETWEEN_DEPS:
            position = token.right_edge.i + 1
            continue
        return None
    return None


def _to_clause_end(first: Token) -> list[Token]:
    """From the question word to the comma or the sentence end that closes the question: the parser
    often hangs the question's verb on the main clause ("Asked if she believed …, Clinton said")."""
    doc = first.doc
    sentence_end = first.sent.end
    tokens: list[Token] = []
    for token in doc[first.i : sentence_end]:
        if token.text in (",", ";", ":") or (token.is_punct and token.i == sentence_end - 1):
            break
        tokens.append(token)
    return tokens
