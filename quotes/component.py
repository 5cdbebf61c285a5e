"""The ``quotes`` spaCy pipeline component: ``nlp.add_pipe("quotes")``.

Registered through the ``spacy_factories`` entry point, so spaCy finds it without ``import quotes``.
It reads the parse and entities the pipeline made (a full parse, unlike the CLI's selective one) and
writes:

- ``doc.spans["quotes"]`` (label ``direct``, ``mixed`` or ``indirect``), ``doc.spans["quote_speakers"]``
  and ``doc.spans["quote_cues"]`` (labels ``speaker`` and ``cue``): span groups serialise with the Doc
  and displaCy's span view draws them;
- ``doc._.quotes``: the records as the JSON-safe dicts ``quotes extract`` writes, never Span objects,
  so ``DocBin``, ``Doc.to_bytes`` and ``nlp.pipe(n_process=2)`` keep working.

The publication date: the ``date`` setting (``nlp.add_pipe("quotes", config={"date": "2024-03-12"})``)
for every document, or ``doc._.quotes_date`` per document, set before the component runs
(``doc = nlp.make_doc(text); doc._.quotes_date = "2024-03-12"; doc = nlp(doc)``).
``doc._.quotes_id`` likewise sets the records' ``doc_id``.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from quotes.dates import parse_date_value
from quotes.records import Document

SPANS_KEY = "quotes"
SPEAKERS_KEY = "quote_speakers"
CUES_KEY = "quote_cues"

#: What the rules read: a dependency parse and named entities (tags come with every English parser).
_NEEDS = {"token.dep": "parser", "doc.ents": "NER"}


@Language.factory(
    "quotes",
    assigns=["doc.spans", "doc._.quotes"],
    requires=list(_NEEDS),
    default_config={"date": None},
)
def make_quotes_component(nlp: Language, name: str, date: str | None) -> QuotesComponent:
    return QuotesComponent(nlp, name, date=date)


class QuotesComponent:
    """Finds the quotes of each Doc from its existing parse; see the module docstring for the output."""

    def __init__(self, nlp: Language, name: str = "quotes", *, date: str | None = None) -> None:
        missing = [what for attribute, what in _NEEDS.items() if not _assigned(nlp, attribute)]
        if missing:
            raise ValueError(
                f"the quotes component needs a pipeline with a parser and NER (e.g. en_core_web_sm); "
                f"this one has no {' and no '.join(missing)} before it"
            )
        if date is not None and parse_date_value(str(date)) is None:
            raise ValueError(f"the quotes component's date must be a date such as 2024-03-12, not {date!r}")
        self.name = name
        self.date = date
        self._nlp = nlp
        self._rules = None
        register_extensions()

    def __call__(self, doc: Doc) -> Doc:
        records = self._extractor().extract_from_doc(
            Document(doc._.quotes_id, doc.text, doc._.quotes_date), doc, default_date=self.date
        )
        quotes, speakers, cues = [], [], []
        for record in records:
            quotes.append(doc.char_span(record.quote_start, record.quote_end, record.type, alignment_mode="expand"))
            if record.speaker_start is not None:
                speakers.append(
                    doc.char_span(record.speaker_start, record.speaker_end, "speaker", alignment_mode="expand")
                )
            if record.cue_start is not None:
                cues.append(doc.char_span(record.cue_start, record.cue_end, "cue", alignment_mode="expand"))
        doc.spans[SPANS_KEY] = [span for span in quotes if span is not None]
        doc.spans[SPEAKERS_KEY] = [span for span in speakers if span is not None]
        doc.spans[CUES_KEY] = [span for span in cues if span is not None]
        doc._.quotes = [record.to_dict() for record in records]
        return doc

    def _extractor(self):
        # Built on first use: ``add_pipe`` stays cheap, and the rules see the finished pipeline.
        if self._rules is None:
            from quotes.extractor import Extractor

            names = self._nlp.pipe_names
            after = names[names.index(self.name) :] if self.name in names else [self.name]
            # A paragraph parsed again (one that is not on token boundaries) must not run this component.
            self._rules = Extractor(self._nlp, exclude=after)
        return self._rules


def register_extensions() -> None:
    """``doc._.quotes`` (output) and ``doc._.quotes_date`` / ``doc._.quotes_id`` (optional input)."""
    for name in ("quotes", "quotes_date", "quotes_id"):
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)


def _assigned(nlp: Language, attribute: str) -> bool:
    return any(attribute in nlp.get_pipe_meta(name).assigns for name in nlp.pipe_names)
