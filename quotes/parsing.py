"""Parsing paragraphs at the lowest cost the rules allow.

The named-entity recogniser is the most expensive part of the small English pipeline (it has its own
tok2vec), then tok2vec, the attribute ruler and the parser; the lemmatizer and tagger are cheap.
``benchmarks/throughput.py`` measures the shares; README "Throughput" gives them.

So, per paragraph:

- not worth parsing (``full[i]`` false): named entities and sentence starts only, which is all
  coreference and canonical names read from it;
- worth parsing: cut into sentence groups; the groups that can hold a quote (a quote mark, a quoted
  span, a cue word) get tagger + parser + NER, the others NER and a trivial parse; the pieces are joined
  back into ONE Doc whose text is the paragraph text, so offsets stay paragraph offsets.

Everywhere the lemmatizer is skipped (the rules match inflected forms, see ``quotes.lexicon``) and the
attribute_ruler is replaced by :class:`PosMapper`, the POS half of the same ruler as a lookup table
(the same POS on every token, at a fraction of the cost).

Sentence gating changes a few speakers (entities outside parsed sentences no longer count as
parse-based subjects for pronouns); NER runs on every paragraph that coreference reads, since
skipping it outside quote-bearing sentences loses canonical full names and antecedents.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import numpy
from spacy.attrs import DEP, HEAD, POS
from spacy.language import Language
from spacy.pipeline import Sentencizer
from spacy.tokens import Doc
from spacy.util import minibatch

from quotes.lexicon import may_hold_cue, points_back
from quotes.quotemarks import ALL_DOUBLE, find_quoted_spans
from quotes.segments import Paragraph
from quotes.syntax import sentence_breaks

#: Pipeline parts the rules never read (cue verbs are matched on inflected forms, see lexicon).
UNUSED_PIPES = ("lemmatizer",)
#: Replaced by :class:`PosMapper` when the ruler's POS patterns are simple enough to compile.
ATTRIBUTE_RULER = "attribute_ruler"

#: Sentence pieces per model batch. spaCy's per-batch cost is high for short texts, so batches hold the
#: pieces of several documents (README "Throughput" has the measurements behind the value).
PARSE_BATCH_SIZE = 256

#: ``Doc.user_data`` key of the paragraph text, kept so :func:`doc_text` need not rebuild it.
_TEXT_KEY = ("quotes", "text")

#: Quote marks the small English model never saw in training, shown to it as the curly marks it did see
#: (one character for one, so every offset holds). Read raw, a closing "»" before "said X" is parsed
#: as the verb's subject and the speaker is lost; the rules themselves still read the original text.
_MODEL_MARKS = str.maketrans({"«": "“", "»": "”", "‹": "‘", "›": "’"})


def model_view(text: str) -> str:
    """``text`` as the model is shown it: guillemets read as the curly quote marks of English news."""
    return text.translate(_MODEL_MARKS)


#: ``Doc.user_data`` keys of the token and sentence start offsets, built once per Doc.
_TOKEN_STARTS_KEY = ("quotes", "token_starts")
_SENTENCE_STARTS_KEY = ("quotes", "sentence_starts")


def token_index_at(doc: Doc, char: int) -> int:
    """Index of the first token starting at or after character ``char`` (``len(doc)`` if none), in
    log time: the rules ask this per quote, and a per-quote scan makes a long paragraph quadratic."""
    starts = doc.user_data.get(_TOKEN_STARTS_KEY)
    if starts is None:
        starts = doc.user_data[_TOKEN_STARTS_KEY] = [token.idx for token in doc]
    return bisect_left(starts, char)


def sentence_number(doc: Doc, token_index: int) -> int:
    """0-based number of the sentence holding token ``token_index`` (sentence starts listed once)."""
    starts = doc.user_data.get(_SENTENCE_STARTS_KEY)
    if starts is None:
        starts = doc.user_data[_SENTENCE_STARTS_KEY] = [sentence.start for sentence in doc.sents]
    return bisect_right(starts, token_index) - 1


def doc_text(doc: Doc) -> str:
    """``doc.text`` without the cost: spaCy rebuilds it from every token on each access, and the rules
    read it thousands of times per article."""
    text = doc.user_data.get(_TEXT_KEY)
    if text is None:
        text = doc.user_data[_TEXT_KEY] = doc.text
    return text


# ---------------------------------------------------------------------------------------- POS lookup


@dataclass(frozen=True)
class _PosRule:
    order: int
    specs: tuple[tuple[tuple[int, str, object], ...], ...]  # per token: (column, op, hashed value)
    index: int
    pos: int


class PosMapper:
    """The POS assignments of the model's ``attribute_ruler`` without its Matcher.

    en_core_web_sm's ruler is ~180 patterns: one ``{"TAG": t}`` → POS row per tag, plus a few word and
    dependency exceptions ("that"/IN → SCONJ, aux → AUX, "but"/advmod → ADV). Applied like the ruler:
    every matching pattern in its order, later ones win. Works on a batch's attribute arrays (string
    hashes, one vectorised pass per pattern), much cheaper than the ruler's Matcher.
    :meth:`from_ruler` returns None when a pattern uses anything else (another model), and the caller
    keeps the real ruler. MORPH and LEMMA are not set:
    the rules never read them.
    """

    #: Token attributes the compiled patterns may test, in the column order of ``Doc.to_array``.
    ATTRS = ("TAG", "LOWER", "DEP", "IS_SPACE")

    def __init__(self, rules: Sequence[_PosRule]) -> None:
        self._rules = tuple(sorted(rules, key=_rule_order))

    @classmethod
    def from_ruler(cls, nlp: Language) -> PosMapper | None:
        if ATTRIBUTE_RULER not in nlp.pipe_names:
            return None
        strings = nlp.vocab.strings
        rules: list[_PosRule] = []
        for order, entry in enumerate(nlp.get_pipe(ATTRIBUTE_RULER).patterns):
            pos = entry["attrs"].get("POS")
            if pos is None:
                continue
            for pattern in entry["patterns"]:
                specs = tuple(_compile_spec(token, strings) for token in pattern)
                if any(spec is None for spec in specs):
                    return None
                rules.append(_PosRule(order, specs, entry.get("index", 0), strings.add(pos)))
        return cls(rules)

    def __call__(self, doc: Doc) -> Doc:
        return self.map_docs([doc])[0]

    def map_docs(self, docs: Sequence[Doc]) -> Sequence[Doc]:
        """Set POS on a batch at once: one vectorised pass per pattern over all the batch's tokens."""
        docs = [doc for doc in docs]
        sizes = [len(doc) for doc in docs]
        if not sum(sizes):
            return docs
        rows = numpy.concatenate([doc.to_array(list(self.ATTRS)) for doc in docs if len(doc)])
        pos = numpy.concatenate([doc.to_array([POS]).reshape(-1) for doc in docs if len(doc)])
        doc_of = numpy.repeat(numpy.arange(len(docs)), sizes)
        for rule in self._rules:
            width = len(rule.specs)
            if width == 1:
                pos[_mask(rows, rule.specs[0])] = rule.pos
                continue
            n = len(rows) - width + 1
            if n <= 0:
                continue
            hit = doc_of[:n] == doc_of[width - 1:]  # a multi-token pattern stays inside one doc
            for k, spec in enumerate(rule.specs):
                hit &= _mask(rows[k:k + n], spec)
            pos[numpy.flatnonzero(hit) + rule.index] = rule.pos
        offset = 0
        for doc, size in zip(docs, sizes):
            if size:
                doc.from_array([POS], pos[offset:offset + size].reshape(-1, 1))
            offset += size
        return docs


def _rule_order(rule: _PosRule) -> int:
    return rule.order


def _compile_spec(token: dict, strings) -> tuple[tuple[int, str, object], ...] | None:
    """One token pattern as (column, op, hashed value(s)); None when it uses anything else."""
    spec = []
    for attr, value in token.items():
        if attr not in PosMapper.ATTRS:
            return None
        column = PosMapper.ATTRS.index(attr)
        if isinstance(value, dict):
            if len(value) != 1 or next(iter(value)) not in ("IN", "NOT_IN"):
                return None
            op, values = next(iter(value.items()))
            spec.append((column, op, frozenset(_hash(v, strings) for v in values)))
        else:
            spec.append((column, "==", _hash(value, strings)))
    return tuple(spec)


def _hash(value, strings) -> int:
    if isinstance(value, bool):
        return int(value)
    return strings.add(value) if value else 0  # an unset attribute is 0 in the arrays


def _mask(rows: numpy.ndarray, spec) -> numpy.ndarray:
    hit = numpy.ones(len(rows), dtype=bool)
    for column, op, value in spec:
        if op == "==":
            hit &= rows[:, column] == numpy.uint64(value)
        else:
            inside = numpy.isin(rows[:, column], numpy.array(sorted(value), dtype="uint64"))
            hit &= inside if op == "IN" else ~inside
    return hit


# ---------------------------------------------------------------------------------- sentence pieces


@dataclass(frozen=True)
class Piece:
    """``[start, end)`` of a paragraph, covering whole sentences; ``sentences`` are their starts
    (paragraph offsets); ``parse`` when one of them can hold a quote."""

    start: int
    end: int
    parse: bool
    sentences: tuple[int, ...]


def sentence_starts(text: str, quoted: Sequence[tuple[int, int]] = ()) -> list[int]:
    """Cheap sentence starts (offsets into ``text``), never inside a ``quoted`` range.

    Conservative: an abbreviation ("Mr.", "U.S.", "Jan.") or a single initial never ends a sentence,
    since a wrong cut could separate a speaker's title from the name; a missed cut only costs time.
    """
    starts = [0]
    for match in sentence_breaks(text):
        cut = match.end()
        if cut < len(text) and not any(a < cut < b for a, b in quoted):
            starts.append(cut)
    return starts


def split_pieces(text: str, quoted: Sequence[tuple[int, int]] | None = None) -> list[Piece]:
    """Runs of sentences that can hold a quote, and runs that cannot, tiling ``text``.

    A sentence can hold a quote when it has a double quote mark, overlaps a quoted span, has a cue
    word (the same tests that make a paragraph worth parsing) or ends the paragraph with ":" (the
    colon-intro rule reads the parse of that sentence). ``quoted``: the paragraph's quoted spans
    (outer, paragraph-local offsets) when the caller already has them.
    """
    if quoted is None:
        quoted = [(s.outer_start, s.outer_end) for s in find_quoted_spans(text, [Paragraph(0, len(text), True)])]
    bounds = sentence_starts(text, quoted) + [len(text)]
    pieces: list[Piece] = []
    for start, end in zip(bounds, bounds[1:]):
        sentence = text[start:end]
        parse = (
            any(a < end and start < b for a, b in quoted)
            or any(ch in ALL_DOUBLE for ch in sentence)
            or may_hold_cue(sentence)
            or (end == len(text) and sentence.rstrip().endswith(":"))
            or (start == 0 and points_back(sentence) is not None)
        )
        if pieces and pieces[-1].parse == parse:
            last = pieces[-1]
            pieces[-1] = Piece(last.start, end, parse, last.sentences + (start,))
        else:
            pieces.append(Piece(start, end, parse, (start,)))
    return pieces


# ------------------------------------------------------------------------------------------- parser


class ParagraphParser:
    """``parse(texts, full)`` → one Doc per paragraph text, in order, ``doc.text == texts[i]``."""

    def __init__(
        self,
        nlp: Language,
        *,
        batch_size: int = PARSE_BATCH_SIZE,
        gate_sentences: bool = True,
        exclude: Sequence[str] = (),
    ) -> None:
        """``exclude``: pipes never run here (the ``quotes`` component itself and the pipes after it)."""
        self.nlp = nlp
        self.batch_size = batch_size
        self.gate_sentences = gate_sentences
        self.pos_mapper = PosMapper.from_ruler(nlp)
        replaced = (ATTRIBUTE_RULER,) if self.pos_mapper is not None else ()
        self._disabled = [name for name in (*UNUSED_PIPES, *replaced, *exclude) if name in nlp.pipe_names]
        self._ner = nlp.get_pipe("ner") if "ner" in nlp.pipe_names else None
        self._sentencizer = Sentencizer()
        self._dep_label = nlp.vocab.strings.add("dep")
        self._root_label = nlp.vocab.strings.add("ROOT")
        self._x_pos = nlp.vocab.strings.add("X")
        self._space_pos = nlp.vocab.strings.add("SPACE")

    def parse(
        self,
        texts: Sequence[str],
        full: Sequence[bool],
        entities: Sequence[bool] | None = None,
        quoted: Sequence[Sequence[tuple[int, int]]] | None = None,
    ) -> list[Doc]:
        """``entities[i]`` False: paragraph i (not ``full``) gets tokens and sentences only, no NER.
        ``quoted[i]``: paragraph i's quoted spans (outer, paragraph-local), to avoid finding them twice."""
        if entities is None:
            entities = [True] * len(texts)
        if quoted is None:
            quoted = [None] * len(texts)
        # Lay out every paragraph as pieces first, so each model part runs once over one batch.
        layouts: list[list[Piece]] = []
        for text, wanted, spans in zip(texts, full, quoted):
            if not wanted:
                layouts.append([Piece(0, len(text), False, ())])
            elif self.gate_sentences:
                layouts.append(split_pieces(text, spans))
            else:
                layouts.append([Piece(0, len(text), True, (0,))])
        parse_texts = [model_view(t[p.start : p.end]) for t, layout in zip(texts, layouts) for p in layout if p.parse]
        ner_texts = [
            model_view(t[p.start : p.end])
            for t, layout, wanted, named in zip(texts, layouts, full, entities)
            if wanted or named
            for p in layout
            if not p.parse
        ]
        parsed = iter(self._full(parse_texts))
        named_docs = iter(self._entities(ner_texts))

        docs: list[Doc] = []
        for text, wanted, named, layout in zip(texts, full, entities, layouts):
            if not wanted and not named:
                docs.append(self._sentencizer(self.nlp.make_doc(text)))
                continue
            pieces = []
            for piece in layout:
                if piece.parse:
                    pieces.append(next(parsed))
                elif wanted:
                    pieces.append(self._trivial_parse(next(named_docs), piece))
                else:
                    pieces.append(self._sentencizer(next(named_docs)))
            docs.append(pieces[0] if len(pieces) == 1 else _join(pieces))
        for doc, text in zip(docs, texts):
            doc.user_data[_TEXT_KEY] = text
        return docs

    def _full(self, texts: list[str]) -> Iterable[Doc]:
        docs = self.nlp.pipe(texts, batch_size=self.batch_size, disable=self._disabled)
        if self.pos_mapper is None:
            return docs
        return (doc for batch in minibatch(docs, self.batch_size) for doc in self.pos_mapper.map_docs(batch))

    def _entities(self, texts: list[str]) -> Iterable[Doc]:
        docs = (self.nlp.make_doc(text) for text in texts)
        if self._ner is None:
            return docs
        return self._ner.pipe(docs, batch_size=self.batch_size)

    def _trivial_parse(self, doc: Doc, piece: Piece) -> Doc:
        """A well-formed stand-in parse: each cheap sentence is one flat tree under its first token
        (label "dep", which no rule reads), so ``doc.sents`` works and starts where the cuts are."""
        if not len(doc):
            return doc
        local_starts = [s - piece.start for s in piece.sentences]
        heads = numpy.zeros(len(doc), dtype="int64")
        labels = numpy.full(len(doc), self._dep_label, dtype="uint64")
        sentence, head = 0, 0
        for token in doc:
            while sentence + 1 < len(local_starts) and token.idx >= local_starts[sentence + 1]:
                sentence += 1
                head = token.i
            heads[token.i] = head - token.i  # HEAD is stored relative to the token
            if token.i == head:
                labels[token.i] = self._root_label
        pos = numpy.array([self._space_pos if t.is_space else self._x_pos for t in doc], dtype="uint64")
        array = numpy.stack([heads.astype("uint64"), labels, pos], axis=1)
        doc.from_array([HEAD, DEP, POS], array)
        return doc


def _join(pieces: list[Doc]) -> Doc:
    # Pieces end in their own trailing whitespace, so plain concatenation restores the paragraph.
    return Doc.from_docs(pieces, ensure_whitespace=False, exclude=("tensor", "user_data", "spans"))
