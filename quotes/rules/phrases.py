"""Partial quotes: a phrase in quote marks inside the complement of a cue ("called the plan “a
disaster”", "described the merger as a “grave betrayal of workers”") is the cue's whole complement, a
``mixed`` record. The cue is the verb that governs the phrase in the parse, not the nearest cue by
position: "Trump called the attack “an act of terror,” but noted …" is Trump calling, not noting.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from quotes.dates.occasions import OCCASION_NOUNS
from quotes.lexicon import PHRASE_VERB_FORMS
from quotes.parsing import doc_text, token_index_at
from quotes.rules.common import LocalQuote, QuoteIndex, content_root, inside_quotes, is_speech_verb, subject_of
from quotes.rules.misparsed import naming_verb_before
from quotes.syntax import COMPLEMENT_DEPS, FINITE_TAGS, NOMINAL_SUBJECT_DEPS, OBJECT_DEPS, is_verb

#: Links from a cue to a clause that opens its own statement: quoted words at its very start are
#: introduced by the cue ("said “we will win”"), not part of a phrase.
_CLAUSE_DEPS = frozenset({"ccomp", "parataxis", "conj"})
#: Punctuation that introduces a quote rather than embedding it in a phrase.
_INTRODUCING_PUNCTUATION = (",", ":", " -", "—", "–", "--")
#: Prepositions that belong to the cue, not to what was said ("warned of [a “ferocious” battle]",
#: "called for [“boots on the ground”]"): annotators put them in the cue several times as often as
#: in the content. "as", "to" and "with" stay ("described it [as “a joke”]").
CUE_PREPOSITIONS = frozenset({"of", "for", "about", "on", "against", "at", "over", "upon", "to"})
#: Links of a cue's child that is never what was said even when a quote lies in it: the speaker
#: ("said [Ramos, whose book features “rebellious” people]").
_NOT_CONTENT_DEPS = frozenset({"nsubj", "nsubjpass", "agent", "punct"})
#: Prepositions of the time and place of saying: after the quote they tell where or when it was said
#: ("called him a “clown” [on his radio show]"), not what.
_CIRCUMSTANCE_PREPOSITIONS = frozenset({"on", "in", "at", "during", "after", "before", "since", "via", "while"})
#: Participles that name a thing rather than report words ("a memo titled “…”", "a loophole called “…”").
_SO_CALLED = re.compile(r"\bso-?\s*$", re.IGNORECASE)
NAMING_PARTICIPLES = frozenset({"called", "named", "dubbed", "titled", "entitled", "nicknamed", "labeled", "labelled"})


def is_phrase_cue(token: Token) -> bool:
    """A verb that can attribute a quoted phrase to its subject: a speech verb, or a verb of naming or
    judging ("branded", "credited", "blamed")."""
    return is_speech_verb(token) or is_verb(token) and token.lower_ in PHRASE_VERB_FORMS


def governing_cue(doc: Doc, quote: LocalQuote, quotes: QuoteIndex) -> Token | None:
    """The cue before a quoted phrase whose complement holds it, with words of that complement between
    the two (an object, "as", the start of the clause): the phrase is then part of what the cue
    reports. A quote right after its cue ("said “…”", "told reporters: “…”") is no phrase."""
    if doc_text(doc)[: quote.outer_start].rstrip().endswith(_INTRODUCING_PUNCTUATION):
        return None  # "told reporters, “…”", "responded with a smile: “…”": introduced, not embedded
    first = token_index_at(doc, quote.start)
    root = content_root(doc, quote)
    if root is None:
        return None
    child = root
    for ancestor in root.ancestors:
        if ancestor.i < first and is_phrase_cue(ancestor) and not inside_quotes(ancestor, quotes):
            if child.dep_ == "conj" and is_verb(child):
                return None  # a verb conjoined to the cue is an act of its own ("called it “a deal” and ranked …")
            return ancestor if _complement_before(doc, ancestor, child, first) else None
        child = ancestor
    return naming_verb_before(doc, quote.outer_start)


#: Subjects that hold no speaker: "it starts with the proposition that …", "there was talk that …".
_EMPTY_SUBJECTS = frozenset({"it", "there", "this", "that"})


#: Most verbs between a quoted phrase and the verb whose "that" clause holds them ("implied that [the
#: leaders should be punished by having “…”]"); the first verb above a phrase is one of them.
MAX_CLAIM_DEPTH = 3

#: What a claiming verb's words are called in the rule table, by the link that carries the quote.
CLAUSE_CLAIM, AS_CLAIM = "mixed.that_clause", "mixed.as_phrase"


def claiming_verb(doc: Doc, quote: LocalQuote, quotes: QuoteIndex) -> tuple[Token, str] | None:
    """Any verb that makes a quoted phrase its subject's words when no cue governs it, and the rule
    that says how: its clausal complement holds the phrase ("the coach grumbled that the referee
    was “blind as a bat”", "she anticipated that the hardest part would be “cleaning up the
    mess”"), or it casts its object as the phrase ("the chancellor heralded the pact as a
    “breakthrough”"): words in quote marks inside what somebody claims, finds or predicts are that
    somebody's. The verb is the first one above the quote, or one whose clause holds the verbs above
    it ("implied that the leaders should be punished by having “…”"); it needs a subject that can
    speak, not a passive ("was told that …", "known as “…”") nor a clause ("having a free press may
    make it harder …"); a clause needs words before the marks (one that is all quote keeps the direct rules)."""
    first = token_index_at(doc, quote.start)
    root = content_root(doc, quote)
    if root is None:
        return None
    child, verbs = root, 0
    for ancestor in root.ancestors:
        if is_verb(ancestor) and not inside_quotes(ancestor, quotes):
            if ancestor.i > first:
                return None
            if child.dep_ == "ccomp" and _words_before(child, first):
                rule = CLAUSE_CLAIM
            elif _casts_as(child, verbs) and _object_before(ancestor, child):
                rule = AS_CLAIM
            else:
                verbs += 1
                if verbs > MAX_CLAIM_DEPTH:
                    return None  # too far above the quote to be what the phrase was said in
                child = ancestor
                continue
            subject = subject_of(ancestor)
            if subject is None or subject.dep_ == "nsubjpass" or subject.lower_ in _EMPTY_SUBJECTS:
                return None
            if subject.dep_ == "csubj":
                return None  # "having a free press may make it harder …": a clause as subject claims nothing
            return ancestor, rule
        child = ancestor
    return None


def _casts_as(child: Token, verbs: int) -> bool:
    """The link above the quote is "as", with no verb between them but a gerund right under "as"
    ("waved off the delay [as having “minimal” impact]", "defended the remark [as being “a joke”]")."""
    if child.dep_ != "prep" or child.lower_ != "as":
        return False
    return verbs == 0 or verbs == 1 and any(c.dep_ == "pcomp" and c.tag_ == "VBG" for c in child.children)


def _object_before(verb: Token, as_phrase: Token) -> bool:
    """The verb's direct object stands between it and "as" ("heralded [the deal] as …")."""
    return any(c.dep_ == "dobj" and verb.i < c.i < as_phrase.i for c in verb.children)


def _words_before(clause: Token, first: int) -> bool:
    """Words of the clause (not counting a complementiser "that") stand before the quote."""
    return any(_is_word(t) and t.lower_ != "that" for t in clause.subtree if t.i < first)


def phrase_speaker(cue: Token) -> Token | None:
    """Who the governing cue's words belong to: its subject, or the name a participle cue hangs from
    when the parse makes the cue a modifier of the speaker ("Aaron Kall, a professor, compared …")."""
    subject = subject_of(cue, through_control=True)
    if subject is not None:
        return subject
    head = cue.head
    if cue.dep_ == "acl" and head.i < cue.i and (head.pos_ == "PROPN" or head.ent_type_ in ("PERSON", "ORG")):
        return head
    return None


def _complement_before(doc: Doc, cue: Token, towards: Token, first: int) -> bool:
    """Words of the cue's complement between cue and quote: of the branch that leads to the quote
    (not counting the complementiser "that"), or an object before a predicate ("called [the plan]
    “a disaster”"; not before a clause: "told [reporters] “we will win”")."""
    between = range(cue.i + 1, first)
    branch = {t.i for t in towards.subtree}
    if any(i in branch and _is_word(doc[i]) and doc[i].lower_ != "that" for i in between):
        return True
    if towards.dep_ in _CLAUSE_DEPS:
        return False
    return any(c.dep_ in OBJECT_DEPS and c.i in between for c in cue.children)


def introduces_an_earlier_quote(doc: Doc, quotes: QuoteIndex, cue: Token, quote: LocalQuote) -> bool:
    """The cue stands right after another quote it introduces, with nothing between but punctuation
    and its own subject ("“We won,” the coach told [the radio show “Sports Talk”] …", "“Why?” asked
    the boy, [who wore a “Go Team” cap]", "“…,” she said, [showing off the “…” banner]"): its words
    are that quote, and a quoted phrase after the cue lies in the writer's account of the scene."""
    if quote.outer_start < cue.idx:
        return False
    latest = quotes.last_closed_by(cue.idx)
    if latest is None:
        return False
    text = doc_text(doc)
    inner, after = text[latest.start : latest.end].rstrip(), text[latest.end : cue.idx].lstrip(" ”\"’'")
    ends_with_comma = inner.endswith(",") or after.startswith(",")
    if not (ends_with_comma or inner.endswith(("?", "!")) and text[latest.outer_end :].lstrip()[:1].islower()):
        return False  # the quote ends its own sentence ("… called it “unhinged.” Roe called …")
    root = content_root(doc, latest)
    if root is not None and (root.head.i not in (cue.i, root.i) or root.dep_ in NOMINAL_SUBJECT_DEPS):
        return False  # the quote hangs elsewhere or is the cue's subject: a participle before it, a title
    subject = {t.i for c in cue.children if c.dep_ in NOMINAL_SUBJECT_DEPS for t in c.subtree}
    between = [t for t in doc[token_index_at(doc, latest.outer_end) : cue.i] if not (t.is_punct or t.is_space)]
    return all(t.i in subject for t in between)


def _is_word(token: Token) -> bool:
    return not token.is_punct and not token.is_space


def phrase_span(doc: Doc, quote: LocalQuote, cue: Token) -> tuple[int, int] | None:
    """Characters of the cue's complement that holds the quote, the quote's marks included; ``None``
    when the quote lies outside the complement or the cue only names a thing ("so-called")."""
    if _SO_CALLED.search(doc_text(doc)[max(0, cue.idx - 4) : cue.idx]):
        return None
    complement = [
        t
        for child in cue.children
        if child.i > cue.i and (_is_complement(child, quote) or _continues_after(doc, child, quote))
        for t in _without_conjoined_acts(child, quote)
    ]
    holds_quote = any(quote.start <= t.idx < quote.end for t in complement)
    if not holds_quote and naming_verb_before(doc, quote.outer_start) != cue:
        return None
    start = min([quote.outer_start] + [t.idx for t in complement])
    end = max([quote.outer_end] + [t.idx + len(t.text) for t in complement if not t.is_punct and t.dep_ != "cc"])
    naming = cue.dep_ == "acl" and cue.lower_ in NAMING_PARTICIPLES
    if aside_follows(doc, quote) or _circumstance_follows(doc, quote, any_object=naming):
        end = quote.outer_end
    return _content_start(doc, quote, cue, start), end


def _without_conjoined_acts(child: Token, quote: LocalQuote) -> list[Token]:
    """The child's subtree less a cue conjoined after the quote and its own words ("called it
    “shameful” [and called on leaders …]"): another act, even when the parse hangs it inside."""
    cut = {
        t.i
        for verb in child.subtree
        if verb.dep_ == "conj" and is_phrase_cue(verb) and verb.idx >= quote.outer_end
        for t in verb.subtree
    }
    return [t for t in child.subtree if t.i not in cut]


def _is_complement(child: Token, quote: LocalQuote) -> bool:
    """An object or clause of the cue, the branch that holds the quote, or the object of a
    preposition right after the cue ("referred [to the US] as the “Great Satan”")."""
    if child.dep_ in COMPLEMENT_DEPS:
        return True
    if _holds(child, quote):
        return child.dep_ not in _NOT_CONTENT_DEPS
    return child.dep_ == "prep" and child.i == child.head.i + 1 and child.lower_ in CUE_PREPOSITIONS


def _continues_after(doc: Doc, child: Token, quote: LocalQuote) -> bool:
    """A phrase of the cue straight after the quote, with no punctuation between, that goes on with
    what was said ("blamed the “chaos of the night” [for the collapse …]", "calls it “a mistake” [because …]"),
    not the time or place of saying ("[on his weekly podcast]")."""
    if child.idx < quote.outer_end or child.left_edge.idx < quote.outer_end:
        return False
    if doc_text(doc)[quote.outer_end : child.left_edge.idx].strip():
        return False  # punctuation or words between
    if child.dep_ == "prep":
        return not (child.lower_ in _CIRCUMSTANCE_PREPOSITIONS and _names_an_occasion(child))
    return child.dep_ == "advcl" and child.left_edge.lower_ == "because"


def _circumstance_follows(doc: Doc, quote: LocalQuote, *, any_object: bool = False) -> bool:
    """The time or place of saying straight after the quote ("called Palin a “clown” [on his radio
    show]", "“improper” [on Monday]"): the writer's frame, not part of what was said. After a name
    given by a naming participle ("a loophole called an “inversion” [in the tax code]") any such
    phrase tells of the thing named (``any_object``)."""
    nxt = token_index_at(doc, quote.outer_end)
    if nxt >= len(doc) or doc_text(doc)[quote.outer_end : doc[nxt].idx].strip():
        return False
    word = doc[nxt]
    if word.dep_ == "npadvmod":
        return word.ent_type_ in _TIME_AND_PLACE
    return (
        word.dep_ == "prep"
        and word.lower_ in _CIRCUMSTANCE_PREPOSITIONS
        and (any_object or _names_an_occasion(word))
    )


#: Entities that tell when or where something was said.
_TIME_AND_PLACE = frozenset({"DATE", "TIME", "GPE", "LOC", "FAC", "EVENT"})


def _names_an_occasion(preposition: Token) -> bool:
    """The preposition's object is a time, a place, or an occasion words are said on ("in a tweet",
    "on his radio show", "at the rally"); not a thing the quoted words go on about ("“turning its
    back” [on workers]", "“the pearl” [on the Silk Road]")."""
    objects = [c for c in preposition.children if c.dep_ == "pobj"]
    return any(o.lower_ in OCCASION_NOUNS or o.ent_type_ in _TIME_AND_PLACE for o in objects)


def next_report_follows(doc: Doc, quote: LocalQuote) -> bool:
    """After the quote and its comma, the speaker's next act of saying ("said he has “expanded the
    party,” [claiming …]") or the writer's note on what was said ("[which …]", "[though …]"): what
    follows is not part of the words reported before it."""
    word = _word_after_comma(doc, quote)
    if word is None:
        return False
    return _speech_participle(word) or word.lower_ in ("which", "though", "while", "although")


def next_act_follows(doc: Doc, quote: LocalQuote) -> bool:
    """After the quote and its comma, a participle of saying ("called it “a mess,” [adding, “…”]"):
    the speaker's next act, which reports words of its own, even when more quotes follow."""
    word = _word_after_comma(doc, quote)
    return word is not None and _speech_participle(word)


def _speech_participle(word: Token) -> bool:
    return word.tag_ == "VBG" and is_speech_verb(word)


def _word_after_comma(doc: Doc, quote: LocalQuote) -> Token | None:
    text = doc_text(doc)
    if not ("," in text[quote.end : quote.outer_end] or text[quote.outer_end :].lstrip().startswith(",")):
        return None
    nxt = token_index_at(doc, quote.outer_end)
    return next((t for t in doc[nxt : nxt + 4] if not t.is_punct and not t.is_space), None)


def aside_follows(doc: Doc, quote: LocalQuote) -> bool:
    """The writer's aside after the quote and a comma or dash: an apposition ("called the remarks
    “racist,” [an extraordinary indictment …]"), a relative clause ("an “inversion,” [in which …]"),
    a participle ("the “expectations game” — [setting …]")."""
    text = doc_text(doc)
    after = text[quote.outer_end :].lstrip()
    inner_comma = "," in text[quote.end : quote.outer_end] or text[quote.start : quote.end].rstrip().endswith(",")
    if not (inner_comma or after.startswith((",", "—", "–", "--", "- "))):
        return False
    nxt = token_index_at(doc, quote.outer_end)
    words = [t for t in doc[nxt : nxt + 4] if not t.is_punct and not t.is_space]
    if not words:
        return False
    word = words[0]
    return word.tag_ in ("DT", "WDT", "WP", "VBG") or word.dep_ == "prep" and word.head.tag_ == "WDT"


def _content_start(doc: Doc, quote: LocalQuote, cue: Token, start: int) -> int:
    """Where what was said begins: after a complementiser "that" between cue and quote ("told
    reporters on Friday that [he …]"), after a preposition that belongs to the cue ("warned of […]");
    at the noun a naming participle describes ("[a loophole called an “inversion”]")."""
    first = token_index_at(doc, quote.outer_start)
    between = [t for t in doc[cue.i + 1 : first] if t.idx >= start]
    marks = [t for t in between if t.lower_ == "that" and _opens_a_clause(t)]
    marks = [t for t in marks if doc[t.i - 1].lower_ not in _COMPOUND_CONJUNCTION_HEADS and not _completes_a_noun(t)]
    if marks and any(is_verb(t) and not _in_aside(t, cue) for t in between if t.i < marks[0].i):
        # "that" of a clause inside what was said ("said [the message was that “…”]"); a verb of the
        # writer's aside before it ("told the students [after she toured the plant] that …") is no such clause
        marks = []
    if marks:
        return doc[marks[0].i + 1].idx if marks[0].i + 1 < first else quote.outer_start
    opener = doc[token_index_at(doc, start)] if token_index_at(doc, start) < len(doc) else None
    if opener is not None and opener.i == cue.i + 1 and opener.dep_ == "prep" and opener.lower_ in CUE_PREPOSITIONS:
        return doc[opener.i + 1].idx if opener.i + 1 < first else quote.outer_start
    if cue.dep_ == "acl" and cue.lower_ in NAMING_PARTICIPLES and cue.head.i == cue.i - 1:
        return cue.head.left_edge.idx
    return start


#: Words that make "that" part of a conjunction of purpose or time ("so that", "now that"), not the
#: complementiser that opens what was said.
_COMPOUND_CONJUNCTION_HEADS = frozenset({"so", "now", "such"})
#: Links under which a verb is the writer's aside, not the reported content: a relative clause ("in an
#: interview that aired Tuesday"), a participle or adverbial clause ("told the students [after she
#: toured the plant] that …", "…, speaking to reporters, …").
ASIDE_DEPS = frozenset({"relcl", "acl", "advcl"})


def _in_aside(verb: Token, cue: Token) -> bool:
    """The verb hangs from the cue through an adverbial or relative clause."""
    token = verb
    while token.i != cue.i and token.head.i != token.i:
        if token.dep_ in ASIDE_DEPS:
            return True
        token = token.head
    return False


#: Nouns whose "that" clause states a proposition somebody talks about ("the fact that …", "the idea
#: that …"), unlike nouns of saying, which are the cue themselves ("her prediction that …", "in a
#: statement that …").
PROPOSITION_NOUNS = frozenset(
    "fact facts idea ideas notion threat danger risk possibility prospect premise perception impression".split()
)


def _completes_a_noun(that: Token) -> bool:
    """ "called [the idea that the mayor could win again] a “pipe dream”", "called [the notion that
    …] a “fairy tale”": the clause says what the noun holds, and the noun is part of what was said;
    so is the cue's own object whose clause it is ("cited [a survey that …]")."""
    clause = that.head
    if clause.dep_ != "acl" or clause.head.i > that.i:
        return False
    return clause.head.lower_ in PROPOSITION_NOUNS or clause.head.dep_ == "dobj"


def _opens_a_clause(that: Token) -> bool:
    """ "that" as the complementiser of a clause, also where the parser misreads it as a relative."""
    return that.dep_ == "mark" or that.tag_ == "IN" or _complementiser_read_as_relative(that)


def _complementiser_read_as_relative(that: Token) -> bool:
    """ "forecast at the dinner [that] rivals will fear “every player”": the parser reads "that" as
    the relative pronoun of a clause on the noun before it, but the clause already has the subject
    and object the pronoun would stand for, so "that" opens what was said."""
    if that.tag_ != "WDT" or that.dep_ not in ("nsubj", "dobj") or that.head.dep_ != "relcl":
        return False
    return any(c.dep_ == that.dep_ and c.i != that.i for c in that.head.children)


def _holds(token: Token, quote: LocalQuote) -> bool:
    """Does the token's subtree reach into the quote? ("described it [as “a joke”]")"""
    return token.left_edge.idx <= quote.start and quote.start < token.right_edge.idx + len(token.right_edge.text)


#: Punctuation that ends the words a run-on quote's sentence carries on with.
_RUN_ON_STOPS = frozenset({",", ";", ".", "!", "?", ":", "—", "–", "--", "(", ")"})


def run_on_span(
    doc: Doc, quote: LocalQuote, quotes: QuoteIndex, cue: Span | None
) -> tuple[int, int] | None:
    """The sentence a quote leaves unfinished: "“We’re extremely happy” [about the decision], said
    DeMoro", "she said, “I am sick of the campaign lying” [about her record]". The quote is a statement
    that closes on a word, not on punctuation, and lower-case words that are not a noun the quote
    modifies (“Ted Cruz” pins) follow its mark straight away; they run up to the next comma or
    sentence end outside quote marks (or to the comma before the cue after it). With the cue after, words of
    the sentence before the quote belong to it too ("[The vote signals] “the end” for the EU, said
    X"). ``None`` when the quote ends its own clause."""
    text = doc_text(doc)
    if not text[quote.end - 1 : quote.end].isalnum() or text[quote.end : quote.outer_end].strip(" ”\"’'"):
        return None
    nxt = token_index_at(doc, quote.outer_end)
    after = text[quote.outer_end : quote.outer_end + 3]
    if nxt >= len(doc) or not (after[:1] == " " and after[1:2].islower()) or not _continues_a_quote(doc[nxt]):
        return None
    cue_after = cue is not None and cue.start_char > quote.outer_end
    limit = cue.start_char if cue_after else len(text)
    end = quote.outer_end
    for token in doc[nxt:]:
        if token.idx >= limit or token.is_sent_start:
            break
        if token.text in _RUN_ON_STOPS and not inside_quotes(token, quotes):
            break
        if not token.is_punct or inside_quotes(token, quotes):
            end = max(end, token.idx + len(token.text))
    if end <= quote.outer_end or cue_after and not text[end:limit].lstrip().startswith(","):
        return None  # nothing runs on, or the words run into the cue's own clause ("“…” he told reporters")
    return (_sentence_opening(doc, quote, quotes) if cue_after else quote.outer_start), end


def _continues_a_quote(word: Token) -> bool:
    """Can the word after a closing mark carry on the quote's sentence? Not a noun the quote modifies
    (“Ted Cruz” pins), not the verb of a sentence the quote is the subject of (“Make America Great
    Again” resonated), not the time of saying (“…” on Friday)."""
    if word.tag_.startswith("NN") or word.tag_ in FINITE_TAGS:
        return False
    return not (word.dep_ == "prep" and any(c.ent_type_ in ("DATE", "TIME") for c in word.children))


def _sentence_opening(doc: Doc, quote: LocalQuote, quotes: QuoteIndex) -> int:
    """Start of the words before the quote in its sentence, when they lead into it with no comma or
    colon and hold no other quote; else the quote's own start."""
    first = token_index_at(doc, quote.outer_start)
    if first == 0 or first >= len(doc):
        return quote.outer_start
    opening = doc[first].sent.start
    before = doc[opening:first]
    if not len(before) or before[-1].text in (",", ":") or any(inside_quotes(t, quotes) for t in before):
        return quote.outer_start
    return before[0].idx
