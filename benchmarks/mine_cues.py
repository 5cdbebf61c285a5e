"""Mine PolNeAR train cues against our cue lexicon: what we cover, what we exclude, what we miss.

    python benchmarks/mine_cues.py [--split-file PATH] [--top 40]

Prints the share of gold attributions whose cue contains a speech verb of ``quotes.lexicon``, an
excluded belief/perception verb, "according to", or none of these, and the most frequent cue words
in the last group (candidates to add). Reads ``../shared/eval`` and exits 0 when it is absent.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path

from quotes.lexicon import EXCLUDED_VERB_FORMS, SPEECH_NOUNS, SPEECH_VERB_FORMS

DEFAULT_GOLD = Path(__file__).resolve().parents[2] / "shared" / "eval" / "polnear-train.jsonl"
WORD = re.compile(r"[a-z]+")
FUNCTION_WORDS = frozenset(
    "a an the of about for to on as in against with at by over from out up is was were are be been has have had "
    "also not did does do his her their its it".split()
)


def classify(cue: str | None) -> tuple[str, str | None]:
    if not cue or not cue.strip():
        return "no cue", None
    words = WORD.findall(cue.lower())
    if "according" in words:
        return "according to", "according"
    if cue.strip() == ":" or cue.strip().endswith(":") and not words:
        return "colon", None
    for word in words:
        if word in SPEECH_VERB_FORMS:
            return "speech verb", SPEECH_VERB_FORMS[word]
    for word in words:
        if word in SPEECH_NOUNS:
            return "speech noun", word
    for word in words:
        if word in EXCLUDED_VERB_FORMS:
            return "excluded (belief/perception)", EXCLUDED_VERB_FORMS[word]
    content = [w for w in words if w not in FUNCTION_WORDS]
    return "other", (content or words or [cue.strip()])[0]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split-file", type=Path, default=DEFAULT_GOLD)
    parser.add_argument("--top", type=int, default=40)
    args = parser.parse_args(argv)
    if not args.split_file.exists():
        print(f"skipped: {args.split_file} not found", file=sys.stderr)
        return 0
    groups: Counter[str] = Counter()
    lemmas: dict[str, Counter[str]] = {}
    with args.split_file.open(encoding="utf-8") as lines:
        for line in lines:
            for quote in json.loads(line)["quotes"]:
                group, lemma = classify(quote.get("cue"))
                groups[group] += 1
                lemmas.setdefault(group, Counter())[lemma or "-"] += 1
    total = sum(groups.values())
    print(f"{total} gold attributions in {args.split_file.name}")
    for group, count in groups.most_common():
        top = ", ".join(f"{w} {n}" for w, n in lemmas[group].most_common(12))
        print(f"  {group:30} {count:6} {count / total:6.1%}   {top}")
    print(f"\nmost frequent cue words outside the lexicon (candidates), top {args.top}:")
    print("  " + ", ".join(f"{w} {n}" for w, n in lemmas.get("other", Counter()).most_common(args.top)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
