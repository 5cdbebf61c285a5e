"""Parsing paragraphs at the lowest cost the rules allow.

Paragraphs that can hold a quote get the full pipeline (minus parts the rules never read);
the rest get named entities only, which is all coreference and canonical names need from them.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.language import Language
from spacy.pipeline import Sentencizer
from spacy.tokens import Doc

#: Pipeline parts the rules never read (cue verbs are matched on inflected forms, see lexicon).
UNUSED_PIPES = ("lemmatizer",)


class ParagraphParser:
    """``parse(texts, full)`` → one Doc per paragraph text, in order."""

    def __init__(self, nlp: Language, *, batch_size: int = 64) -> None:
        self.nlp = nlp
        self.batch_size = batch_size
        self._disabled = [name for name in UNUSED_PIPES if name in nlp.pipe_names]
        self._ner = nlp.get_pipe("ner") if "ner" in nlp.pipe_names else None
        self._sentencizer = Sentencizer()

    def parse(self, texts: Sequence[str], full: Sequence[bool]) -> list[Doc]:
        full_texts = [t for t, wanted in zip(texts, full) if wanted]
        parsed = iter(self.nlp.pipe(full_texts, batch_size=self.batch_size, disable=self._disabled))
        return [next(parsed) if wanted else self._entities_only(text) for text, wanted in zip(texts, full)]

    def _entities_only(self, text: str) -> Doc:
        doc = self.nlp.make_doc(text)
        if self._ner is not None:
            doc = self._ner(doc)
        return self._sentencizer(doc)
