"""Cue normalisation: the meaning-bearing lemma of a cue string, and whether it is a cue of speech.

Deliberately independent of ``quotes.lexicon`` and of spaCy, so that tuning the extractor's lexicon or
model cannot move the benchmark.
"""

from __future__ import annotations

import re

#: Lemmas of cues that introduce *speech* (something said or written), for the ``speech`` slice.
#: Mined from the cue strings of PolNeAR train (every verb of saying/writing that occurs ≥ 5 times,
#: plus the Levin 37.x verbs news uses). Left out on purpose: belief, perception, desire,
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
