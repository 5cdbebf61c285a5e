"""The rule table is the one list of rules: what the code can emit is registered, and nothing else is."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from quotes.rules import RULES, UnknownRule, rule_named

SOURCE = Path(__file__).resolve().parents[1] / "quotes"
#: A rule name as it appears in code: a string literal "family.name".
RULE_LITERAL = re.compile(r"""["']((?:direct|reported|mixed)\.[a-z_]+)["']""")


def _rule_literals() -> set[str]:
    names: set[str] = set()
    for path in SOURCE.rglob("*.py"):
        if path.name != "registry.py":
            names.update(RULE_LITERAL.findall(path.read_text(encoding="utf-8")))
    return names


def test_every_rule_name_in_the_code_is_registered():
    assert _rule_literals() - set(RULES) == set()


def test_every_registered_rule_is_named_in_the_code():
    assert set(RULES) - _rule_literals() == set()


@pytest.mark.parametrize("name", sorted(RULES))
def test_registered_rule_is_consistent(name):
    rule = RULES[name]
    assert rule.name == name and name.split(".")[0] == rule.family and 0 < rule.confidence <= 1


def test_unknown_rule_name_is_an_error_not_a_default():
    with pytest.raises(UnknownRule):
        rule_named("direct.made_up")


def test_records_carry_the_registered_confidence(extract):
    records = extract("“The bridge is safe,” Maria Lopez said.")
    assert records[0]["confidence"] == RULES[records[0]["rule"]].confidence
