"""Scoring predicted quotes against PolNeAR-style gold: ``quotes eval GOLD.jsonl PRED.jsonl``.

Matching works on character offsets into the gold text. Both spans are first *trimmed* (quote marks,
whitespace, punctuation and a leading complementiser "that" never count), then gold and predictions of
one document are paired one-to-one, greedily by overlap size. A pair counts

- at **F@.8** when the overlap covers ≥ 0.8 of both trimmed spans (right quote, right boundaries);
- at **F@.3** when the overlap covers ≥ 0.3 of the gold span (right quote, loose boundaries).

Pairing is done once per level, among the pairs that reach that level: a long prediction that only
loosely covers a gold span then cannot take it away from a shorter prediction that fits it at .8.
A prediction paired with any gold attribution is correct for precision; a slice's recall counts the
slice's gold spans that got paired. Each gold fragment (PolNeAR splits a quote interrupted by its cue
into ``1/2``, ``2/2``) is one gold span, as our records and textacy's are per quoted stretch too.
"""

from __future__ import annotations

import json
import re
import sys
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, TextIO

# --------------------------------------------------------------------------- cue normalisation

#: Lemmas of cues that introduce *speech* (something said or written), for the ``speech`` slice.
#: Mined from the cue strings of PolNeAR train (every verb of saying/writing that occurs ≥ 5 times,
#: plus the Levin 37.x verbs news uses), deliberately independent of ``quotes.lexicon`` so tuning the
#: extractor's lexicon cannot move the benchmark. Left out on purpose: belief, perception, desire,
#: appearance and evidence cues (think, believe, seem, appear, show, want, expect, know, see, hope,
#: find, fear …) and evaluative acts whose "content" is a label, not a statement (call, describe,
#: praise, criticize, accuse, endorse).
SPEECH_CUE_LEMMAS: frozenset[str] = frozenset(
    """
    say tell add write ask note report announce tweet argue explain declare state claim insist warn
    continue suggest acknowledge recall conclude urge respond reply answer admit confirm deny reveal
    predict promise vow pledge assure remark stress complain joke quip reiterate repeat echo post
    email mention testify comment observe concede assert contend maintain allege lament boast brag
    shout yell scream whisper mutter exclaim inform advise proclaim affirm reaffirm emphasize emphasise
    underscore retort counter plead demand propose recommend question wonder read speak disclose
    threaten chant sing text quote charge
    """.split()
) | frozenset({"according to", ":", "point out", "shoot back", "put it", "make clear", "go on", "ask about"})

#: Cue lemmas that are *not* speech; listed so the lemmatiser knows them (see ``lemmatise``).
NON_SPEECH_CUE_LEMMAS: frozenset[str] = frozenset(
    """
    think believe seem appear show want expect know see hope feel fear worry find plan wish call
    describe look consider view decide support oppose endorse prefer favor favour cite refer point seek
    learn estimate criticize criticise praise accuse blame decline reject dismiss attack blast slam
    mean indicate include name list focus talk discuss like vote issue take use release make go give
    agree refuse denounce compare decry identify title
    """.split()
)

_KNOWN_LEMMAS = frozenset(w for w in SPEECH_CUE_LEMMAS | NON_SPEECH_CUE_LEMMAS if " " not in w)

#: Forms the suffix rules get wrong.
IRREGULAR_LEMMAS: dict[str, str] = {
    "said": "say",
    "says": "say",
    "told": "tell",
    "wrote": "write",
    "written": "write",
    "spoke": "speak",
    "spoken": "speak",
    "thought": "think",
    "knew": "know",
    "known": "know",
    "saw": "see",
    "seen": "see",
    "felt": "feel",
    "found": "find",
    "sang": "sing",
    "sung": "sing",
    "went": "go",
    "gone": "go",
    "made": "make",
    "put": "put",
    "read": "read",
    "meant": "mean",
    "took": "take",
    "taken": "take",
    "shot": "shoot",
    "heard": "hear",
    "is": "be",
    "was": "be",
    "gave": "give",
    "given": "give",
    "sought": "seek",
    "began": "begin",
    "held": "hold",
    "kept": "keep",
}

#: Words before the cue verb that carry no cue meaning: auxiliaries, negation, common adverbs.
_CUE_PREFIX_WORDS: frozenset[str] = frozenset(
    """
    be is are was were been being am has have had having do does did will would could should can may
    might must shall not never n't also reportedly later then again repeatedly publicly previously
    recently once further first even just still already widely now often allegedly apparently
    originally initially separately privately openly flatly quickly similarly earlier to 's ’s
    """.split()
)

#: Cue + particle pairs that mean something else than the verb alone ("point out" is speech, "point" is not).
_PHRASAL_CUES: frozenset[str] = frozenset(
    {
        "point out",
        "point to",
        "call for",
        "call on",
        "refer to",
        "talk about",
        "speak about",
        "shoot back",
        "put it",
        "go on",
        "make clear",
        "ask about",
        "ask for",
        "warn of",
    }
)

#: Heads that only carry a later speech verb: "went on to say", "issued a statement saying".
_LIGHT_HEADS: frozenset[str] = frozenset({"go on", "issue", "take", "release", "use"})

_CUE_WORD = re.compile(r"[a-z]+(?:[’'][a-z]+)?|[’']s")


def lemmatise(word: str) -> str:
    """A verb's lemma without spaCy: irregular table, then suffix rules checked against known lemmas."""
    word = word.lower()
    if word in IRREGULAR_LEMMAS:
        return IRREGULAR_LEMMAS[word]
    if word in _KNOWN_LEMMAS:
        return word
    candidates: list[str] = []
    if word.endswith(("ies", "ied")):
        candidates.append(word[:-3] + "y")
    if word.endswith("ing"):
        stem = word[:-3]
        candidates += [stem + "e", stem, stem[:-1]]
    if word.endswith("ed"):
        stem = word[:-2]
        candidates += [word[:-1], stem, stem[:-1]]
    if word.endswith("es"):
        candidates.append(word[:-2])
    if word.endswith("s") and not word.endswith("ss"):
        candidates.append(word[:-1])
    for candidate in candidates:
        if candidate in _KNOWN_LEMMAS:
            return candidate
    # Unknown verb: the plainest guess (undouble "admitted" → "admit" only when the stem doubled).
    for suffix in ("ing", "ed"):
        if word.endswith(suffix) and len(word) > len(suffix) + 2:
            stem = word[: -len(suffix)]
            return stem[:-1] if len(stem) > 2 and stem[-1] == stem[-2] and stem[-1] not in "ls" else stem
    return word[:-1] if word.endswith("s") and not word.endswith("ss") and len(word) > 3 else word


def normalise_cue(cue: str | None) -> str:
    """The cue's meaning-bearing lemma (or phrase): "has also said:" → "say", "pointed out" → "point out".

    Returns "" for an empty or punctuation-only cue, ":" for a bare colon cue.
    """
    if not cue:
        return ""
    lowered = cue.lower().strip()
    words = _CUE_WORD.findall(lowered)
    if not words:
        return ":" if ":" in lowered else ""
    while words and (
        words[0] in _CUE_PREFIX_WORDS or (words[0].endswith("ly") and lemmatise(words[0]) not in _KNOWN_LEMMAS)
    ):
        words = words[1:]
    if not words:
        return ""
    if words[:2] == ["according", "to"]:
        return "according to"
    lemmas = [lemmatise(w) for w in words]
    head = lemmas[0]
    rest = [w for w in lemmas[1:] if w != "it"] if head == "make" else lemmas[1:]
    if rest and f"{head} {rest[0]}" in _PHRASAL_CUES:
        head, rest = f"{head} {rest[0]}", rest[1:]
    elif len(lemmas) > 1 and f"{head} {lemmas[1]}" in _PHRASAL_CUES:
        head, rest = f"{head} {lemmas[1]}", lemmas[2:]
    if head in _LIGHT_HEADS:
        later = next((w for w in rest if w in SPEECH_CUE_LEMMAS), None)
        if later is not None:
            return later
    return head


def is_speech_cue(cue: str | None) -> bool:
    return normalise_cue(cue) in SPEECH_CUE_LEMMAS


# --------------------------------------------------------------------------- spans


#: Characters that never count towards a span: typographic quotes are punctuation (P*) already; the
#: backtick and acute accent stand in for quote marks in scraped text.
_EXTRA_TRIM = frozenset("`´")
_LEADING_THAT = re.compile(r"that\s+")


def _trimmable(ch: str) -> bool:
    return ch.isspace() or ch in _EXTRA_TRIM or unicodedata.category(ch).startswith("P")


def trim_span(text: str, start: int, end: int) -> tuple[int, int]:
    """Shrink ``[start, end)`` past quote marks, whitespace, punctuation and a leading "that".

    The complementiser "that" is lower-case only: PolNeAR includes it in indirect spans, extractors
    differ on it, and it carries no content.
    """
    start, end = max(0, start), min(len(text), end)
    while True:
        before = (start, end)
        while start < end and _trimmable(text[start]):
            start += 1
        while end > start and _trimmable(text[end - 1]):
            end -= 1
        match = _LEADING_THAT.match(text, start, end)
        if match:
            start = match.end()
        if (start, end) == before:
            return start, end


# --------------------------------------------------------------------------- gold and predictions


@dataclass(frozen=True)
class GoldQuote:
    start: int  # trimmed
    end: int
    type: str
    speaker: str | None
    speaker_start: int | None
    speaker_end: int | None
    cue: str | None
    is_speech: bool


@dataclass(frozen=True)
class GoldDoc:
    doc_id: str
    text: str
    date: str | None
    quotes: tuple[GoldQuote, ...]


class EvalInputError(ValueError):
    """A gold or prediction file that cannot be read; the message names the file and line."""


def _read_jsonl(path: str) -> Iterable[tuple[int, dict[str, Any]]]:
    try:
        handle = open(path, encoding="utf-8")
    except OSError as error:
        raise EvalInputError(f"{path}: {error.strerror or error}") from error
    with handle:
        for number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            try:
                value = json.loads(line)
            except json.JSONDecodeError as error:
                raise EvalInputError(f"{path}:{number}: not JSON ({error.msg})") from error
            if not isinstance(value, dict):
                raise EvalInputError(f"{path}:{number}: expected a JSON object")
            yield number, value


def load_gold(path: str, split: str | None = None) -> dict[str, GoldDoc]:
    """Gold documents by id; with ``split``, documents whose ``meta.split`` differs are left out."""
    docs: dict[str, GoldDoc] = {}
    for number, row in _read_jsonl(path):
        meta = row.get("meta") or {}
        if split is not None and meta.get("split") not in (None, split):
            continue
        try:
            doc_id, text = str(row["id"]), row["text"]
            quotes = tuple(_gold_quote(text, q) for q in row.get("quotes") or ())
        except (KeyError, TypeError) as error:
            raise EvalInputError(f"{path}:{number}: missing or bad gold field {error}") from error
        docs[doc_id] = GoldDoc(doc_id, text, row.get("date"), quotes)
    return docs


def _gold_quote(text: str, q: Mapping[str, Any]) -> GoldQuote:
    start, end = trim_span(text, int(q["quote_start"]), int(q["quote_end"]))
    return GoldQuote(
        start=start,
        end=end,
        type=q.get("type") or "",
        speaker=q.get("speaker") or None,
        speaker_start=q.get("speaker_start"),
        speaker_end=q.get("speaker_end"),
        cue=q.get("cue"),
        is_speech=is_speech_cue(q.get("cue")),
    )


def load_predictions(path: str) -> dict[str, list[dict[str, Any]]]:
    """Prediction records grouped by ``doc_id``, in file order."""
    grouped: dict[str, list[dict[str, Any]]] = {}
    for number, row in _read_jsonl(path):
        if "doc_id" not in row or "quote_start" not in row or "quote_end" not in row:
            raise EvalInputError(f"{path}:{number}: a prediction needs doc_id, quote_start and quote_end")
        grouped.setdefault(str(row["doc_id"]), []).append(row)
    return grouped


# --------------------------------------------------------------------------- speakers

#: Capitalised words that do not identify anybody: pronouns, articles, honorifics and titles
#: ("Mr. Smith" and "Mr. Jones" share "Mr", "President Obama" and "President Trump" share "President").
_NOT_NAMES: frozenset[str] = frozenset(
    """
    I He She It We They You His Her Its Our Their Him Them Who The A An This That These Those
    Mr Mrs Ms Miss Dr Sen Rep Gov Lt Gen Col Sgt Prof St Sir Madam President Senator Governor
    Representative Secretary Minister Prime Vice Judge Justice Mayor Chairman Director Officer
    Former New
    """.split()
)
_NAME_WORD = re.compile(r"[^\W\d_][\w’'.-]*")


def _name_tokens(name: str | None) -> set[str]:
    tokens: set[str] = set()
    for word in _NAME_WORD.findall(name or ""):
        word = re.sub(r"[’']s$", "", word).rstrip(".’'-")
        if word[:1].isupper() and word not in _NOT_NAMES:
            tokens.add(word)
    return tokens


def speaker_matches(gold: GoldQuote, prediction: Mapping[str, Any]) -> bool:
    """Right when the predicted mention overlaps the gold speaker span, or the names share a
    capitalised token ("Trump" ~ "Donald Trump"); "he" vs "Smith" is wrong."""
    p_start, p_end = prediction.get("speaker_start"), prediction.get("speaker_end")
    if None not in (gold.speaker_start, gold.speaker_end, p_start, p_end):
        if p_start < gold.speaker_end and gold.speaker_start < p_end:
            return True
    gold_names = _name_tokens(gold.speaker)
    predicted = _name_tokens(prediction.get("speaker")) | _name_tokens(prediction.get("speaker_mention"))
    return bool(gold_names & predicted)


# --------------------------------------------------------------------------- matching


@dataclass(frozen=True)
class MatchLevel:
    """Coverage a pair needs, as a fraction of the gold span and of the predicted span."""

    name: str
    gold_cover: float
    pred_cover: float

    def accepts(self, overlap: int, gold_len: int, pred_len: int) -> bool:
        # Integer percent arithmetic so that exactly 80 % is never lost to float rounding.
        return (
            overlap > 0
            and overlap * 100 >= round(self.gold_cover * 100) * gold_len
            and overlap * 100 >= round(self.pred_cover * 100) * pred_len
        )


STRICT = MatchLevel("F@.8", 0.8, 0.8)
LOOSE = MatchLevel("F@.3", 0.3, 0.0)
MATCH_LEVELS: tuple[MatchLevel, ...] = (STRICT, LOOSE)


def pair_spans(
    gold: Sequence[tuple[int, int]], predicted: Sequence[tuple[int, int]], level: MatchLevel
) -> dict[int, int]:
    """One-to-one pairs ``{pred index: gold index}``, greedy by overlap size among pairs that reach ``level``."""
    candidates: list[tuple[int, int, int]] = []
    for gi, (gs, ge) in enumerate(gold):
        for pi, (ps, pe) in enumerate(predicted):
            overlap = min(ge, pe) - max(gs, ps)
            if overlap > 0 and level.accepts(overlap, ge - gs, pe - ps):
                candidates.append((-overlap, gi, pi))
    candidates.sort()
    pairs: dict[int, int] = {}
    used_gold: set[int] = set()
    for _, gi, pi in candidates:
        if pi not in pairs and gi not in used_gold:
            pairs[pi] = gi
            used_gold.add(gi)
    return pairs


# --------------------------------------------------------------------------- slices and report


@dataclass(frozen=True)
class Slice:
    name: str
    gold: Callable[[GoldQuote], bool]
    prediction: Callable[[Mapping[str, Any]], bool]


#: Speech predictions: those whose cue is a speech cue, plus cue-less ones (a continued or bare direct
#: quote is speech too). Predictions with a belief/perception cue leave the slice rather than count wrong.
SLICES: tuple[Slice, ...] = (
    Slice("direct", lambda g: g.type == "direct", lambda p: p.get("type") == "direct"),
    Slice("mixed", lambda g: g.type == "mixed", lambda p: p.get("type") == "mixed"),
    Slice("speech", lambda g: g.is_speech, lambda p: not p.get("cue") or is_speech_cue(p.get("cue"))),
    Slice("all", lambda g: True, lambda p: True),
)


@dataclass(frozen=True)
class LevelCounts:
    matched_gold: int = 0
    matched_pred: int = 0
    speaker_right: int = 0
    speaker_pairs: int = 0


def _ratio(numerator: int, denominator: int) -> float | None:
    return numerator / denominator if denominator else None


@dataclass(frozen=True)
class SliceScore:
    name: str
    n_gold: int
    n_pred: int
    levels: tuple[tuple[str, LevelCounts], ...]

    def counts(self, level: str) -> LevelCounts:
        return dict(self.levels)[level]

    def precision(self, level: str) -> float | None:
        return _ratio(self.counts(level).matched_pred, self.n_pred)

    def recall(self, level: str) -> float | None:
        return _ratio(self.counts(level).matched_gold, self.n_gold)

    def f1(self, level: str) -> float | None:
        p, r = self.precision(level) or 0.0, self.recall(level) or 0.0
        if not self.n_gold and not self.n_pred:
            return None
        return 2 * p * r / (p + r) if p + r else 0.0

    def speaker_accuracy(self, level: str) -> float | None:
        counts = self.counts(level)
        return _ratio(counts.speaker_right, counts.speaker_pairs)


@dataclass(frozen=True)
class RuleScore:
    """How often predictions of one extractor rule were right: for tuning."""

    rule: str
    n_pred: int
    matched: tuple[tuple[str, int], ...]

    def matched_rate(self, level: str) -> float | None:
        return _ratio(dict(self.matched)[level], self.n_pred)


@dataclass(frozen=True)
class Report:
    n_docs: int
    slices: tuple[SliceScore, ...]
    rules: tuple[RuleScore, ...]
    #: Predictions for documents that are not in the gold file (or not in the chosen split).
    ignored_predictions: int
    ignored_documents: int
    #: Predictions whose ``quote`` is not the gold text at their offsets: a sign of offset bugs.
    offset_mismatches: int

    def slice(self, name: str) -> SliceScore:
        return next(s for s in self.slices if s.name == name)

    def to_dict(self) -> dict[str, Any]:
        def level_dict(s: SliceScore, level: str) -> dict[str, Any]:
            c = s.counts(level)
            return {
                "precision": s.precision(level),
                "recall": s.recall(level),
                "f1": s.f1(level),
                "speaker_accuracy": s.speaker_accuracy(level),
                "matched_gold": c.matched_gold,
                "matched_pred": c.matched_pred,
                "speaker_right": c.speaker_right,
                "speaker_pairs": c.speaker_pairs,
            }

        return {
            "documents": self.n_docs,
            "ignored_predictions": self.ignored_predictions,
            "ignored_documents": self.ignored_documents,
            "offset_mismatches": self.offset_mismatches,
            "slices": {
                s.name: {
                    "n_gold": s.n_gold,
                    "n_pred": s.n_pred,
                    **{lv.name: level_dict(s, lv.name) for lv in MATCH_LEVELS},
                }
                for s in self.slices
            },
            "rules": {r.rule: {"n_pred": r.n_pred, **{name: count for name, count in r.matched}} for r in self.rules},
        }


def score(gold_docs: Mapping[str, GoldDoc], predictions: Mapping[str, Sequence[Mapping[str, Any]]]) -> Report:
    """Score predictions (grouped by doc id) against gold documents; see the module doc for the rules."""
    n_gold: Counter[str] = Counter()
    n_pred: Counter[str] = Counter()
    counts: dict[tuple[str, str], Counter[str]] = {(s.name, lv.name): Counter() for s in SLICES for lv in MATCH_LEVELS}
    rule_total: Counter[str] = Counter()
    rule_matched: dict[str, Counter[str]] = {lv.name: Counter() for lv in MATCH_LEVELS}
    mismatches = 0

    for doc_id, doc in gold_docs.items():
        preds = list(predictions.get(doc_id, ()))
        pred_spans = [trim_span(doc.text, int(p["quote_start"]), int(p["quote_end"])) for p in preds]
        gold_spans = [(g.start, g.end) for g in doc.quotes]
        mismatches += sum(
            1 for p in preds if "quote" in p and doc.text[int(p["quote_start"]) : int(p["quote_end"])] != p["quote"]
        )
        for s in SLICES:
            n_gold[s.name] += sum(1 for g in doc.quotes if s.gold(g))
            n_pred[s.name] += sum(1 for p in preds if s.prediction(p))
        for p in preds:
            rule_total[str(p.get("rule") or "")] += 1
        for level in MATCH_LEVELS:
            pairs = pair_spans(gold_spans, pred_spans, level)
            for pi, gi in pairs.items():
                rule_matched[level.name][str(preds[pi].get("rule") or "")] += 1
                gold, pred = doc.quotes[gi], preds[pi]
                right = speaker_matches(gold, pred) if gold.speaker else None
                for s in SLICES:
                    c = counts[(s.name, level.name)]
                    if s.prediction(pred):
                        c["matched_pred"] += 1
                    if s.gold(gold):
                        c["matched_gold"] += 1
                        if right is not None:
                            c["speaker_pairs"] += 1
                            c["speaker_right"] += int(right)

    ignored = {doc_id: len(preds) for doc_id, preds in predictions.items() if doc_id not in gold_docs}
    slices = tuple(
        SliceScore(
            s.name,
            n_gold[s.name],
            n_pred[s.name],
            tuple((lv.name, LevelCounts(**counts[(s.name, lv.name)])) for lv in MATCH_LEVELS),
        )
        for s in SLICES
    )
    rules = tuple(
        RuleScore(rule, total, tuple((lv.name, rule_matched[lv.name][rule]) for lv in MATCH_LEVELS))
        for rule, total in sorted(rule_total.items(), key=lambda item: (-item[1], item[0]))
        if rule
    )
    return Report(len(gold_docs), slices, rules, sum(ignored.values()), len(ignored), mismatches)


# --------------------------------------------------------------------------- output


def _cell(value: float | None) -> str:
    return "    -" if value is None else f"{value:5.3f}"


def format_report(report: Report) -> str:
    """Fixed-width table: one row per slice, P/R/F1 at each level, speaker accuracy, counts."""
    strict, loose = STRICT.name, LOOSE.name
    header = (
        f"{'slice':<8} {'P@.8':>5} {'R@.8':>5} {'F1@.8':>5} {'P@.3':>5} {'R@.3':>5} {'F1@.3':>5} "
        f"{'spk@.8':>6} {'spk@.3':>6} {'n_gold':>7} {'n_pred':>7}"
    )
    lines = [header, "-" * len(header)]
    for s in report.slices:
        lines.append(
            f"{s.name:<8} {_cell(s.precision(strict))} {_cell(s.recall(strict))} {_cell(s.f1(strict))} "
            f"{_cell(s.precision(loose))} {_cell(s.recall(loose))} {_cell(s.f1(loose))} "
            f"{_cell(s.speaker_accuracy(strict)):>6} {_cell(s.speaker_accuracy(loose)):>6} "
            f"{s.n_gold:>7} {s.n_pred:>7}"
        )
    lines.append(f"documents: {report.n_docs}")
    if report.ignored_predictions:
        lines.append(
            f"ignored: {report.ignored_predictions} predictions for {report.ignored_documents} documents not in gold"
        )
    if report.offset_mismatches:
        lines.append(
            f"warning: {report.offset_mismatches} predictions whose quote text differs from the text at their offsets"
        )
    if report.rules:
        lines.append("")
        lines.append(format_rules(report))
    return "\n".join(lines)


def format_rules(report: Report) -> str:
    width = max([len("rule")] + [len(r.rule) for r in report.rules])
    lines = [f"{'rule':<{width}} {'n_pred':>7} {'match@.8':>8} {'match@.3':>8}"]
    for r in report.rules:
        strict, loose = _cell(r.matched_rate(STRICT.name)), _cell(r.matched_rate(LOOSE.name))
        lines.append(f"{r.rule:<{width}} {r.n_pred:>7} {strict:>8} {loose:>8}")
    return "\n".join(lines)


def run_eval(
    gold_path: str, pred_path: str, *, split: str | None = None, as_json: bool = False, out: TextIO | None = None
) -> int:
    """The ``quotes eval`` command: print the table (or JSON); 0 on success, 2 when a file is unusable."""
    out = out if out is not None else sys.stdout
    try:
        gold = load_gold(gold_path, split=split)
        predictions = load_predictions(pred_path)
    except EvalInputError as error:
        print(f"quotes eval: {error}", file=sys.stderr)
        return 2
    if not gold:
        where = f" in split {split!r}" if split else ""
        print(f"quotes eval: no gold documents{where} in {gold_path}", file=sys.stderr)
        return 2
    report = score(gold, predictions)
    if as_json:
        out.write(json.dumps(report.to_dict(), indent=2) + "\n")
    else:
        out.write(format_report(report) + "\n")
    return 0
