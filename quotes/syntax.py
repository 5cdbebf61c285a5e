"""Shared conventions of the parse and of news text: dependency labels, sentence ends, datelines.

One home for each: where two jobs need different sets, they have two names here saying why.
Labels are spaCy's English (ClearNLP) dependency labels; tags are Penn Treebank tags.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Iterator

    from spacy.tokens import Token

# ------------------------------------------------------------------------------------ dependency labels

#: Subjects that name who says something: a noun phrase ("the mayor said").
NOMINAL_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
#: Any subject a cue verb can have, a clausal one included: the rules take whatever stands in subject
#: position as the speaker head and leave it to the speaker resolver to judge it.
SUBJECT_DEPS = NOMINAL_SUBJECT_DEPS | {"csubj"}
#: Subordinate links through which a subject-less cue ("…, saying …", "…, adding …") borrows the
#: subject of the clause it hangs from.
BORROWED_SUBJECT_DEPS = frozenset({"advcl", "conj", "pcomp", "acl"})
#: How a participle (VBG/VBN/VB) hangs from the clause it depends on: dating climbs these from a
#: participle to the clause whose time covers it. Unlike :data:`BORROWED_SUBJECT_DEPS` it takes
#: ``xcomp`` ("wants to say") and not ``conj``: a conjoined verb is an event of its own in time, while
#: it still shares the speaker of the first.
PARTICIPLE_HEAD_DEPS = frozenset({"advcl", "pcomp", "acl", "xcomp"})
#: Arguments of a verb (subject, object, apposition): a time word inside one describes that thing
#: ("the 2015 winner"), not when the words were said.
ARGUMENT_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "dative", "attr", "oprd", "appos", "agent"})
#: Links that lead into what was said or into another event, never to the saying itself.
CONTENT_DEPS = frozenset({"ccomp", "xcomp", "parataxis", "relcl", "csubj", "csubjpass"})
#: Children of a cue verb that make up what was said about something ("called [the plan] [“a disaster”]").
COMPLEMENT_DEPS = frozenset({"dobj", "ccomp", "xcomp", "oprd", "attr", "acomp", "dative"})
#: Links of a verb's object that a predicate may follow ("called [the plan] “a disaster”"): the parser
#: reads such an object as a second predicate ("oprd") as often as an object.
OBJECT_DEPS = frozenset({"dobj", "dative", "oprd"})
#: Tags of a finite verb: a verb with its own tense can start a clause of its own.
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})
#: Parts of speech of a verb (an auxiliary counts: "is", "has", "will").
VERB_POS = frozenset({"VERB", "AUX"})


def is_verb(token: Token) -> bool:
    return token.pos_ in VERB_POS


def is_verb_form(token: Token) -> bool:
    """A verb by part of speech or by Penn tag. Dating accepts either (a cue the tagger calls a noun
    but tags VBD still carries the time of saying); the quote rules require the part of speech."""
    return token.pos_ in VERB_POS or token.tag_.startswith("VB")


# ------------------------------------------------------------------------------------------ sentence ends

#: Tokens that end a sentence: the window in which a cue is looked for stops at them.
SENTENCE_END_TOKENS = frozenset({".", "!", "?"})
#: Characters after which a quote opens a new sentence (a closing mark ends the previous quote, a
#: colon introduces the quote).
SENTENCE_OPENERS_BEFORE_QUOTE = '.!?:”"’'
#: Words before a period that do not end a sentence ("Mr. Kato", "Sen. Graham", "Jan. 5", "No. 2").
#: Hand-made from the abbreviations common in English news; over-joining only costs parse time.
NON_FINAL_ABBREVIATIONS = frozenset(
    """
    Mr Mrs Ms Messrs Dr Prof Sen Sens Rep Reps Del Gov Govs Gen Lt Col Capt Cmdr Adm Maj Sgt Cpl Pvt Rev Hon
    Pres Supt Atty Fr Sr Jr St Ste Mt Ft Ave Blvd Rd Dept Dist Inc Corp Co Ltd Bros No Nos Vol Fig
    Coun Const Cst Insp Det Cllr
    Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec vs etc al approx est
    """.split()
)
#: A candidate sentence start for the cheap sentence splitter: terminal punctuation, closing marks,
#: whitespace, then what can start a sentence (capital, digit, opening mark). The word before it is
#: checked separately (abbreviations).
SENTENCE_BREAK = re.compile(r"[.!?…]+[\"”’»)\]]*\s+(?=[\"“‘«(\[]?[A-Z0-9])")


def ends_sentence(text: str, match: re.Match[str]) -> bool:
    """A :data:`SENTENCE_BREAK` match in ``text`` ends a sentence: the word before its punctuation is
    no abbreviation ("Mr.", "U.S.", "Jan.") and no single initial."""
    words = text[max(0, match.start() - 40) : match.start()].split()
    word = words[-1].lstrip("\"“‘«([") if words else ""
    return not (word in NON_FINAL_ABBREVIATIONS or (len(word) == 1 and word.isalpha()) or "." in word)


def sentence_breaks(text: str) -> Iterator[re.Match[str]]:
    """The :data:`SENTENCE_BREAK` matches in ``text`` that end a sentence (:func:`ends_sentence`)."""
    return (match for match in SENTENCE_BREAK.finditer(text) if ends_sentence(text, match))


#: A place to cut an over-long paragraph: any terminal punctuation and closing marks before
#: whitespace. Looser than :data:`SENTENCE_BREAK`, since a cut only has to avoid mid-sentence pieces.
SENTENCE_CUT = re.compile(r"[.!?][\"”’»)]*\s+")

# --------------------------------------------------------------------------------------------- datelines

#: "WASHINGTON, Feb. 16, 2021 (AP) —": a dateline near the top of an article that carries the date of
#: publication (group ``date``).
DATED_DATELINE = re.compile(
    r"^\s*[A-Z][A-Z.'’ -]{1,40}(?:,\s*[A-Z][A-Za-z.]+(?:\s+[A-Z][A-Za-z.]+)?)?,\s*"
    r"(?P<date>[^()\n–—-]{4,40}?)\s*(?:\([^)\n]{1,40}\)\s*)?[-–—]"
)
#: "LOS ANGELES, Feb. 2 (UPI) — " / "MOSCOW – " / "ST. JOHN’S, N.L. — " opening a paragraph, or with
#: the place in title case when an agency follows ("New York (AFP) – ", "Dec 29 (Reuters) - ") or when
#: an abbreviated province or state does ("Twillingate, N.L. — ", "Moose Jaw, Sask. — ", the dateline of
#: papers that set it in title case): a dateline is page furniture, never a speaker nor part of a quote
#: (``quotes.furniture`` cuts it from the paragraph).
DATELINE_PREFIX = re.compile(
    r"^(?:[A-Z][A-Z.'’ -]+(,[^—–\n(]{0,40})?(\s*\([^)\n]{1,30}\))?"
    r"|[A-Z][\w.'’ ]{1,30}?(,[^—–\n(]{0,40})?\s*\([A-Z][A-Za-z. ]{1,20}\)"
    r"|[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,3}, (?![JS]r\.)(?:[A-Z][a-z]{0,4}\.){1,3})\s[—–-]{1,2}(?:\s|$)"
)


#: Pronouns whose "'s" before a past form is "has" ("he's said"), not "is" or a possessive.
HE_SHE_WHO = frozenset({"he", "she", "who"})


def contracted_perfect(word: Token) -> bool:
    """ "he's said …", "she's told reporters …": a pronoun, the contraction, then a past form of the
    verb. The parser reads the contraction as a passive "is" (or worse), but a passive of saying with
    a person as subject is followed by "to" ("he's said to be …"), not by what was said; "it's said
    that …" is the passive."""
    doc = word.doc
    if word.i < 2 or doc[word.i - 1].lower_ not in ("'s", "’s") or doc[word.i - 2].lower_ not in HE_SHE_WHO:
        return False
    deps = {c.dep_ for c in word.children}
    return word.tag_ in ("VBD", "VBN") and bool(deps & {"ccomp", "dobj"}) and "xcomp" not in deps
