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

Modules: ``cues`` (cue lemmas, the speech slice), ``matching`` (trimming, pairing), ``gold`` (reading
files), ``speakers`` (lenient and strict speaker rules), ``scoring`` (slices, P/R/F1), ``report``
(tables), ``attributions``/``dating``/``naming`` (the per-attribution dates and speaker-name gold),
``command`` (``run_eval``).
"""

from quotes.evaluate.command import run_eval
from quotes.evaluate.cues import SPEECH_CUE_LEMMAS, is_speech_cue, lemmatise, normalise_cue
from quotes.evaluate.dating import DatesReport, format_dates, load_dates_gold, score_dates
from quotes.evaluate.gold import EvalInputError, GoldDoc, GoldQuote, load_gold, load_predictions
from quotes.evaluate.matching import LOOSE, MATCH_LEVELS, STRICT, MatchLevel, pair_spans, trim_span
from quotes.evaluate.naming import SpeakersReport, format_speakers, load_speakers_gold, score_speakers
from quotes.evaluate.report import format_report, format_rules
from quotes.evaluate.scoring import SLICES, Report, SliceScore, score
from quotes.evaluate.speakers import names_speaker, speaker_matches

__all__ = [
    "LOOSE",
    "MATCH_LEVELS",
    "SLICES",
    "SPEECH_CUE_LEMMAS",
    "STRICT",
    "DatesReport",
    "EvalInputError",
    "GoldDoc",
    "GoldQuote",
    "MatchLevel",
    "Report",
    "SliceScore",
    "SpeakersReport",
    "format_dates",
    "format_report",
    "format_rules",
    "format_speakers",
    "is_speech_cue",
    "lemmatise",
    "load_dates_gold",
    "load_gold",
    "load_predictions",
    "load_speakers_gold",
    "names_speaker",
    "normalise_cue",
    "pair_spans",
    "run_eval",
    "score",
    "score_dates",
    "score_speakers",
    "speaker_matches",
    "trim_span",
]
