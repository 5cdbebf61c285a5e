"""A paragraph that names, after the fact, who said the quote before it.

Broadcast and wire copy often gives a quote a paragraph of its own and names the speaker in the next
one, pointing back at the words: "That was the message from Jane Roe, a nurse in Gatineau.", "So says
Staff Sgt. Omar Reyes.", "Those were the words of the premier on Tuesday.", "That's how Jane Doe put it.",
or in a feature, after a long quote, "That is Jane Roe, 71, who runs the only shop in the village."
The quote paragraph has no cue of its own, so without the pointer it would go on with the last speaker
(or with nobody). ``quotes.discourse`` hands it to the speaker the pointer names.

The pointer phrases are :data:`quotes.lexicon.POINTER`; each must open its paragraph, and the name must
follow it at once.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from quotes.parsing import doc_text, token_index_at
from quotes.speakers.vocabulary import gender_of_given_name
from quotes.syntax import is_verb

#: "That's according to plan": the course of events, not a source.
_COURSE_OF_EVENTS = frozenset({"plan", "plans", "schedule", "script"})


def pointed_speaker(doc: Doc, pointer: re.Match[str]) -> tuple[Token, Token] | None:
    """(cue, speaker head) of a pointing paragraph's parse: the cue is the pointer's word of saying
    ("message", "according", "says"; for "That's how X put it" the verb after the name), the speaker
    the head of the phrase that starts right after the pointer. None without a parse."""
    if not doc.has_annotation("DEP") or pointer.end() >= len(doc_text(doc)):
        return None
    first = doc[token_index_at(doc, pointer.end())]
    head = first
    while head.head.i != head.i and head.head.i > first.i and not is_verb(head.head):
        head = head.head
    if head.is_punct or head.pos_ not in ("PROPN", "NOUN", "PRON") or head.lower_ in _COURSE_OF_EVENTS:
        return None
    group = next(name for name in ("noun", "according", "verb", "so", "be", "be_short") if pointer.group(name))
    if group.startswith("be") and not _introduces_person(head):
        return None
    return doc[token_index_at(doc, pointer.start(group))], head


def _introduces_person(head: Token) -> bool:
    """ "That is Jane Roe, 71, who …" names who spoke only when the name is a person's and is the whole
    phrase (then a comma or the end): "That is Ottawa's position", "That's Jane Roe's view" or
    "That is Smith Street" name no speaker."""
    after = head.nbor(1) if head.i + 1 < len(head.doc) else None
    if head.pos_ != "PROPN" or (after is not None and after.text not in (",", ".", ";")):
        return False
    first = min((t for t in head.subtree if t.dep_ == "compound" and t.i < head.i), default=head, key=lambda t: t.i)
    # the tagger often calls a lone villager an organisation; a known given name says person
    return head.ent_type_ == "PERSON" or (first.i < head.i and gender_of_given_name(first.text) is not None)
