"""Cutting a paragraph out of a Doc that a full spaCy pipeline parsed already (the pipeline component)."""

from __future__ import annotations

from spacy.attrs import DEP, ENT_IOB, ENT_KB_ID, ENT_TYPE, HEAD, LEMMA, MORPH, NORM, POS, TAG
from spacy.tokens import Doc

#: What the rules read from a parse: tags, POS, dependencies (sentences follow from them), entities.
_COPIED = [TAG, POS, MORPH, LEMMA, NORM, DEP, HEAD, ENT_IOB, ENT_TYPE, ENT_KB_ID]


def paragraph_doc(doc: Doc, start: int, end: int) -> Doc | None:
    """A Doc whose text is exactly ``doc.text[start:end]``, with ``doc``'s annotations; None when the
    range does not fall on token boundaries.

    Not ``Span.as_doc()``: it keeps the last token's trailing space, and the paragraph's offsets must be
    its own text's. Dependencies that leave the paragraph become roots, as in ``as_doc``.
    """
    span = doc.char_span(start, end)
    if span is None:
        return None
    source = span.as_doc()
    spaces = [bool(token.whitespace_) for token in span]
    spaces[-1] = False
    piece = Doc(doc.vocab, words=[token.text for token in span], spaces=spaces)
    piece.from_array(_COPIED, source.to_array(_COPIED))  # type: ignore[arg-type]  # uint64 ids, stubs say ints
    return piece if piece.text == doc.text[start:end] else None
