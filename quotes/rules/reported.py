"""Reported speech: a cue of communication (a speech verb, "according to", a speech noun) and the
clause it reports, found by the dependency parse."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import replace

from spacy.tokens import Doc, Token

from quotes.lexicon import JUDGMENT_VERB_FORMS, MAKE_FORMS, SPEECH_NOUNS, TALK_VERB_FORMS, speech_lemma
from quotes.parsing import doc_text
from quotes.quotemarks import ALL_DOUBLE
from quotes.rules.clause_ends import (
    describes_a_name,
    sums_up_the_clause,
    verb_phrase_going_on,
    without_dangling_conjunction,
    without_parallel_report,
    without_trailing_joiners,
    writers_parenthesis,
)
from quotes.rules.common import (
    Candidate,
    QuoteIndex,
    according_to_source,
    cue_span,
    inside_quotes,
    is_speech_verb,
    lost_subject,
    subject_of,
    trim,
)
from quotes.rules.interrupted import (
    according_phrase,
    around,
    first_side,
    fragments,
    parataxis_sides,
    trailing_side,
)
from quotes.rules.misparsed import (
    addressee_read_as_clause,
    clause_hung_on_setting,
    clause_read_as_subject,
    cue_read_as_modifier,
    question_clause,
)
from quotes.rules.multiword import made_clear
from quotes.rules.nouns import noun_report
from quotes.rules.objects import accusation, said_object
from quotes.rules.passives import question_put, thing_told
from quotes.rules.requests import requested
from quotes.rules.topics import spoken_about, topic_cue
from quotes.syntax import FINITE_TAGS, NOMINAL_SUBJECT_DEPS, SUBJECT_DEPS, contracted_perfect, is_verb

#: Verbs that are cues only through a phrase of theirs: talking about something ("talked about the
#: wall"), judging somebody for something ("blasted the agency for its delays").
CUE_ONLY_WITH_PHRASE = {**TALK_VERB_FORMS, **JUDGMENT_VERB_FORMS}

#: What a verb reports through a preposition ("wrote about …", "talked about …").
TOPIC_RULE = "reported.topic"


def reported_speech(doc: Doc, quotes: QuoteIndex) -> Iterator[Candidate]:
    """Reported-speech candidates: a cue of communication and its clausal complement."""
    for token in doc:
        if inside_quotes(token, quotes):
            continue
        if token.lower_ == "according" and token.i + 1 < len(doc) and doc[token.i + 1].lower_ == "to":
            yield from _according_to(token)
        elif is_speech_verb(token) or (token.lower_ in CUE_ONLY_WITH_PHRASE and is_verb(token)):
            yield from _verb_with_complement(token)
        elif token.lower_ in MAKE_FORMS:
            candidate = _made_clear(token)
            if candidate is not None:
                yield candidate
        elif token.lower_ in SPEECH_NOUNS and token.pos_ == "NOUN":
            candidate = _noun_with_complement(token)
            if candidate is not None:
                yield candidate


SPACED_DASHES = frozenset({"-", "–", "—", "--"})


def _without_asides(tokens: list[Token]) -> list[Token]:
    """Cut what the writer adds after the reported words: a lone spaced dash ("… mistrust - he wrote
    …"; a pair of dashes is an inserted phrase and stays), a parenthesis holding a clause ("(Obama has
    proposed …)"), or a conjoined speech act of the speaker ("said A and called him B"; not a verb that
    shares the verb group of what was said: "urged her to stop X and call for Y")."""
    for position, token in enumerate(tokens):
        if position < 3 or not any(is_verb(t) for t in tokens[:position]):
            continue  # a dateline's dash ("WASHINGTON — The bill …") comes before any verb
        spaced = token.whitespace_ and position and tokens[position - 1].whitespace_
        if token.text in SPACED_DASHES and spaced and sum(t.text in SPACED_DASHES for t in tokens) == 1:
            return tokens[:position]
        if token.text == "(" and writers_parenthesis(tokens[position:]):
            return tokens[:position]
        conjoined_act = token.dep_ == "conj" and token.head.i < token.i and is_speech_verb(token)
        if conjoined_act and not _part_of_what_was_said(token):
            # its auxiliaries go too: "but did not say …"
            return without_trailing_joiners([t for t in tokens[:position] if t.i < token.left_edge.i])
    return tokens


def _part_of_what_was_said(verb: Token) -> bool:
    """A conjoined verb that goes on with what was said rather than a new act of the speaker: a bare
    verb with no auxiliary of its own shares the infinitive or modal before it ("to stop X and call for
    Y", "would veto it and call for Y"; "but did not suggest …" has its own), a passive or a "that"
    clause ("but that the requests were denied") is no act of the speaker."""
    if any(c.dep_ in ("auxpass", "nsubjpass", "mark") for c in verb.children):
        return True
    return verb.tag_ == "VB" and not any(c.dep_ in ("aux", "neg") for c in verb.children)


#: Participles with which the writer draws an inference from the reported words ("…, indicating
#: Moscow will not negotiate"): what follows is the writer's reading, not the speaker's words.
INFERENCE_PARTICIPLES = frozenset({"indicating", "suggesting", "signaling", "signalling", "meaning", "implying"})


def _without_writer_additions(tokens: list[Token]) -> list[Token]:
    """Cut an inference the writer hangs on the end of the reported words ("…, indicating Moscow will
    not …"), and, in reported words without quote marks, the writer's note on a name or summing-up of
    the clause (:mod:`quotes.rules.clause_ends`). Other relative clauses, appositives, participles and
    "but" conjuncts stay: annotators count them as said about as often as not. Quoted words are never
    cut: they are what was said."""
    if len(tokens) < 4:
        return tokens
    last = tokens[-1].i
    present = {t.i for t in tokens}
    # the last token holding a double mark (a single one is mostly an apostrophe: "won't"), -1 for none
    last_quoted = max((t.i for t in tokens if any(ch in ALL_DOUBLE for ch in t.text)), default=-1)
    for token in tokens[3:]:
        head = _addition_starting_at(token, notes=last_quoted < 0)
        if head is None or head.right_edge.i < last or head.i not in present:
            continue
        if last_quoted >= token.i:
            continue  # quoted words after the cut are what was said
        kept = [t for t in tokens if t.i < token.i]
        while kept and kept[-1].is_punct and kept[-1].text != ")":  # a bracket kept closes its own "("
            kept.pop()
        return kept
    return tokens


def _noun_of_participle(verb: Token) -> Token | None:
    """ "a statement saying the senator would not attend", "voters urging the council to act": a
    participle of saying on a noun reports what that noun (a person or a document) said."""
    head = verb.head
    if verb.dep_ == "acl" and verb.tag_ == "VBG" and head.i < verb.i and head.pos_ in ("NOUN", "PROPN"):
        return head
    return None


def _speaker_of_closing_participle(verb: Token) -> Token | None:
    """ "Khalif said the rhetoric was patronizing, noting her comments …": the parser hangs the
    participle on the reported clause, whose subject did not note anything; the speaker is the one
    of the cue that reports the clause."""
    clause = verb.head
    if verb.tag_ != "VBG" or verb.dep_ != "advcl" or clause.dep_ != "ccomp" or is_speech_verb(clause):
        return None  # (a cue misparsed as the clause, "…, Lewandowski added, saying …", has the participle)
    cue = clause.head
    return subject_of(cue) if is_speech_verb(cue) and cue.i < clause.i else None


def _without_further_speech(tokens: list[Token]) -> list[Token]:
    """Stop before a participle of saying that closes the reported words ("said he plans a strategy,
    insisting that leaders are too concerned …"): what follows it is a second attribution, which the
    participle reports as a record of its own."""
    if len(tokens) < 4:
        return tokens
    last = tokens[-1].i
    for position, token in enumerate(tokens[2:], 2):
        if tokens[position - 1].text != "," or token.tag_ != "VBG" or token.dep_ not in ("advcl", "xcomp", "conj"):
            continue
        if token.right_edge.i >= last and is_speech_verb(token) and token.lower_ not in INFERENCE_PARTICIPLES:
            return tokens[: position - 1]
    return tokens


def _addition_starting_at(token: Token, *, notes: bool) -> Token | None:
    """The head of a writer's addition whose first word, after a comma, is ``token``, if any; with
    ``notes``, a note on a name or a summing-up noun phrase counts too."""
    if token.i == 0 or token.doc[token.i - 1].text != ",":
        return None
    for head in [token, *token.ancestors][:4]:
        if head.left_edge.i != token.i:
            continue
        if head.dep_ in ("advcl", "xcomp", "conj") and head.lower_ in INFERENCE_PARTICIPLES:
            return head
        if notes and (describes_a_name(head) or sums_up_the_clause(head)):
            return head
    return None


def _clause_chars(tokens: Sequence[Token]) -> tuple[int, int]:
    first = min(t.idx for t in tokens)
    last = max(t.idx + len(t.text) for t in tokens)
    return first, last


def _has_verb(doc: Doc, start: int, end: int) -> bool:
    span = doc.char_span(start, end, alignment_mode="expand")
    return span is not None and any(is_verb(t) for t in span)


def _make(doc, tokens, cue, speaker, rule, *, require_verb: bool = True) -> Candidate | None:
    tokens = without_parallel_report(_without_writer_additions(_without_asides(sorted(tokens, key=lambda t: t.i))))
    if tokens and tokens[0].i > cue.i:
        tokens = _without_further_speech(tokens)
    tokens = without_dangling_conjunction(tokens)
    if not tokens or absolute_phrase(tokens):
        return None
    start, end = trim(doc, *_clause_chars(tokens))
    if start >= end:
        return None
    if require_verb and (len(doc_text(doc)[start:end].split()) < 2 or not _has_verb(doc, start, end)):
        return None
    return Candidate(start, end, "indirect", rule, cue_span(cue), speaker)


def absolute_phrase(tokens: Sequence[Token]) -> bool:
    """ "“We miss him,” she said, her voice breaking.": a noun and a present participle with no finite
    verb is an absolute phrase telling how the words were said, not what was said, though the parser
    hangs it on the cue like a clause ("his eyes welling up", "tears streaming down her face"). Only
    set off by a comma: "warned of prices rising" is what was warned of."""
    first = min(tokens, key=lambda t: t.i)
    if first.i == 0 or first.doc[first.i - 1].text != ",":
        return False
    inside = {t.i for t in tokens}
    roots = [t for t in tokens if t.head.i not in inside or t.head.i == t.i]
    if len(roots) != 1 or roots[0].tag_ != "VBG" or any(t.tag_ in FINITE_TAGS for t in tokens):
        return False
    root = roots[0]
    return any(c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN") for c in root.children) and not any(
        c.dep_ in ("aux", "mark") for c in root.children)


def _verb_with_complement(verb: Token) -> Iterator[Candidate]:
    if withheld(verb):
        return  # "did not say whether …", "without saying …", "was not disclosed": nothing was said
    modified = cue_read_as_modifier(verb)
    if modified is not None:  # "Several outlets reported on Friday the talks had …"
        candidate = _make(verb.doc, modified[0], verb, modified[1], "reported.that_clause")
        yield from [candidate] if candidate is not None else []
        return
    if _passive(verb):
        # "he was told that …": the subject did not say it; but "Asked whether …, Johnson replied"
        # reports a question put by somebody unnamed
        question = _question_put(verb)
        if question is not None:
            yield question
        reported = _passive_report(verb)
        if reported is not None:
            yield reported
        return
    if verb.lower_ in INFERENCE_PARTICIPLES and verb.i and verb.doc[verb.i - 1].text == ",":
        return  # "…, indicating Moscow will not …": the writer's inference, not the speaker's words
    misread = clause_read_as_subject(verb)
    if misread is not None:  # "The vote signals “the end” for the union, said Jane Roe"
        candidate = _make(verb.doc, misread[0], verb, misread[1], "reported.cue_after", require_verb=False)
        yield from [candidate] if candidate is not None else []
        return
    speaker = (
        _speaker_of_closing_participle(verb) or subject_of(verb) or _noun_of_participle(verb) or lost_subject(verb)
    )
    if speaker is None:
        return  # reported speech with nobody saying it is almost always a misparse
    for tokens, rule, require_verb in _complements(verb):
        candidate = _make(verb.doc, tokens, verb, speaker, rule, require_verb=require_verb)
        if candidate is not None:
            yield replace(candidate, cue=topic_cue(verb)) if rule == TOPIC_RULE else candidate


def _made_clear(verb: Token) -> Candidate | None:
    """ "The governor made it clear that she would veto the bill": the clause, said by the subject."""
    found = made_clear(verb)
    speaker = subject_of(verb) if found is not None else None
    if speaker is None:
        return None
    tokens, cue = found
    candidate = _make(verb.doc, tokens, verb, speaker, "reported.that_clause")
    return candidate if candidate is None else replace(candidate, cue=cue)


def _question_put(verb: Token) -> Candidate | None:
    """ "Asked whether he would run, Smith said …", "he was asked about the wall": the question is an
    attribution of its own, whose asker is the "by" agent or goes unnamed (speaker null)."""
    found = question_put(verb)
    if found is None:
        return None
    tokens, asker = found
    return _make(verb.doc, tokens, verb, asker, "reported.question", require_verb=False)


def _passive_report(verb: Token) -> Candidate | None:
    """ "The deal was announced Friday by the union": what was told, said by the agent if any."""
    found = thing_told(verb)
    if found is None:
        return None
    tokens, speaker, require_verb = found
    return _make(verb.doc, tokens, verb, speaker, "reported.passive", require_verb=require_verb)


def withheld(verb: Token) -> bool:
    """Speech reported as not given: a negated cue ("did not directly say whether …", "has not said
    explicitly that …") or one under "without" ("left without saying whether …")."""
    if any(c.dep_ == "neg" for c in verb.children):
        return True
    head = verb.head
    return verb.dep_ == "pcomp" and head.lower_ == "without"


def _passive(verb: Token) -> bool:
    """A passive cue or a bare past participle ("Asked about …,"), unlike "has said" (aux + VBN) or the
    contracted perfect the parser reads as a passive ("he's said he will …")."""
    if contracted_perfect(verb):
        return False
    if any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children):
        return True
    return verb.tag_ == "VBN" and not any(c.dep_ == "aux" for c in verb.children) and verb.dep_ != "conj"


def _complements(verb: Token) -> list[tuple[list[Token], str, bool]]:
    """What a speech verb reports, as (tokens, rule, must-contain-a-verb) pieces, by pattern; a verb of
    talking reports only what it was about ("talked about the wall")."""
    if speech_lemma(verb.lower_) is None and not is_speech_verb(verb):  # a study's finding is reported
        judged = accusation(verb)
        if judged:
            return [(judged, "reported.object", False)]
        topic = spoken_about(verb)
        return [(topic, TOPIC_RULE, False)] if topic else []
    complements = [c for c in verb.children if c.dep_ == "ccomp"]
    if any(c.i > verb.i for c in complements):
        # only what follows the cue: "which I said was …" keeps the relative pronoun out
        rule = "reported.participle" if verb.tag_ == "VBG" else "reported.that_clause"
        tokens = [t for c in complements if c.i > verb.i for t in c.subtree if t.i > verb.i]
        time_of_saying = _time_of_saying(verb, complements)
        tokens = [t for t in addressee_read_as_clause(verb, tokens) if t.i not in time_of_saying]
        after = (tokens + _coordinated_clauses(verb, tokens), rule, True)
        before = first_side(verb, tokens)
        return [(before, rule, False), after] if before else [after]
    if complements:
        # "The plan will fail, officials said." — the complement precedes the cue (a dateline
        # before it is sometimes parsed as a second complement; trim drops it)
        before = [t for c in complements for t in c.subtree if t.i < verb.i]
        tail = trailing_side(verb, before)
        return [(before, "reported.cue_after", True)] + ([(tail, "reported.cue_after", False)] if tail else [])
    question = question_clause(verb) or clause_hung_on_setting(verb)
    if question:
        return [(question, "reported.that_clause", True)]
    own = {t.i for t in verb.subtree}
    rest_of_clause = [t for t in verb.head.subtree if t.i not in own]
    if (
        verb.dep_ == "advcl"
        and any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children)
        and not any(c.dep_ in ("dobj", "xcomp", "attr", "oprd", "nsubjpass", "auxpass") for c in verb.children)
        and not spoken_about(verb)  # "as parents called for a new school": the cue has its own words
    ):
        # "As the senator observed, the bill is dead." — the clause the as-clause modifies
        return fragments(around(rest_of_clause, own), "reported.as_clause")
    gerund = _gerund_complement(verb)
    if gerund is not None:
        # "proposed conducting surveillance", "said seeing so many officers was a welcome sight"
        return [([t for t in gerund.subtree if t.i > verb.i], "reported.gerund", True)]
    asked = requested(verb)
    if asked:
        # "urged him to resign", "vowed to fight": requests and promises report speech too
        return [(asked, "reported.infinitive", True)]
    if verb.dep_ == "parataxis":
        # "It will fail, he said." parsed with the cue as parataxis; with the cue inside the clause
        # ("The plan, he said, will fail.") each side is a fragment, like a split direct quote.
        return fragments(parataxis_sides(verb), "reported.parataxis")
    repaired = _misparsed_object_clause(verb)
    if repaired:
        return [(repaired, "reported.object_clause", True)]
    blamed = accusation(verb)
    if blamed:
        return [(blamed, "reported.object", False)]
    said = said_object(verb)
    if said:
        return [(said, "reported.object", False)]
    topic = spoken_about(verb)
    return [(topic, TOPIC_RULE, False)] if topic else []


def _gerund_complement(verb: Token) -> Token | None:
    """A gerund right after the cue that the parser takes as its complement ("suggested raising
    taxes", "reported earning $13 million"): what was said, like a that-clause. The parser also
    hangs a gerund subject's clause on it ("said seeing the police there was a relief")."""
    return next(
        (c for c in verb.children if c.dep_ == "xcomp" and c.tag_ == "VBG" and c.left_edge.i == verb.i + 1),
        None,
    )


#: Links of a time phrase to the verb it dates ("on Thursday", "last week").
_TIME_PHRASE_DEPS = frozenset({"prep", "npadvmod"})


def _time_of_saying(verb: Token, complements: Sequence[Token]) -> set[int]:
    """ "Sunak said on Thursday he would not …": a time phrase right after the cue, before the reported
    clause's subject, dates the saying; the parser hangs it on the reported verb. After "that" it is
    the content's own time and stays ("said that on Thursday he would …")."""
    for clause in complements:
        subject = next((c for c in clause.children if c.dep_ in SUBJECT_DEPS), None)
        for child in clause.children:
            phrase = list(child.subtree)
            if (
                child.dep_ in _TIME_PHRASE_DEPS
                and phrase[0].i == verb.i + 1
                and subject is not None
                and phrase[-1].i < subject.left_edge.i
                and any(t.ent_type_ in ("DATE", "TIME") for t in phrase)
            ):
                return {t.i for t in phrase}
    return set()


def _coordinated_clauses(verb: Token, tokens: list[Token]) -> list[Token]:
    """ "said he is not backing anyone, and he also hosted Bush": the parser often hangs the second
    conjunct of the reported clause on the cue verb. A conjunct that directly follows the complement
    belongs to it — with its own subject, or as a verb phrase going on with the clause's subject
    ("said he was unsure the rule applied, but planned to follow it") — unless it is another cue
    ("…, and Jones said …")."""
    if not tokens:
        return []
    end = max(t.i for t in tokens)
    extra: list[Token] = []
    for conj in verb.children:
        if conj.dep_ != "conj" or conj.i <= end or is_speech_verb(conj):
            continue
        if not any(c.dep_ in SUBJECT_DEPS for c in conj.children) and not verb_phrase_going_on(conj):
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
    directly followed by a finite verb starts a clause, unless that verb is inside the cue's subtree or
    is the verb of a subject the cue's clause describes."""
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is None:
        return []
    doc = verb.doc
    after = obj.right_edge.i + 1
    if after >= len(doc):
        return []
    finite = doc[after]
    if finite.tag_ not in FINITE_TAGS:
        return []
    clause = _clause_of(finite)
    if clause in verb.subtree or finite in verb.subtree:
        return []
    if _describes_subject_of(verb, clause) or clause in verb.ancestors:
        # "the senator who wrote the bill said", "how she answers that question will decide": the cue's
        # clause describes the finite verb's subject or is part of its clause
        return []
    return list(doc[obj.left_edge.i : clause.right_edge.i + 1])


def _clause_of(finite: Token) -> Token:
    """The verb heading the clause a finite word opens: an auxiliary ("the plan will fail") hangs on
    the verb after it, whose subtree is the clause; the auxiliary's own subtree is the one word."""
    if finite.dep_ in ("aux", "auxpass") and finite.head.i > finite.i:
        return finite.head
    return finite


def _describes_subject_of(verb: Token, finite: Token) -> bool:
    """Whether ``verb`` sits in a clause that modifies the subject of ``finite`` ("the senator who wrote
    the bill said", "a man claiming allegiance to the group opened fire"): then the words after the
    cue's object are the sentence's own verb, not a clause the cue reports."""
    return any(token.dep_ in NOMINAL_SUBJECT_DEPS and token.head == finite for token in verb.ancestors)


def _according_to(token: Token) -> Iterator[Candidate]:
    """ "According to X, Y." / "Y, according to X." — the rest of the sentence is what X said."""
    source = according_to_source(token)
    if source is None:
        return
    phrase = according_phrase(token)
    sides = around([t for t in token.sent if t.i not in phrase], phrase)
    for tokens, rule, require_verb in fragments(sides, "reported.according_to"):
        candidate = _make(token.doc, tokens, token, source, rule, require_verb=require_verb)
        if candidate is not None:
            yield candidate


def _noun_with_complement(noun: Token) -> Candidate | None:
    """ "X's statement that …", "his pledge to stay “neutral”" (:func:`noun_report`)."""
    found = noun_report(noun)
    return _make(noun.doc, found[0], noun, found[1], "reported.noun_clause") if found is not None else None
