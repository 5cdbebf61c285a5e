"""The discourse pass: reads an article's candidates in order, resolves their speakers and applies the
rules that look across paragraphs.

News writing spreads one act of speech over several paragraphs. An embedded post after a paragraph
ending in ":" is quoted whole (:func:`introduced_post`). Four checks, in this order, for each candidate:

1. :func:`colon_intro_in_previous_paragraph` — a paragraph ending in ":" introduces the quote that
   opens the next paragraph;
2. :func:`continued_speaker` — a quote with no cue that opens a paragraph right after another quote
   (or a sentence that a connective opens, ``mixed.continued``) continues that quote's speaker
   (:func:`last_outer`: not a report that another quote holds);
3. :func:`relabel_uncued` — such a quote with no speaker to continue is ``direct.no_cue`` (such a
   sentence is no record);
4. :func:`joins_run_on_quote` — a quote left open at a paragraph end and reopened at the next
   paragraph's start (the news convention for a long quote) is one record with the quote before.

A bulleted item under a paragraph ending in ":" with a cue of saying is that paragraph's subject's
reported speech (:func:`listed_item`).

Then, before a paragraph's own candidates, :func:`named_after` — a paragraph that opens by pointing
back ("That was the message from Jane Roe.") names the speaker of the uncued quote paragraph before it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace

from quotes.article import ArticleParagraph
from quotes.lexicon import points_back, speech_lemma
from quotes.parsing import sentence_number
from quotes.position import Position
from quotes.rules import Candidate
from quotes.rules.common import cue_span
from quotes.rules.continuation import CONTINUED_MIXED
from quotes.rules.direct import colon_intro_in_previous_paragraph as _colon_intro
from quotes.rules.pointers import pointed_speaker
from quotes.speakers import Speaker, SpeakerResolver

CONTINUED = "direct.continued"
NAMED_AFTER = "direct.named_after"
LISTED = "reported.listed"
#: A bulleted item: a bullet character and a space opening the paragraph (the bullets of
#: ``quotes.segments``, which reads such a line as no prose).
_ITEM = re.compile(r"^[•·▪‣◦*\-–—]\s+(?=\S)")
#: Rules of a quote with no cue that goes on with the speaker before it.
CONTINUING = frozenset({CONTINUED, CONTINUED_MIXED})


@dataclass(frozen=True)
class Found:
    """A candidate placed in its article, with its resolved speaker."""

    paragraph: ArticleParagraph
    candidate: Candidate
    speaker: Speaker | None
    #: Raw end offset when the quote runs on over following paragraphs (see :func:`joins_run_on_quote`).
    run_on_end: int | None = None
    #: Raw offset of the paragraph the cue and speaker were found in, when it is the one before
    #: (a quote introduced by "X wrote:"); None when they are in this paragraph.
    cue_base: int | None = None

    @property
    def start(self) -> int:
        return self.candidate.start + self.paragraph.start

    @property
    def end(self) -> int:
        return self.run_on_end if self.run_on_end is not None else self.candidate.end + self.paragraph.start

    def position(self) -> Position:
        """Paragraph, and the sentence of the paragraph where the quote starts."""
        doc = self.paragraph.doc
        span = doc.char_span(self.candidate.start, self.candidate.end, alignment_mode="expand")
        within = 0
        if span is not None and doc.has_annotation("SENT_START"):
            within = sentence_number(doc, span.start)
        return Position(self.paragraph.index, max(within, 0))


def discourse_pass(
    paragraphs: Sequence[ArticleParagraph], candidates: Sequence[Sequence[Candidate]], resolver: SpeakerResolver
) -> list[Found]:
    """Candidates of every paragraph (``candidates[i]`` for ``paragraphs[i]``) as placed quotes, in order.

    The resolver sees every paragraph in turn, so a pronoun resolves against what came before it.
    """
    run_on_ends = {span.end for p in paragraphs for span in p.quoted if span.close_mark is None}
    continued_starts = {span.start for p in paragraphs for span in p.quoted if span.continued}
    found: list[Found] = []
    for para, own in zip(paragraphs, candidates):
        resolver.observe(para.doc, base=para.start, quoted=para.local_quotes())
        previous = paragraphs[para.index - 1] if para.index else None
        named_after(found, para, resolver, previous=previous)
        item = listed_item(paragraphs, para)
        if item is not None:
            intro, candidate = item
            speaker = resolver.resolve(candidate.speaker_head, base=intro.start)
            found.append(Found(para, candidate, speaker, cue_base=intro.start))
            continue
        post = introduced_post(para, previous)
        if post is not None:
            own = [post]  # the post is quoted whole; what it reports is the poster's business
        elif not para.worth_parsing:
            continue
        elif para.bounds.is_post:
            # A quote with no cue, or under a bare label ("Scanner: …"), inside a post is the poster's
            # own wording, not the article's last speaker's nor the label's.
            own = [c for c in own if c.rule not in CONTINUING | {"reported.label"}]
        for candidate in own:
            at = last_outer(found)
            last = found[at] if at is not None else None
            candidate = colon_intro_in_previous_paragraph(candidate, previous)
            if candidate.speaker_head is not None:
                # the speaker of a colon-introduced quote stands in the paragraph before
                own_doc = previous is None or candidate.speaker_head.doc is not previous.doc
                cue_base = None if own_doc else previous.start
                speaker = resolver.resolve(candidate.speaker_head, base=para.start if own_doc else previous.start)
                current = Found(para, candidate, speaker, cue_base=cue_base)
            else:
                current = relabel_uncued(continued_speaker(Found(para, candidate, None), last))
            if current.candidate.rule == CONTINUED_MIXED and current.speaker is None:
                continue  # a sentence that goes on with nobody: the writer's own, quoting a phrase
            if at is not None and joins_run_on_quote(
                current, last, run_on_ends=run_on_ends, continued_starts=continued_starts
            ):
                # in place: ``last`` may hold a later record of its paragraph (a report inside its words)
                found[at] = replace(last, run_on_end=current.end)
            else:
                found.append(current)
    # A speaker first met as "Kato" gets the full name, title and description seen later on.
    found = [replace(f, speaker=resolver.final(f.speaker)) if f.speaker else f for f in found]
    return [_first_person_of_holder(found, k) for k in range(len(found))]


#: The first person singular as a cue's subject ("I told him …").
FIRST_PERSON = frozenset({"i", "me"})


def _first_person_of_holder(found: Sequence[Found], k: int) -> Found:
    """ "“I told him to leave,” she said.": an "I" that reports speech inside another quote's words is
    the speaker of those words (the nearest named quote holding it), not nobody."""
    inner = found[k]
    if inner.speaker is None or inner.speaker.name is not None or inner.speaker.mention.lower() not in FIRST_PERSON:
        return inner
    holder = next((outer for outer in _holders(found, k) if outer.speaker and outer.speaker.name), None)
    if holder is None:
        return inner
    held = holder.speaker
    return replace(inner, speaker=replace(inner.speaker, name=held.name, title=held.title,
                                           speaker_kind=held.speaker_kind))


def last_outer(found: Sequence[Found]) -> int | None:
    """The index of the last quote that no earlier one holds: a report inside another's words
    ("SENATOR ROE: My opponent told voters the toll …") is part of them, so the quote that goes on
    after it goes on with the holder's words (the turn's label, the that-clause's speaker), not with
    the report's."""
    for k in range(len(found) - 1, -1, -1):
        if not _held(found, k):
            return k
    return None


def _held(found: Sequence[Found], k: int) -> bool:
    """Does a quote before ``found[k]`` in its paragraph span it?"""
    return next(_holders(found, k), None) is not None


def _holders(found: Sequence[Found], k: int) -> Iterator[Found]:
    """The quotes before ``found[k]`` in its paragraph that span it, nearest first."""
    inner = found[k]
    for j in range(k - 1, -1, -1):
        outer = found[j]
        if outer.paragraph.index != inner.paragraph.index:
            return
        if outer.start <= inner.start and inner.end <= outer.end:
            yield outer


def colon_intro_in_previous_paragraph(candidate: Candidate, previous: ArticleParagraph | None) -> Candidate:
    """A paragraph-opening quote with no cue after a paragraph ending in ":" ("Trump wrote on
    Twitter:") belongs to the subject of that paragraph's last sentence."""
    if candidate.rule != CONTINUED or previous is None or not previous.worth_parsing:
        return candidate
    introduced = _colon_intro(previous.text, previous.doc)
    if introduced is None:
        return candidate
    cue, speaker = introduced
    return replace(candidate, rule="direct.colon_intro", cue=cue_span(cue), speaker_head=speaker)


def introduced_post(para: ArticleParagraph, previous: ArticleParagraph | None) -> Candidate | None:
    """An embedded post right after a paragraph ending in ":" ("One activist tweeted:") is that
    paragraph's subject's quote, the whole post text (its markup is outside the paragraph already)."""
    if not (para.bounds.is_post and para.bounds.is_prose) or previous is None or not previous.worth_parsing:
        return None  # (a line of nothing but markup is no prose)
    introduced = _colon_intro(previous.text, previous.doc)
    if introduced is None:
        return None
    cue, speaker = introduced
    # Not "direct": the post's words stand in no quote marks, and PolNeAR-style annotation calls
    # such content reported; the rule keeps the reading apart from a quoted span's colon intro.
    return Candidate(0, len(para.text), "indirect", "reported.introduced_post", cue_span(cue), speaker)


def named_after(
    found: list[Found], para: ArticleParagraph, resolver: SpeakerResolver, *, previous: ArticleParagraph | None
) -> None:
    """When ``para`` opens by pointing back at the words before it ("That was the message from Jane
    Roe", see ``quotes.rules.pointers``) and every quote of the paragraph before is one with no cue of
    its own, those quotes are the named speaker's, with the pointer's word as their cue (in place)."""
    pointer = points_back(para.text) if para.worth_parsing else None
    if pointer is None:
        return
    # the quotes of the paragraph before, and a quote running on over paragraphs that ends there
    before = [
        k for k in range(len(found)) if found[k].paragraph.index == para.index - 1 or _ends_in(found[k], previous)
    ]
    uncued = {CONTINUED, "direct.no_cue"}
    if not before or any(found[k].candidate.rule not in uncued for k in before):
        return
    named = pointed_speaker(para.doc, pointer)
    if named is None:
        return
    cue, head = named
    speaker = resolver.resolve(head, base=para.start)
    for k in before:
        candidate = replace(found[k].candidate, rule=NAMED_AFTER, cue=cue_span(cue), speaker_head=head)
        found[k] = replace(found[k], candidate=candidate, speaker=speaker, cue_base=para.start)


def _ends_in(quote: Found, para: ArticleParagraph | None) -> bool:
    """A quote running on over paragraphs whose last paragraph is ``para``."""
    return para is not None and quote.run_on_end is not None and para.start <= quote.run_on_end <= para.bounds.end


def listed_item(
    paragraphs: Sequence[ArticleParagraph], para: ArticleParagraph
) -> tuple[ArticleParagraph, Candidate] | None:
    """A bulleted item under a paragraph that ends in ":" with a cue of saying ("The union is
    demanding:", "The NDP is also asking the government to:") is reported speech of that paragraph's
    subject: (the introducing paragraph, one candidate for the item without its bullet). The items of a
    list run on below their introduction, so it is the last paragraph before the run of items. An
    introduction without a subject or a cue of saying ("Among the measures:", "The plan includes:")
    introduces no speech."""
    item = _ITEM.match(para.text)
    if item is None or para.bounds.is_prose:
        return None
    k = para.index - 1
    while k >= 0 and _ITEM.match(paragraphs[k].text) and not paragraphs[k].bounds.is_prose:
        k -= 1
    intro = paragraphs[k] if k >= 0 else None
    if intro is None or not intro.worth_parsing or not intro.text.endswith(":"):
        return None
    introduced = _colon_intro(intro.text, intro.doc)
    if introduced is None or speech_lemma(introduced[0].text) is None:
        return None
    cue, speaker = introduced
    end = len(para.text.rstrip(";,. "))
    return intro, Candidate(item.end(), end, "indirect", LISTED, cue_span(cue), speaker)


def continued_speaker(current: Found, last: Found | None) -> Found:
    """A quote with no cue continues the speaker of the quote just before it, when that quote is in
    the same or the previous paragraph and has a speaker."""
    if current.candidate.rule not in CONTINUING or last is None or last.speaker is None:
        return current
    if current.paragraph.index - last.paragraph.index > 1:
        return current
    return replace(current, speaker=last.speaker)


def continued_quote(found: Sequence[Found], k: int) -> int | None:
    """The index of the quote that ``found[k]``, a quote with no cue, goes on with: the last quote in
    marks before it in the same paragraph by the same speaker ("…," Lee said. "…"); None for any other
    quote, or when the paragraph has none (a reported clause between is skipped: "said Lee, who has
    accused …")."""
    current = found[k]
    if current.candidate.rule not in CONTINUING or current.speaker is None:
        return None
    for j in range(k - 1, -1, -1):
        before = found[j]
        if before.paragraph.index != current.paragraph.index:
            return None
        same_speaker = before.speaker is not None and before.speaker.name == current.speaker.name
        if same_speaker and before.candidate.type in ("direct", "mixed"):
            return j
    return None


def relabel_uncued(current: Found) -> Found:
    """A continued quote left without a speaker is a quote with no cue at all."""
    if current.candidate.rule == CONTINUED and current.speaker is None:
        return replace(current, candidate=replace(current.candidate, rule="direct.no_cue"))
    return current


def joins_run_on_quote(
    current: Found, last: Found | None, *, run_on_ends: set[int], continued_starts: set[int]
) -> bool:
    """The quote before ends where a quoted span runs on without a closing mark, and this one starts a
    continuation span (opening mark, no close before): both are one direct quote."""
    return (
        last is not None
        and current.candidate.type == "direct"
        and current.start in continued_starts
        and last.candidate.type == "direct"
        and last.end in run_on_ends
    )
