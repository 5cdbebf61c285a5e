"""Quote candidates in one parsed paragraph: direct quotes by their marks, reported speech by the parse.

Both rule families work on a spaCy ``Doc`` of a single paragraph and return ``Candidate``s with
doc-local character offsets; ``quotes.extract`` merges them, resolves speakers and adds dates.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from quotes.lexicon import SPEECH_NOUNS, speech_lemma
from quotes.parsing import doc_text

SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj"})
#: Subordinate links through which a subject-less cue ("…, saying …", "…, adding …") borrows the
#: subject of the clause it hangs from.
BORROWED_SUBJECT_DEPS = frozenset({"advcl", "conj", "pcomp", "acl"})
SENTENCE_END = frozenset({".", "!", "?"})
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})
#: Speech verbs whose to-infinitive complement is what was said ("urged X to …", "vowed to …").
INFINITIVE_CUES = frozenset(
    {
        "urge",
        "ask",
        "tell",
        "call",
        "warn",
        "promise",
        "vow",
        "pledge",
        "demand",
        "advise",
        "appeal",
        "plead",
        "threaten",
    }
)
#: Entity types that can say something.
SPEAKER_ENTITY_TYPES = frozenset({"PERSON", "ORG", "NORP", "GPE"})
#: How far (in tokens) a cue may sit from the quote it introduces, outside quote marks.
CUE_WINDOW_TOKENS = 30


@dataclass(frozen=True)
class Candidate:
    """A quote found in one paragraph doc; offsets are doc-local characters."""

    start: int
    end: int
    type: str
    rule: str
    cue: Span | None
    speaker_head: Token | None


@dataclass(frozen=True)
class LocalQuote:
    """A quoted span in doc-local offsets: content [start, end) and marks [outer_start, outer_end)."""

    start: int
    end: int
    outer_start: int
    outer_end: int
    starts_paragraph: bool


# ---------------------------------------------------------------------------- helpers


def _inside(token: Token, quotes: Sequence[LocalQuote]) -> bool:
    return any(q.outer_start <= token.idx < q.outer_end for q in quotes)


def is_speech_verb(token: Token) -> bool:
    return token.pos_ in ("VERB", "AUX") and speech_lemma(token.lower_) is not None and token.dep_ != "amod"


def cue_span(token: Token) -> Span:
    """The cue verb with a particle ("point out") or "according to"."""
    doc = token.doc
    end = token.i + 1
    if end < len(doc) and doc[end].dep_ == "prt" and doc[end].head.i == token.i:
        end += 1
    if token.lower_ == "according" and end < len(doc) and doc[end].lower_ == "to":
        end += 1
    return doc[token.i : end]


def subject_of(verb: Token) -> Token | None:
    """The grammatical subject of a cue, borrowed from the governing clause for participles."""
    seen = 0
    current = verb
    while current is not None and seen < 4:
        for child in current.children:
            if child.dep_ in SUBJECT_DEPS:
                return child
        if current.dep_ == "agent":
            break
        if current.dep_ in BORROWED_SUBJECT_DEPS and current.head is not current:
            # "with Kato stressing …": spaCy often attaches the subject to the preposition's object.
            current = current.head
            seen += 1
            continue
        break
    return None


def according_to_source(token: Token) -> Token | None:
    for to in token.children:
        if to.lower_ == "to":
            for pobj in to.children:
                if pobj.dep_ == "pobj":
                    return pobj
    return None


#: "LOS ANGELES, Feb. 2 (UPI) — " / "MOSCOW – ": a dateline is page furniture, not part of a quote.
DATELINE = re.compile(r"^[A-Z][A-Z.' -]+(,[^—–\n(]{0,40})?(\s*\([^)\n]{1,30}\))?\s[—–-]{1,2}\s")


def _trim(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """Character range without surrounding whitespace, trailing , ; : ., a dateline or a leading "that"."""
    text = doc_text(doc)
    dateline = DATELINE.match(text, start)
    if dateline and dateline.end() < end:
        start = dateline.end()
    while True:
        before = (start, end)
        while start < end and (text[start].isspace() or text[start] in ",;:—–-"):
            start += 1
        while end > start and (text[end - 1].isspace() or text[end - 1] in ",;:.—–-"):
            end -= 1
        if text[start : start + 5].lower() == "that ":
            start += 5
        if (start, end) == before:
            return start, end


# ---------------------------------------------------------------------------- direct quotes


def attribute_direct(
    doc: Doc, quote: LocalQuote, quotes: Sequence[LocalQuote]
) -> tuple[Token | None, Token | None, str]:
    """Cue token, speaker head and rule name for a quoted span, looking just after it, then before it."""
    after = _window_after(doc, quote, quotes)
    before = _window_before(doc, quote, quotes)
    for tokens, rule in ((after, "direct.cue_after"), (before, "direct.cue_before")):
        for token in tokens:
            if token.lower_ == "according" and token.i + 1 < len(doc) and doc[token.i + 1].lower_ == "to":
                return token, according_to_source(token) or _nearest_name(tokens, token), "direct.according_to"
            if is_speech_verb(token):
                speaker = subject_of(token)
                if speaker is None or _inside(speaker, quotes):
                    speaker = _nearest_name(tokens, token)
                return token, speaker, rule
    introduced = _colon_introduced(before)
    if introduced is not None:
        return (*introduced, "direct.colon_intro")
    return None, None, "direct.no_cue"


def _colon_introduced(before: Sequence[Token]) -> tuple[Token, Token | None] | None:
    """`Rubio fired back: “…”`, `Clinton: "…"`: a colon right before the quote hands it to the subject
    of the words before the colon (any verb will do: "fired back", "delivered a blunt message"), or
    to a bare name standing alone before it."""
    if not before or before[0].text != ":":
        return None
    clause = list(reversed(before[1:]))  # text order, up to the sentence start or a previous quote
    if not clause:
        return None
    verbs = [t for t in clause if t.pos_ in ("VERB", "AUX") and (t.head not in clause or t.head is t)]
    if verbs:
        speaker = subject_of(verbs[-1])
        return (verbs[-1], speaker) if speaker is not None else None
    names = [t for t in clause if t.pos_ == "PROPN" or t.ent_type_ in SPEAKER_ENTITY_TYPES]
    if names and len(clause) <= 6:
        return before[0], names[-1]
    return None


def _window_after(doc: Doc, quote: LocalQuote, quotes: Sequence[LocalQuote]) -> list[Token]:
    tokens: list[Token] = []
    for token in doc:
        if token.idx < quote.outer_end:
            continue
        if _inside(token, quotes) or len(tokens) >= CUE_WINDOW_TOKENS:
            break
        if token.text in SENTENCE_END:
            break
        tokens.append(token)
    return tokens


def _window_before(doc: Doc, quote: LocalQuote, quotes: Sequence[LocalQuote]) -> list[Token]:
    tokens: list[Token] = []
    for token in reversed(doc[: _token_index_at(doc, quote.outer_start)]):
        if _inside(token, quotes) or len(tokens) >= CUE_WINDOW_TOKENS or token.text in SENTENCE_END:
            break
        tokens.append(token)
    return tokens  # nearest first


def _token_index_at(doc: Doc, char: int) -> int:
    for token in doc:
        if token.idx >= char:
            return token.i
    return len(doc)


def _nearest_name(window: Sequence[Token], cue: Token) -> Token | None:
    """When the parse gives the cue no subject: the closest name or pronoun next to it."""
    best = None
    for token in window:
        if token.ent_type_ in ("DATE", "TIME") or token.dep_ == "pobj":
            continue  # "tweeted on Wednesday": a weekday is no speaker
        if token.pos_ in ("PROPN", "PRON") or token.ent_type_ in SPEAKER_ENTITY_TYPES:
            if token.lower_ in ("it", "this", "that", "what", "which", "who"):
                continue
            distance = abs(token.i - cue.i)
            if distance <= 6 and (best is None or distance < abs(best.i - cue.i)):
                best = token
    if best is not None and best.ent_type_ and best.ent_iob_ != "B":
        # use the entity's last token as head, the speaker module expands to the full mention
        ent = next((e for e in best.doc.ents if e.start <= best.i < e.end), None)
        if ent is not None:
            return ent.root
    return best


# ---------------------------------------------------------------------------- reported speech


def reported_speech(doc: Doc, quotes: Sequence[LocalQuote]) -> Iterator[Candidate]:
    """Reported-speech candidates: a cue of communication and its clausal complement."""
    for token in doc:
        if _inside(token, quotes):
            continue
        if token.lower_ == "according" and token.i + 1 < len(doc) and doc[token.i + 1].lower_ == "to":
            yield from _according_to(token)
        elif is_speech_verb(token):
            yield from _verb_with_complement(token)
        elif token.lower_ in SPEECH_NOUNS and token.pos_ == "NOUN":
            candidate = _noun_with_complement(token)
            if candidate is not None:
                yield candidate


SPACED_DASHES = frozenset({"-", "–", "—", "--"})


def _without_asides(tokens: list[Token]) -> list[Token]:
    """Cut what the writer adds after the reported words: a lone spaced dash ("… mistrust - he wrote
    …"; a pair of dashes is an inserted phrase and stays), a parenthesis holding a clause ("(Obama has
    proposed …)"), or a conjoined speech act of the speaker ("said A and called him B")."""
    for position, token in enumerate(tokens):
        if position < 3 or not any(t.pos_ in ("VERB", "AUX") for t in tokens[:position]):
            continue  # a dateline's dash ("WASHINGTON — The bill …") comes before any verb
        spaced = token.whitespace_ and position and tokens[position - 1].whitespace_
        if token.text in SPACED_DASHES and spaced and sum(t.text in SPACED_DASHES for t in tokens) == 1:
            return tokens[:position]
        if token.text == "(" and any(t.pos_ in ("VERB", "AUX") for t in token.doc[token.i : token.i + 12]):
            return tokens[:position]
        if token.dep_ == "conj" and token.head.i < token.i and is_speech_verb(token):
            cut = position - 1 if tokens[position - 1].dep_ == "cc" else position
            return tokens[:cut]
    return tokens


def _clause_chars(tokens: Sequence[Token]) -> tuple[int, int]:
    first = min(t.idx for t in tokens)
    last = max(t.idx + len(t.text) for t in tokens)
    return first, last


def _has_verb(doc: Doc, start: int, end: int) -> bool:
    span = doc.char_span(start, end, alignment_mode="expand")
    return span is not None and any(t.pos_ in ("VERB", "AUX") for t in span)


def _make(doc, tokens, cue, speaker, rule, *, require_verb: bool = True) -> Candidate | None:
    tokens = _without_asides(sorted(tokens, key=lambda t: t.i))
    if not tokens:
        return None
    start, end = _trim(doc, *_clause_chars(tokens))
    if start >= end:
        return None
    if require_verb and (len(doc_text(doc)[start:end].split()) < 2 or not _has_verb(doc, start, end)):
        return None
    return Candidate(start, end, "indirect", rule, cue_span(cue), speaker)


def _verb_with_complement(verb: Token) -> Iterator[Candidate]:
    if _passive(verb):
        return  # "Asked whether …, Johnson replied", "he was told that …": the subject did not say it
    speaker = subject_of(verb)
    if speaker is None:
        return  # reported speech with nobody saying it is almost always a misparse
    for tokens, rule, require_verb in _complements(verb):
        candidate = _make(verb.doc, tokens, verb, speaker, rule, require_verb=require_verb)
        if candidate is not None:
            yield candidate


def _passive(verb: Token) -> bool:
    """A passive cue or a bare past participle ("Asked about …,"), unlike "has said" (aux + VBN)."""
    if any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children):
        return True
    return verb.tag_ == "VBN" and not any(c.dep_ == "aux" for c in verb.children) and verb.dep_ != "conj"


def _complements(verb: Token) -> list[tuple[list[Token], str, bool]]:
    """What a speech verb reports, as (tokens, rule, must-contain-a-verb) pieces, by pattern."""
    complements = [c for c in verb.children if c.dep_ == "ccomp"]
    if any(c.i > verb.i for c in complements):
        # only what follows the cue: "which I said was …" keeps the relative pronoun out
        rule = "reported.participle" if verb.tag_ == "VBG" else "reported.that_clause"
        tokens = [t for c in complements if c.i > verb.i for t in c.subtree if t.i > verb.i]
        return [(tokens + _coordinated_clauses(verb, tokens), rule, True)]
    if complements:
        # "The plan will fail, officials said." — the complement precedes the cue (a dateline
        # before it is sometimes parsed as a second complement; _trim drops it)
        return [([t for c in complements for t in c.subtree if t.i < verb.i], "reported.cue_after", True)]
    own = {t.i for t in verb.subtree}
    rest_of_clause = [t for t in verb.head.subtree if t.i not in own]
    if (
        verb.dep_ == "advcl"
        and any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children)
        and not any(c.dep_ in ("dobj", "xcomp", "attr", "oprd", "nsubjpass", "auxpass") for c in verb.children)
    ):
        # "As the senator observed, the bill is dead." — the clause the as-clause modifies
        return _fragments(_around(rest_of_clause, own), "reported.as_clause")
    infinitive = next((c for c in verb.children if c.dep_ == "xcomp" and c.i > verb.i), None)
    if infinitive is not None and speech_lemma(verb.lower_) in INFINITIVE_CUES:
        # "urged him to resign", "vowed to fight": requests and promises report speech too
        tokens = [t for t in verb.subtree if verb.i < t.i <= infinitive.right_edge.i and t.dep_ != "prt"]
        return [(tokens, "reported.infinitive", True)]
    if verb.dep_ == "parataxis":
        # "It will fail, he said." parsed with the cue as parataxis; with the cue inside the clause
        # ("The plan, he said, will fail.") each side is a fragment, like a split direct quote.
        return _fragments(_around(rest_of_clause, own), "reported.parataxis")
    repaired = _misparsed_object_clause(verb)
    return [(repaired, "reported.object_clause", True)] if repaired else []


def _coordinated_clauses(verb: Token, tokens: list[Token]) -> list[Token]:
    """ "said he is not backing anyone, and he also hosted Bush": the parser often hangs the second
    conjunct of the reported clause on the cue verb. A conjunct with its own subject that directly
    follows the complement belongs to it — unless it is another cue ("…, and Jones said …")."""
    if not tokens:
        return []
    end = max(t.i for t in tokens)
    extra: list[Token] = []
    for conj in verb.children:
        if conj.dep_ != "conj" or conj.i <= end or is_speech_verb(conj):
            continue
        if not any(c.dep_ in SUBJECT_DEPS for c in conj.children):
            continue
        gap = verb.doc[end + 1 : conj.left_edge.i]
        if all(t.is_punct or t.dep_ == "cc" for t in gap):
            extra.extend(gap)
            extra.extend(conj.subtree)
            end = conj.right_edge.i
    return extra


def _misparsed_object_clause(verb: Token) -> list[Token]:
    """ "Kato stressing Japan's stance … is unchanged": the small model often takes the complement's
    subject for the verb's object and hangs the complement's verb elsewhere. Repair: an object
    directly followed by a finite verb that is not inside the cue's subtree starts a clause."""
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is None:
        return []
    doc = verb.doc
    after = obj.right_edge.i + 1
    if after >= len(doc):
        return []
    finite = doc[after]
    if finite.tag_ not in FINITE_TAGS or finite in verb.subtree:
        return []
    return list(doc[obj.left_edge.i : finite.right_edge.i + 1])


def _according_to(token: Token) -> Iterator[Candidate]:
    """ "According to X, Y." / "Y, according to X." — the rest of the sentence is what X said."""
    source = according_to_source(token)
    if source is None:
        return
    phrase = {t.i for t in token.subtree}
    sides = _around([t for t in token.sent if t.i not in phrase], phrase)
    for tokens, rule, require_verb in _fragments(sides, "reported.according_to"):
        candidate = _make(token.doc, tokens, token, source, rule, require_verb=require_verb)
        if candidate is not None:
            yield candidate


def _fragments(sides: list[list[Token]], rule: str) -> list[tuple[list[Token], str, bool]]:
    """A whole clause must hold a verb; the two halves of an interrupted clause need not."""
    return [(side, rule, len(sides) == 1) for side in sides]


def _around(tokens: list[Token], phrase: set[int]) -> list[list[Token]]:
    """What an attributing phrase inside a clause ("according to X", "as X noted", "he said")
    governs: the words before it when it closes the clause, after it when it opens the clause, and
    both, as two fragments, when it interrupts the clause — a one-word stub ("But, he said, …") is
    no fragment of its own."""
    before = [t for t in tokens if t.i < min(phrase)]
    after = [t for t in tokens if t.i > max(phrase)]
    return [side for side in (before, after) if len([t for t in side if not t.is_punct]) >= 2]


def _noun_with_complement(noun: Token) -> Candidate | None:
    """ "X's statement that …" / "the claim by X that …"."""
    clause = next(
        (c for c in noun.children if c.dep_ in ("acl", "ccomp") and any(m.lower_ == "that" for m in c.children)), None
    )
    if clause is None:
        return None
    speaker = next((c for c in noun.children if c.dep_ == "poss"), None)
    if speaker is None:
        return None
    tokens = list(clause.subtree)
    if noun.head.i > noun.i:  # "X's claim that … angered residents": stop at the sentence's own verb
        tokens = [t for t in tokens if t.i < noun.head.i]
    return _make(noun.doc, tokens, noun, speaker, "reported.noun_clause")
