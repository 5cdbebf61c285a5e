"""The candidates of one paragraph: direct quotes and reported clauses, merged into one list.

A quoted span with a cue is a direct quote; a reported clause that is (nearly) one quoted span *is*
that quote; a quoted span inside a longer reported clause is a partial quote and makes the clause
``mixed``; a phrase in quote marks next to a cue becomes ``mixed`` with the cue's complement.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from quotes.parsing import doc_text, token_index_at
from quotes.quotemarks import QUOTE_CHARS, QuotedSpan
from quotes.rules.clause_ends import writer_note_start
from quotes.rules.common import Candidate, LocalQuote, QuoteIndex, cue_span, is_speech_verb
from quotes.rules.continuation import CONTINUED_MIXED, continued_opening, continued_sentence
from quotes.rules.direct import DASH_CREDIT, attribute_direct
from quotes.rules.labels import with_label
from quotes.rules.openings import typed_by_opening, words_open_before
from quotes.rules.phrases import (
    ASIDE_DEPS,
    NAMING_PARTICIPLES,
    claiming_verb,
    governing_cue,
    introduces_an_earlier_quote,
    next_act_follows,
    next_report_follows,
    phrase_span,
    phrase_speaker,
    run_on_span,
)
from quotes.rules.reported import reported_speech, withheld
from quotes.segments import Paragraph
from quotes.syntax import SENTENCE_OPENERS_BEFORE_QUOTE, is_verb

#: Prepositions of four letters or more that title case leaves in lower case ("This Week with …",
#: "Notes from a Small Island"); shorter function words pass as short.
TITLE_PREPOSITIONS = frozenset({"with", "from", "into", "onto", "upon", "over", "about", "under", "after"})
#: Words after which a Title-Cased quoted span names a show, book or film ("said on “This Week”", "told
#: “60 Minutes” that …": the addressee of a tell-verb is a show, not a quote).
TITLE_LEADS = frozenset(
    "on in to of at from with by titled entitled called named dubbed read reads reading wrote watched watch "
    "book film movie show song album tell tells told telling".split()
)

#: At most this many tokens (speaker, addressee, punctuation) between a cue and the quote it introduces.
MAX_CUE_GAP_TOKENS = 12


_WORD = re.compile(r"[A-Za-z]+")


def paragraph_candidates(doc: Doc, spans: Sequence[QuotedSpan], paragraph: Paragraph) -> list[Candidate]:
    """Every candidate of one parsed paragraph, in text order, offsets local to the paragraph."""
    local = QuoteIndex([_localise(span, paragraph) for span in spans])
    continued = {i for i, span in enumerate(spans) if span.continued}
    return with_label(doc, _merge(doc, local, continued))


def _merge(doc: Doc, quotes: QuoteIndex, continued: set[int]) -> list[Candidate]:
    """Direct quotes and reported clauses of one paragraph, deduplicated, in text order.

    A reported clause with at most one word outside a quoted span, none of them before its opening
    mark, *is* that quote (direct wins, and takes the clause's cue when it had none); a quoted span
    inside a longer reported clause, or one the clause's own words open, is a partial quote, and the
    clause becomes one ``mixed`` record.
    """
    direct: dict[int, Candidate] = {}
    for i, quote in enumerate(quotes):
        candidate = _direct_candidate(doc, quote, quotes, continued=i in continued)
        if candidate is not None:
            direct[i] = candidate

    absorbed: set[int] = set()
    results: list[Candidate] = []
    for clause in reported_speech(doc, quotes):
        overlapping = quotes.overlapping(clause.start, clause.end)
        if not overlapping:
            results.append(clause)
            continue
        clause = _from_colon_quote(doc, quotes, clause, overlapping)
        overlapping = quotes.overlapping(clause.start, clause.end)
        if _clause_is_the_quote(doc, clause, [quotes[i] for i in overlapping]):
            for i in overlapping:
                if i not in direct or direct[i].cue is None:
                    rule = "direct.cue_before" if clause.cue.start_char < quotes[i].start else "direct.cue_after"
                    direct[i] = Candidate(
                        quotes[i].start, quotes[i].end, "direct", rule, clause.cue, clause.speaker_head
                    )
            continue
        aside = _quoting_aside(doc, quotes, clause, overlapping, direct)
        if aside is not None:
            results.append(replace(clause, end=aside))  # the quotes keep their own records
            continue
        mixed, kept = _mixed_clause(doc, quotes, clause, overlapping)
        absorbed.update(kept)
        results.append(mixed)
    for i, candidate in direct.items():
        if i not in absorbed:
            results.append(typed_by_opening(doc, quotes[i], candidate))
    return _joined_at_colon(doc, quotes, _drop_nested(sorted(results, key=lambda c: (c.start, -c.end))))


def _clause_is_the_quote(doc: Doc, clause: Candidate, inside: list[LocalQuote]) -> bool:
    """The reported clause *is* the quotes in it, not a clause with a partial quote: at most one word
    of its own outside the marks and none before the first opening mark; or words only on the cue's
    side of quotes the cue introduces; or the one quote the cue introduces, closed on a comma."""
    if _words_outside(doc_text(doc), clause, inside) <= 1 and not words_open_before(doc, clause, inside[0]):
        return True
    if all(_only_cue_side_words(clause, q) and _introduced_by_cue(doc, q, clause.cue) for q in inside):
        return True
    return _introduced_and_closed(doc, clause, inside)


def _joined_at_colon(doc: Doc, quotes: QuoteIndex, candidates: list[Candidate]) -> list[Candidate]:
    """ "She summed up her own campaign: “We were outspent, not outworked.”": a reported clause whose
    colon hands over to a quote of the same cue is one ``mixed`` record, the words and the quote
    together (annotators take the two as one attribution)."""
    joined: list[Candidate] = []
    for candidate in candidates:
        previous = joined[-1] if joined else None
        if previous is not None and _colon_hands_over(doc, previous, candidate):
            marks = quotes.overlapping(candidate.start, candidate.end)
            end = max([candidate.end] + [quotes[i].outer_end for i in marks])
            joined[-1] = replace(previous, end=end, type="mixed")
            continue
        joined.append(candidate)
    return joined


def _colon_hands_over(doc: Doc, clause: Candidate, quote: Candidate) -> bool:
    if clause.type == "direct" or quote.rule != "direct.cue_before" or clause.cue is None or quote.cue is None:
        return False
    between = doc_text(doc)[clause.end : quote.start].strip().rstrip("".join(QUOTE_CHARS)).strip()
    return between == ":" and clause.cue.start_char == quote.cue.start_char


def _from_colon_quote(doc: Doc, quotes: QuoteIndex, clause: Candidate, overlapping: list[int]) -> Candidate:
    """ "She set out her creed: “Change the world, then change it again,” she said.": with the cue
    after the quotes, the writer's words before a colon that opens the first quote are no part of
    what the cue reports; the clause starts at the quote, also when a phrase in quote marks stands in
    the writer's words ("the “Avatar” star posted a note: “…,” she wrote")."""
    if clause.cue.start_char < quotes[overlapping[-1]].outer_end:
        return clause
    text = doc_text(doc)
    for i in overlapping:
        if quotes[i].outer_start > clause.start and text[clause.start : quotes[i].outer_start].rstrip().endswith(":"):
            return replace(clause, start=quotes[i].outer_start)
    return clause


def _mixed_clause(
    doc: Doc, quotes: QuoteIndex, clause: Candidate, overlapping: list[int]
) -> tuple[Candidate, list[int]]:
    """The reported clause widened to the quotes in it, as one ``mixed`` record, and the quotes it
    takes. A participle of saying after an earlier quote opens the speaker's next act: the quotes
    after it are that act's words, not this clause's. A relative clause or a summary set off by a comma
    after the last quote is the writer's (:func:`~quotes.rules.clause_ends.writer_note_start`). A clause
    whose every quoted part names a show, book or film ("spoke about her role in “Big Sky”") quotes
    nobody's words: it stays ``indirect``."""
    acts = [k for k, i in enumerate(overlapping[:-1]) if next_act_follows(doc, quotes[i])]
    if acts:
        overlapping = overlapping[: acts[0] + 1]
    start = min([clause.start] + [quotes[i].outer_start for i in overlapping])
    end = max([clause.end] + [quotes[i].outer_end for i in overlapping])
    last = quotes[overlapping[-1]]
    if acts or last.outer_end < end and next_report_follows(doc, last):
        end = last.outer_end
    else:
        note = writer_note_start(doc, quotes, last, end)
        end = end if note is None else note
    titled = all(_names_a_title(doc, quotes[i]) for i in overlapping)
    return replace(clause, start=start, end=end, type="indirect" if titled else "mixed"), overlapping


def _quoting_aside(
    doc: Doc, quotes: QuoteIndex, clause: Candidate, overlapping: list[int], direct: dict[int, Candidate]
) -> int | None:
    """Where the writer's relative clause at the end of a reported clause begins, when it holds
    every quote of the clause under a cue of its own ("said he backs the bill[, which he called “a
    lifeline”]"): the quotes are that cue's words; the reported clause ends before its comma."""
    cues = {direct[i].cue.root if i in direct and direct[i].cue is not None else None for i in overlapping}
    cue = cues.pop() if len(cues) == 1 else None
    if cue is None or cue.dep_ != "relcl" or cue.i == clause.cue.root.i:
        return None
    first, last = cue.left_edge, cue.right_edge
    if first.i == 0 or doc[first.i - 1].text != "," or first.idx <= clause.start:
        return None
    after = doc_text(doc)[last.idx + len(last.text) : clause.end]
    if after.strip(" ”\"’'.,") or first.idx > quotes[overlapping[0]].outer_start:
        return None  # words of the clause go on after the aside, or a quote stands before it
    return doc[first.i - 1].idx


def _direct_candidate(
    doc: Doc, quote: LocalQuote, quotes: QuoteIndex, *, continued: bool
) -> Candidate | None:
    cue_token, speaker, rule = attribute_direct(doc, quote, quotes)
    if rule == DASH_CREDIT:
        return Candidate(quote.start, quote.end, "direct", rule, None, speaker)  # a credit has no cue
    sentence_like = _sentence_like(doc, quote)
    governing = None if continued else governing_cue(doc, quote, quotes)
    if governing is not None:
        if governing != cue_token or governing.right_edge.idx < quote.start:
            # (a quote past the verb's words is one the parser hung elsewhere: the verb's own subject speaks)
            return _phrase_candidate(doc, quote, quotes, governing, phrase_speaker(governing))
        # a whole statement after words of the content keeps the lead-in reading ("says if elected “I will …”")
        lead_in = _lead_in_start(doc, quote, cue_token, speaker) if rule == "direct.cue_before" else None
        if lead_in is not None and sentence_like:
            return Candidate(lead_in, quote.outer_end, "mixed", "mixed.lead_in", cue_span(cue_token), speaker)
        return _phrase_candidate(doc, quote, quotes, governing, speaker)
    if cue_token is None:
        if continued or sentence_like and (quote.starts_paragraph or _starts_sentence(doc, quote)):
            run_on = run_on_span(doc, quote, quotes, None) if sentence_like and not continued else None
            if run_on is not None:  # "“They are not there yet” to back him.": the words go on with it
                return Candidate(*run_on, "mixed", CONTINUED_MIXED, None, None)
            return Candidate(quote.start, quote.end, "direct", "direct.continued", None, None)
        if _goes_on_after_cue(doc, quote, quotes):
            return Candidate(quote.start, quote.end, "direct", "direct.continued", None, None)
        claimed = _claimed_phrase(doc, quote, quotes)
        opening = continued_opening(doc, quote, quotes) if claimed is None and sentence_like else None
        if opening is None and claimed is None and not _looks_like_title(doc, quote):
            opening = continued_sentence(doc, quote, quotes)
        if opening is not None:  # "But “…”": the previous speaker goes on (see quotes.discourse)
            return Candidate(opening, quote.outer_end, "mixed", CONTINUED_MIXED, None, None)
        return claimed  # or scare quotes, titles, single words: no quote
    if _looks_like_title(doc, quote):
        return None
    cue = cue_span(cue_token)
    if sentence_like or _introduced_by_cue(doc, quote, cue) or cue_token.lower_ == "according":
        lead_in = _lead_in_start(doc, quote, cue_token, speaker) if rule == "direct.cue_before" else None
        if lead_in is not None:
            return Candidate(lead_in, quote.outer_end, "mixed", "mixed.lead_in", cue, speaker)
        run_on = run_on_span(doc, quote, quotes, cue) if rule in _RUN_ON_RULES and sentence_like else None
        if run_on is not None:
            return Candidate(*run_on, "mixed", "mixed.run_on", cue, speaker)
        return Candidate(quote.start, quote.end, "direct", rule, cue, speaker)
    return _phrase_candidate(doc, quote, quotes, cue_token, speaker) or _claimed_phrase(doc, quote, quotes)


def _claimed_phrase(doc: Doc, quote: LocalQuote, quotes: QuoteIndex) -> Candidate | None:
    """A quoted phrase that no cue governs, inside what a verb's subject claims or casts
    (:func:`claiming_verb`)."""
    claim = claiming_verb(doc, quote, quotes)
    if claim is None:
        return None
    verb, rule = claim
    return _phrase_candidate(doc, quote, quotes, verb, phrase_speaker(verb), rule=rule)


#: Direct rules whose quote can leave its sentence unfinished (not a colon intro or a label).
_RUN_ON_RULES = frozenset({"direct.cue_after", "direct.cue_before"})


def _phrase_candidate(
    doc: Doc,
    quote: LocalQuote,
    quotes: QuoteIndex,
    cue_token: Token,
    speaker: Token | None,
    *,
    rule: str = "mixed.cue_phrase",
) -> Candidate | None:
    """A phrase in quote marks inside the cue's clause ("called the plan “a disaster”"): the quote is
    the cue's whole complement, which makes it mixed; a phrase outside the clause, or a title, is no
    quote."""
    if _looks_like_title(doc, quote) or withheld(cue_token):
        return None  # a title, or words the cue says were not said ("would not call it “a deal”")
    if speaker is None and cue_token.dep_ == "acl" and cue_token.lower_ in NAMING_PARTICIPLES:
        return None  # "a play called “Home Again”": a thing's name, given by nobody the text names
    if introduces_an_earlier_quote(doc, quotes, cue_token, quote):
        return None
    span = phrase_span(doc, quote, cue_token)
    if span is None:
        return None
    return Candidate(*span, "mixed", rule, cue_span(cue_token), speaker)


#: Links that put a verb in a modifier of the cue rather than in what was said ("in a letter sent …").
_MODIFIER_DEPS = frozenset({"prep", "agent", "npadvmod"})


def _lead_in_start(doc: Doc, quote: LocalQuote, cue: Token, speaker: Token | None) -> int | None:
    """ "Cruz says if elected president “I will …”", "Ryan says no matter what Obama does, “his word …”":
    the words between a cue and the quote after it, when they hold a clause of what was said (a verb
    that hangs from the cue but not through a modifier or an aside), open the reported content. A
    colon between them introduces the quote instead ("delivered a retort: “…”")."""
    if doc_text(doc)[cue.idx : quote.outer_start].rstrip().endswith(":"):
        return None
    skip = {t.i for t in speaker.subtree} if speaker is not None else set()
    gap = [t for t in doc[cue.i + 1 : token_index_at(doc, quote.outer_start)] if t.i not in skip]
    for token in gap:
        if not is_verb(token) or token.dep_ in ASIDE_DEPS:
            continue
        path = [token]
        while path[-1].head.i not in (path[-1].i, cue.i):
            path.append(path[-1].head)
        if path[-1].head.i != cue.i or any(t.dep_ in _MODIFIER_DEPS | ASIDE_DEPS for t in path):
            continue
        start = min(t.idx for t in path[-1].subtree)
        text = doc_text(doc)
        if text[start : start + 5].lower() == "that ":
            start += 5
        return start if start < quote.outer_start else None
    return None


def _looks_like_title(doc: Doc, quote: LocalQuote) -> bool:
    """“Good Morning America”, “This Week”, ‘R’: show, book and film titles (every word capitalised, no
    sentence punctuation) after "on/in/to/of" or a possessive are named, not quoted."""
    # American style puts the sentence's period inside the marks ("said on “Meet the Press.”")
    content = doc_text(doc)[quote.start : quote.end].rstrip(".,")
    words = _WORD.findall(content)
    if not words or content[-1] in "!?":
        return False
    if len(words) == 1 and len(words[0]) == 1:
        return True  # party letters and grades: ‘R’, “D”
    if not all(w[0].isupper() or len(w) <= 3 or w in TITLE_PREPOSITIONS for w in words):
        return False
    before = doc_text(doc)[max(0, quote.outer_start - 12) : quote.outer_start].split()
    return bool(before) and before[-1].lower() in TITLE_LEADS or bool(before) and before[-1].endswith(("’s", "'s"))


def _names_a_title(doc: Doc, quote: LocalQuote) -> bool:
    """A quoted part that :func:`_looks_like_title` and bears a capital or a numeral (“13th”): short
    lower-case words after "to" ("promised to “rip up” the deal") pass that check but are the speaker's."""
    content = doc_text(doc)[quote.start : quote.end]
    return _looks_like_title(doc, quote) and any(ch.isupper() or ch.isdigit() for ch in content)


def _only_cue_side_words(clause: Candidate, quote: LocalQuote) -> bool:
    """The clause adds words only on the cue's side of the quote (an addressee: "told X, “…”"), not
    on the far side, where they would make the quote a partial one ("the system is “broken,” he said")."""
    if clause.cue.start_char >= quote.outer_end:
        return clause.start >= quote.outer_start
    return clause.end <= quote.outer_end


def _introduced_and_closed(doc: Doc, clause: Candidate, quotes: Sequence[LocalQuote]) -> bool:
    """ "He vowed, “We will win this fight,” referring to the strike.": a clause that opens with the
    one quote its cue introduces, the quote closing on a comma inside its marks, is that quote; the
    words after the comma are the writer's (a participle, "but …", the speaker's name), unless
    "and" joins more of what was said."""
    if len(quotes) != 1 or clause.cue.start_char > quotes[0].outer_start:
        return False
    quote, text = quotes[0], doc_text(doc)
    if text[clause.start : quote.outer_start].strip() or "," not in text[quote.end - 1 : quote.outer_end]:
        return False
    after = text[quote.outer_end : clause.end].split()
    return bool(after) and after[0].lower() != "and" and _introduced_by_cue(doc, quote, clause.cue)


def _introduced_by_cue(doc: Doc, quote: LocalQuote, cue: Span) -> bool:
    """`“…,” he said`, `“…!” she declared`, `He told reporters: “…`: between cue and quote only the
    speaker or the addressee and the punctuation that joins a quote to its cue."""
    if cue.start_char >= quote.outer_end:
        gap_start, gap_end = quote.end, cue.start_char  # includes a comma left inside the marks
        text = doc_text(doc)
        joined = any(ch in text[gap_start:gap_end] for ch in ",:") or text[quote.end - 1] in "!?"
    else:
        gap_start, gap_end = cue.end_char, quote.start
        # from the cue's start: a round-up label's colon is the cue and the join at once
        joined = doc_text(doc)[cue.start_char : gap_end].rstrip(" \"“«„‘'").endswith((",", ":"))
    first = token_index_at(doc, gap_start)
    between = doc[first : max(first, token_index_at(doc, gap_end))]
    return joined and len(between) <= MAX_CUE_GAP_TOKENS and not any(is_verb(t) for t in between)


def _words_outside(text: str, clause: Candidate, quotes: Sequence[LocalQuote]) -> int:
    """Words of the clause outside quote marks, not counting an interposed cue ("…,” he said, “…")."""
    pieces, cursor = [], clause.start
    gaps = [(q.outer_start, q.outer_end) for q in quotes]
    cue = clause.cue
    if cue is not None and clause.start < cue.start_char < clause.end:
        own = list(cue.root.subtree)
        gaps.append((min(t.idx for t in own), max(t.idx + len(t.text) for t in own)))
    for gap_start, gap_end in sorted(gaps):
        pieces.append(text[cursor : max(cursor, gap_start)])
        cursor = max(cursor, gap_end)
    pieces.append(text[cursor : max(cursor, clause.end)])
    words = _WORD.findall(" ".join(pieces))
    return sum(1 for w in words if w.lower() != "that")


def _drop_nested(candidates: list[Candidate]) -> list[Candidate]:
    """Two cues can claim overlapping clauses ("said he told …"): keep the outer, earlier one."""
    kept: list[Candidate] = []
    for candidate in candidates:
        if kept and candidate.start < kept[-1].end and candidate.type != "direct" and kept[-1].type != "direct":
            continue
        if kept and candidate.start < kept[-1].end and candidate.type == "direct" and kept[-1].type == "mixed":
            continue
        kept.append(candidate)
    return kept



def _localise(span: QuotedSpan, para: Paragraph) -> LocalQuote:
    base = para.start
    outer_end = span.close_mark + 1 if span.close_mark is not None else span.end
    return LocalQuote(
        span.start - base, span.end - base, span.open_mark - base, outer_end - base, span.open_mark == para.start
    )


def _starts_sentence(doc: Doc, quote: LocalQuote) -> bool:
    before = doc_text(doc)[: quote.outer_start].rstrip()
    return not before or before[-1] in SENTENCE_OPENERS_BEFORE_QUOTE


#: Tokens of a cue sentence between two quotes ("…,” the senator from Ohio said on Friday. “…”).
MAX_CUE_SENTENCE_TOKENS = 12


def _goes_on_after_cue(doc: Doc, quote: LocalQuote, quotes: QuoteIndex) -> bool:
    """ "“It is a tough call,” Lee said. “Very tough.”": a whole sentence in quote marks right after a
    quote and its short cue sentence goes on with the same words, however short or verbless (a
    sentence fragment is no title or scare quote in that place)."""
    before = [q for q in quotes if q.outer_end <= quote.outer_start]
    if not before or not _starts_sentence(doc, quote):
        return False
    text = doc_text(doc)
    after = text[quote.outer_end :].lstrip()
    if text[quote.start : quote.end].rstrip()[-1:] not in ".!?" and after[:1] not in ("", ".", "!", "?"):
        return False  # the quote does not end its sentence: a title or a phrase of the next sentence
    gap = doc.char_span(before[-1].outer_end, quote.outer_start, alignment_mode="contract")
    if gap is None or not gap.text.rstrip().endswith(".") or any(ch in QUOTE_CHARS for ch in gap.text):
        return False
    words = [t for t in gap if not t.is_punct]
    cue = next((t for t in words if is_speech_verb(t)), None)
    if cue is None:
        return False
    # the words describing the speaker ("said Lee, who leads the union.") neither count against the
    # length nor are another act: otherwise the cue is the sentence's only verb ("…, and the crowd
    # cheered." tells of something else)
    described = {t.i for t in _speaker_description(cue)}
    own_words = [t for t in words if t.i not in described]
    if len(own_words) > MAX_CUE_SENTENCE_TOKENS:
        return False
    return all(is_speech_verb(t) for t in own_words if t.pos_ == "VERB")


def _speaker_description(cue: Token) -> list[Token]:
    """The words describing the cue's subject: appositives and relative clauses ("Lee, a lawyer who
    leads the union")."""
    subject = next((c for c in cue.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return []
    return [t for c in subject.children if c.dep_ in ("appos", "relcl", "acl") for t in c.subtree]


def _sentence_like(doc: Doc, quote: LocalQuote) -> bool:
    """Enough words and a verb: a statement, not a scare-quoted phrase or a title."""
    span = doc.char_span(quote.start, quote.end, alignment_mode="expand")
    if span is None or len(_WORD.findall(span.text)) < 4:
        return False
    return any(is_verb(t) for t in span) or not doc.has_annotation("TAG")

