"""What a request or a promise reports: its to-infinitive ("urged the council to act", "vowed to fight
on", "told the editors to ask …")."""

from __future__ import annotations

from spacy.tokens import Token

from quotes.lexicon import speech_lemma

#: Speech verbs whose to-infinitive complement is what was said ("urged X to …", "vowed to …"), and
#: the assertions and proposals made the same way ("claims to represent the workers", "proposed to
#: cut the levy"): PolNeAR train annotators mark the infinitive of "claim" and "propose" as what was
#: said in most of the verb uses there.
INFINITIVE_CUES = frozenset(
    "urge ask tell call warn promise vow pledge demand advise appeal plead threaten claim propose".split()
)

#: Requests whose object is only the person addressed ("told the editors to ask …", "asked him to
#: stay", "advised her to wait"): the content starts at the infinitive. Other requests keep their object
#: ("urged the council to act", "warned voters to expect …"): cutting it there lost more PolNeAR train
#: matches than it gained.
ADDRESSED_REQUEST_CUES = frozenset({"tell", "ask", "advise"})

#: Cues whose to-infinitive after an object is as often the purpose of the act as what was said
#: ("called a meeting to discuss …", "claimed the land to build a road"): only the parser's
#: complement link counts for them.
_PURPOSE_PRONE_CUES = frozenset({"call", "claim", "propose"})


def _infinitive_complement(verb: Token) -> Token | None:
    """The to-infinitive after the cue that says what was urged, asked or promised: the parser's
    complement, or an adverbial clause it makes of the same infinitive when a time or place stands
    between ("pledged on Monday at the plant to keep …", "advised graduates last year to work …")."""
    for child in verb.children:
        if child.i < verb.i:
            continue
        if child.dep_ == "xcomp":
            return child
        if (
            child.dep_ == "advcl"
            and speech_lemma(verb.lower_) not in _PURPOSE_PRONE_CUES
            and not any(c.dep_ == "mark" for c in child.children)
            and any(c.dep_ == "aux" and c.lower_ == "to" and c.i == child.left_edge.i for c in child.children)
        ):
            return child
    return None


def _request_start(verb: Token, infinitive: Token) -> int:
    """Where a request's content starts: "told the editors to ask the minister …" reports what the
    editors were told to do, from the infinitive on; the person told is the addressee, no part of what
    was said. Without an addressee ("vowed to fight") the content starts right after the cue."""
    if speech_lemma(verb.lower_) in ADDRESSED_REQUEST_CUES and any(
        c.dep_ in ("dobj", "dative") and c.i < infinitive.i for c in verb.children
    ):
        # the first "to" of the complement: the parser sometimes hangs the infinitive on a participle
        # describing the addressee ("told the editors attending the meeting to ask …")
        marker = next((t for t in infinitive.subtree if t.dep_ == "aux" and t.lower_ == "to"), None)
        return marker.i if marker is not None else infinitive.i
    return verb.i + 1


def requested(verb: Token) -> list[Token]:
    """The words of what the cue asks, urges or promises: from where the content starts
    (:func:`_request_start`) to the end of the infinitive, less a particle of the cue ("called [on] …"
    stays out); empty for other cues or with no infinitive."""
    if speech_lemma(verb.lower_) not in INFINITIVE_CUES:
        return []
    infinitive = _infinitive_complement(verb)
    if infinitive is None:
        return []
    start = _request_start(verb, infinitive)
    return [
        t for t in verb.subtree if start <= t.i <= infinitive.right_edge.i and not (t.dep_ == "prt" and t.head == verb)
    ]

