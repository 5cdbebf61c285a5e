"""Clauses a cue reports that the parser hangs somewhere else: an indirect question read as a
condition ("asked the players if …"), a "that" clause read as a relative clause of the occasion ("said
in a statement that …"), a clause before an inverted cue read as the cue's subject ("The vote signals
“the end,” said Jones"), a cue read as a modifier of its subject ("Several outlets reported on Friday
the talks had failed"), a tell-verb's addressee read as the clause's start ("told NBC's Today show that
…"), a naming verb's quoted predicate hung on its speaker ("Roe, an ally, called the rules “weak”")."""

from __future__ import annotations

from collections.abc import Iterator
from itertools import takewhile

from spacy.tokens import Doc, Token

from quotes.lexicon import ADDRESSEE_VERBS, PHRASE_VERB_FORMS, inflected_forms, speech_lemma
from quotes.parsing import token_index_at
from quotes.syntax import NOMINAL_SUBJECT_DEPS, OBJECT_DEPS, SUBJECT_DEPS

#: Words that open an indirect question ("asked the students if they …").
QUESTION_MARKS = frozenset({"if", "whether"})


def question_clause(verb: Token) -> list[Token]:
    """ "The coach asked the players if they had eaten": the parser hangs the indirect
    question on "asked" as a condition; after a cue of asking and the one asked it is what was asked
    ("asked for help if the storm hit" names no one asked: a condition)."""
    if speech_lemma(verb.lower_) not in ("ask", "question"):
        return []
    if not any(c.dep_ in ("dobj", "dative") for c in verb.children):
        return []
    clause = next(
        (c for c in verb.children if c.dep_ == "advcl" and c.i > verb.i and c.left_edge.lower_ in QUESTION_MARKS),
        None,
    )
    return list(clause.subtree) if clause is not None else []


#: Prepositions of the occasion or time of saying ("in a statement", "during a debate", "for the first
#: time"); not those of a cue's object or topic ("pointed to a remark that …", "called for a law that …").
SETTING_PREPOSITIONS = frozenset("in during at on for after before following through via over since".split())
#: Verbs of giving out a text or a talk ("the statement that he released", "the speech that she gave"):
#: with no object of their own, a "that" before them is their object, not a complementiser.
ISSUING_VERBS = frozenset(
    "release issue give make send post deliver write publish air sign file prepare grant hold".split()
)
_ISSUING_VERB_FORMS = inflected_forms(ISSUING_VERBS)
#: What "that" is when it is a pronoun of the clause, not its complementiser ("the statement that he
#: released", "the letter that came").
_PRONOUN_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj"})


def clause_hung_on_setting(verb: Token) -> list[Token]:
    """ "The governor said for the first time that records were found", "alleged in the suit that the
    rival copied …": the parser takes the cue's "that" clause for a relative clause of the phrase between.
    It is the cue's when "that" is no part of the clause (not its subject or object: "said in the
    statement that he released"; see :func:`said_of_occasion`) and the clause has a subject of its own."""
    for clause in _clauses_in_setting(verb):
        that = clause.left_edge
        if that.lower_ != "that" or object_gap(clause):
            continue
        if that.dep_ in _PRONOUN_DEPS and that.head == clause and not said_of_occasion(that, clause):
            continue
        if any(c.dep_ in SUBJECT_DEPS | {"expl"} and c != that for c in clause.children):
            return list(clause.subtree)
    return []


def said_of_occasion(that: Token, clause: Token) -> bool:
    """ "told reporters after the game that he would not comment": the parser makes "that" the object of
    a verb of saying, reading "the game that he would not comment (on)"; an occasion is seldom what a
    speaker talks about, so "that" opens the cue's clause."""
    return that.dep_ in ("dobj", "pobj") and speech_lemma(clause.text) is not None


def _clauses_in_setting(verb: Token) -> Iterator[Token]:
    """The relative clauses inside a phrase of occasion or time after the cue ("said [in the suit [that
    …]]")."""
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.i <= verb.i or prep.lower_ not in SETTING_PREPOSITIONS:
            continue
        for noun in (c for c in prep.children if c.dep_ == "pobj"):
            yield from (c for c in noun.subtree if c.dep_ in ("relcl", "acl") and c.head.i < c.i)


def object_gap(clause: Token) -> bool:
    """ "the statement that he released": a verb of issuing with no object of its own, whose object "that" is;
    not a passive ("that he be held to account"), whose object is its subject."""
    return clause.lower_ in _ISSUING_VERB_FORMS and not any(
        c.dep_ in ("dobj", "ccomp", "xcomp", "nsubjpass", "auxpass") for c in clause.children
    )


#: Fewest words of a clause read as a subject: fewer are a name or a title ("Smith, said Jones").
MIN_MISREAD_CLAUSE_WORDS = 4


def clause_read_as_subject(verb: Token) -> tuple[list[Token], Token] | None:
    """ "The vote signals “the end” for the union, said Jane Roe": before an inverted cue the small model
    often reads the reported clause's verb as a noun ("signals", "appeals") and makes the whole clause
    a second subject of the cue. A cue after a comma with its speaker after it and a subject before
    it reports that earlier "subject" and its words: returns (what was said, the speaker)."""
    doc = verb.doc
    if verb.i == 0 or doc[verb.i - 1].text != "," or speech_lemma(verb.lower_) is None:
        return None
    subjects = [c for c in verb.children if c.dep_ in NOMINAL_SUBJECT_DEPS]
    before = [c for c in subjects if c.i < verb.i]
    after = [c for c in subjects if c.i > verb.i]
    if len(before) != 1 or len(after) != 1:
        return None
    clause = list(before[0].subtree)
    if clause[-1].i != verb.i - 2 or sum(1 for t in clause if not t.is_punct) < MIN_MISREAD_CLAUSE_WORDS:
        return None
    return clause, after[0]


def cue_read_as_modifier(verb: Token) -> tuple[list[Token], Token] | None:
    """ "Several outlets reported on Friday the talks had “stalled”": with no "that", the small model
    often reads the cue as a participle modifying the noun before it and the reported clause as the
    sentence's main clause, which then has two subjects, that noun and its own. A cue with no words
    of its own hung on a noun that is a subject of a main clause with another subject after the cue
    reports that clause, from the word after the cue's own phrases: returns (what was said, the
    speaker)."""
    head = verb.head
    if verb.dep_ != "acl" or not verb.tag_.startswith("VB") or head.i > verb.i or head.dep_ != "nsubj":
        return None
    if speech_lemma(verb.lower_) is None:
        return None
    if any(c.dep_ in ("agent", "dobj", "ccomp", "xcomp", "auxpass") for c in verb.children):
        return None  # "the figures reported by the agency": a modifier indeed, or a cue with its own words
    clause, end = head.head, verb.right_edge.i
    if clause.dep_ != "ROOT" or clause.i <= end or speech_lemma(clause.lower_) is not None:
        return None  # "a statement posted online said …": the sentence's own cue, the participle a modifier
    if not any(c.dep_ == "nsubj" and c.i > end for c in clause.children):
        return None
    return [t for t in clause.subtree if t.i > end], head


#: Most tokens of a programme's or outlet's name after its owner's possessive ("NBC's Today show",
#: "Radio-Canada's Tout le monde en parle"): the words a tell-verb's addressee may run to before "that".
MAX_SHOW_NAME_TOKENS = 8


def addressee_read_as_clause(verb: Token, tokens: list[Token]) -> list[Token]:
    """ "told NBC's Today show that the bill was dead": an addressee named by a possessive and a show's
    name (often words the model does not know, or a foreign title) is read as the start of the reported
    clause ("show that …"). After a verb of telling, a possessive name right after the cue and a
    "that" a few words on with a clause of its own mean the words before "that" are the addressee:
    returns ``tokens`` from after "that", or ``tokens`` unchanged."""
    if speech_lemma(verb.lower_) not in ADDRESSEE_VERBS or not tokens:
        return tokens
    doc = verb.doc
    owner = list(takewhile(lambda t: t.pos_ == "PROPN" or t.text == "-", doc[verb.i + 1 :]))
    possessive = verb.i + 1 + len(owner)
    if not owner or possessive >= len(doc) or doc[possessive].tag_ != "POS":
        return tokens
    name = doc[possessive + 1 : min(len(doc), possessive + 2 + MAX_SHOW_NAME_TOKENS)]
    that = next((t for t in name if t.lower_ == "that"), None)
    if that is None or any(t.is_punct for t in doc[possessive + 1 : that.i]):
        return tokens
    clause = that.head
    if clause.i <= that.i or not any(c.dep_ in SUBJECT_DEPS and c.i > that.i for c in clause.children):
        return tokens
    return [t for t in tokens if t.i > that.i]


#: Verbs that give their object a name or a verdict in a predicate right after it ("called [the plan] “a
#: disaster”", "labeled [him] a “liar”"): Levin's dub verbs (29.3) and "declare" (29.4) among the cues.
NAMING_LEMMAS = frozenset({"call", "label", "dub", "brand", "term", "nickname", "pronounce", "declare"})


def naming_verb_before(doc: Doc, quote_start: int) -> Token | None:
    """The verb of naming whose object ends right before the quote's opening mark at ``quote_start``
    ("Roe, a council member, called [the plan] “reckless.”"): the parser hangs the quoted predicate on
    the name and reads "called" as a participle on it, so no verb governs the quote in the parse; but
    a verb of naming puts its predicate right after its object."""
    first = token_index_at(doc, quote_start)
    if first == 0 or first >= len(doc):
        return None
    last = doc[first - 1]
    node = last
    for _ in range(4):
        verb = node.head
        if node.dep_ in OBJECT_DEPS and verb.i < node.i and node.right_edge.i == last.i and _names(verb):
            return verb
        if verb.i == node.i:
            return None
        node = verb
    return None


def _names(verb: Token) -> bool:
    return (speech_lemma(verb.lower_) or PHRASE_VERB_FORMS.get(verb.lower_)) in NAMING_LEMMAS
