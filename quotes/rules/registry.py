"""The rule table: every rule a record can name, its family and its confidence.

``confidence`` is the belief that a record of the rule is a real, correctly bounded quote: the rule's
precision at F@.8 on PolNeAR *train*. ``benchmarks/calibrate.py`` recomputes it and prints the drift
from the values here.
"""

from __future__ import annotations

from dataclasses import dataclass

#: A pronoun or role speaker resolved by coreference is less sure than a named one.
RESOLVED_SPEAKER_PENALTY = 0.9


@dataclass(frozen=True)
class Rule:
    name: str
    #: "direct" (a quoted span and its cue), "reported" (a cue and the clause it reports) or "mixed"
    #: (a quoted phrase inside the cue's complement).
    family: str
    confidence: float
    summary: str


class UnknownRule(KeyError):
    """A rule name that is not in :data:`RULES`: a bug in the rules, never a default."""


RULES: dict[str, Rule] = {
    rule.name: rule
    for rule in (
        Rule("direct.cue_after", "direct", 0.95, "“…,” she said"),
        Rule("direct.continued", "direct", 0.95, "a quote with no cue continuing the previous speaker"),
        Rule("direct.cue_before", "direct", 0.83, "She said, “…”"),
        Rule("reported.participle", "reported", 0.83, "…, saying the plan would fail"),
        Rule("reported.parataxis", "reported", 0.8, "The plan, he said, will fail"),
        Rule("direct.according_to", "direct", 0.8, "“…,” according to X"),
        Rule("reported.that_clause", "reported", 0.79, "X said (that) the plan will fail"),
        Rule("mixed.lead_in", "mixed", 0.78, "X says if elected “I will …”: content opens before the quote"),
        Rule("reported.cue_after", "reported", 0.76, "The plan will fail, X said"),
        Rule("direct.colon_intro", "direct", 0.76, "X fired back: “…”, or a paragraph ending in a colon"),
        Rule("reported.listed", "reported", 0.7, "X is demanding: ⏎ - smaller classes; (one record per item)"),
        Rule("direct.named_after", "direct", 0.76, "“…” ⏎ That was the message from X (named in the next paragraph)"),
        Rule("direct.dash_credit", "direct", 0.76, "“…” ― Jane Doe, mayor: a quote credited by a dash"),
        Rule("reported.according_to", "reported", 0.72, "According to X, the plan will fail"),
        Rule("reported.label", "reported", 0.72, "Trump: My plans are not set in stone. (headline, transcript)"),
        Rule("reported.question", "reported", 0.68, "Asked whether he would run, …: a question by somebody unnamed"),
        Rule("reported.introduced_post", "reported", 0.6, "One activist tweeted: ⏎ <an embedded post>"),
        Rule("reported.infinitive", "reported", 0.63, "X vowed to fight the plan"),
        Rule("reported.gerund", "reported", 0.6, "X proposed raising the tax"),
        Rule("reported.passive", "reported", 0.7, "The deal was announced by the union; it was reported that …"),
        Rule("direct.headline_lead", "direct", 0.6, "Senator Said Reform “Has To Start At Home.” “…”"),
        Rule("direct.no_cue", "direct", 0.63, "a sentence-like quote opening a paragraph, speaker unknown"),
        Rule("mixed.cue_phrase", "mixed", 0.68, "X called the plan “a disaster”"),
        Rule("mixed.that_clause", "mixed", 0.58, "X found that the chief had “lost track”: any verb's clause"),
        Rule("mixed.as_phrase", "mixed", 0.72, "X heralded the deal as a “breakthrough”: any verb casting its object"),
        Rule("mixed.continued", "mixed", 0.81, "“…,” he said. But “…”: a sentence going on with the previous speaker"),
        Rule("mixed.that_quote", "mixed", 0.9, "X said that “…”: quoted words as the complement of 'that'"),
        Rule("mixed.run_on", "mixed", 0.71, "“We are happy” about the ruling, she said: words after the quote"),
        Rule("reported.as_clause", "reported", 0.57, "As X noted, the plan will fail"),
        Rule("reported.noun_clause", "reported", 0.4, "X's claim that the plan will fail"),
        Rule("reported.object", "reported", 0.58, "X announced new measures against inversions"),
        Rule("reported.topic", "reported", 0.68, "X wrote (talked) about the rights of victims; X called for a ban"),
        Rule("reported.object_clause", "reported", 0.08, "X stressing the plan is unchanged (misparse repaired)"),
    )
}


def rule_named(name: str) -> Rule:
    try:
        return RULES[name]
    except KeyError:
        raise UnknownRule(f"no rule named {name!r} in quotes.rules.registry.RULES") from None
