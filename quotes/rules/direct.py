"""Direct quotes: who said a quoted span, found by the cue just after it or just before it, or by a
colon that introduces it."""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import islice

from spacy.tokens import Doc, Token

from quotes.lexicon import ADDRESSEE_VERBS, speech_lemma
from quotes.parsing import doc_text, token_index_at
from quotes.rules.common import LocalQuote, QuoteIndex, according_to_source, inside_quotes, is_speech_verb, subject_of
from quotes.rules.headline import headline_lead
from quotes.syntax import NOMINAL_SUBJECT_DEPS, SENTENCE_END_TOKENS, is_verb

#: Entity types that can say something.
SPEAKER_ENTITY_TYPES = frozenset({"PERSON", "ORG", "NORP", "GPE"})
#: How far (in tokens) a cue may sit from the quote it introduces, outside quote marks.
CUE_WINDOW_TOKENS = 30


def attribute_direct(
    doc: Doc, quote: LocalQuote, quotes: QuoteIndex
) -> tuple[Token | None, Token | None, str]:
    """Cue token, speaker head and rule name for a quoted span, looking just after it, then before it."""
    after = _window_after(doc, quote, quotes)
    before = _window_before(doc, quote, quotes)
    labelled = round_up_label(before)
    if labelled is not None:
        return before[0], labelled, "direct.colon_intro"
    credited = dash_credit(doc, quote, before)
    if credited is not None:
        return None, credited, DASH_CREDIT
    for tokens, rule in ((after, "direct.cue_after"), (before, "direct.cue_before")):
        for token in tokens:
            if token.lower_ == "according" and token.i + 1 < len(doc) and doc[token.i + 1].lower_ == "to":
                return token, according_to_source(token) or _nearest_name(tokens, token), "direct.according_to"
            if is_speech_verb(token):
                token = _main_clause_cue(token)
                speaker = subject_of(token, through_control=True)
                if speaker is not None and _speaker_phrase_holds(speaker, quote):
                    continue  # the quote names the speaker ("Residents of “the Flats” said …")
                if speaker is None or inside_quotes(speaker, quotes):
                    speaker = _nearest_name(tokens, token)
                return token, speaker, rule
    introduced = colon_intro_in_sentence(before)
    if introduced is not None:
        return (*introduced, "direct.colon_intro")
    lead = headline_lead(doc, quotes)
    if lead is not None:
        return (*lead, "direct.headline_lead")
    return None, None, "direct.no_cue"


def colon_intro_in_sentence(before: Sequence[Token]) -> tuple[Token, Token | None] | None:
    """`Rubio fired back: “…”`, `Clinton: "…"`: a colon right before the quote hands it to the subject
    of the words before the colon (any verb will do: "fired back", "delivered a blunt message"), or
    to a bare name standing alone before it."""
    if not before or before[0].text != ":":
        return None
    clause = list(reversed(before[1:]))  # text order, up to the sentence start or a previous quote
    if not clause:
        return None
    verbs = [t for t in clause if is_verb(t) and (t.head not in clause or t.head.i == t.i)]
    if verbs:
        speaker = subject_of(verbs[-1])
        return (verbs[-1], speaker) if speaker is not None else None
    names = [t for t in clause if t.pos_ == "PROPN" or t.ent_type_ in SPEAKER_ENTITY_TYPES]
    if names and len(clause) <= 6:
        return before[0], names[-1]
    return None


#: Dashes that end a round-up item's heading before the label naming who is quoted.
_HEADING_DASHES = frozenset({"-", "--", "—", "–"})
#: At most this many tokens in the name of a round-up label ("Former Gov. Jane Q. Doe").
_LABEL_NAME_TOKENS = 6


def round_up_label(before: Sequence[Token]) -> Token | None:
    """Round-ups quote under a label, "Jane Doe, The Daily Record:" or "Polls missed it - Carl Bialik:":
    the speaker is the name opening the label (what follows its comma is an outlet or a role), and a
    heading before a dash is no part of it. Only verbless labels count: "Rubio fired back:" is a clause.
    ``before`` is the window before the quote, nearest token first."""
    if not before or before[0].text != ":":
        return None
    clause = list(reversed(before[1:]))
    dashes = [i for i, t in enumerate(clause) if t.text in _HEADING_DASHES and t.whitespace_]
    label = list(clause[dashes[-1] + 1 :] if dashes else clause)
    if any(is_verb(t) for t in label):
        return None
    return credited_name(label)  # "Jane Doe" → Doe; "Mark Stone and Ann Lee" → Stone, with its conjunct


def credited_name(label: Sequence[Token]) -> Token | None:
    """The head of the name that credits a quote, before any comma ("Jane Doe, The Daily Record" → Doe;
    what follows the comma is an outlet or a role): one proper-noun head, a name-sized phrase."""
    commas = [i for i, t in enumerate(label) if t.text == ","]
    name = label[: commas[0]] if commas else label
    roots = [t for t in name if t.head not in name or t.head == t]
    if not name or len(name) > _LABEL_NAME_TOKENS or len(roots) != 1:
        return None
    return roots[0] if roots[0].pos_ == "PROPN" else _named_in_apposition(roots[0], name)


def _named_in_apposition(role: Token, label: Sequence[Token]) -> Token | None:
    """ "Merritt resident Doug Abernathy", "city councillor Jane Roe": a role the parser made the head,
    with the person's name in apposition to it inside the label; the name credits the quote."""
    names = [t for t in label if t.head == role and t.dep_ == "appos" and t.pos_ == "PROPN" and t.i > role.i]
    return names[0] if role.pos_ == "NOUN" and len(names) == 1 else None


#: A quote credited by a dash after it: “…” ― Jane Doe, mayor. The dash is no cue (no words of saying).
DASH_CREDIT = "direct.dash_credit"
#: Dashes that credit a quote to the name after them (a spaced hyphen is too common in prose to count).
_CREDIT_DASHES = frozenset({"―", "—", "–", "--"})
#: At most this many tokens in a dash credit, name and description ("Sen. John Roe, D-Ore., chairman").
_CREDIT_TOKENS = 16


def dash_credit(doc: Doc, quote: LocalQuote, before: Sequence[Token]) -> Token | None:
    """The name heading `“We will rebuild.” ― Jane Doe, mayor`: a paragraph that is nothing but a quote
    and a dash crediting it, the round-up and epigraph convention. The credit must end the paragraph,
    hold no verb ("the plan” — Smith said — …" is prose) and open with a capital ("” — and more" is
    the writer's); the name is the credit's part before any comma, what follows is a role."""
    if any(not t.is_punct for t in before):
        return None  # words before the quote: the dash belongs to the writer's sentence
    # One token past the longest credit is enough to reject a longer one; reading on to the paragraph's
    # end for every quote would make a long one-paragraph document quadratic.
    following = (t for t in doc[token_index_at(doc, quote.outer_end) :] if not t.is_space)
    credit = list(islice(following, _CREDIT_TOKENS + 1))
    if not credit or credit[0].text not in _CREDIT_DASHES or len(credit) > _CREDIT_TOKENS:
        return None
    while credit and credit[-1].is_punct:
        credit.pop()  # "― Jane Doe."
    label = credit[1:]
    if not label or not label[0].text[:1].isupper() or any(is_verb(t) or t.is_quote for t in label):
        return None
    return credited_name(label)


def colon_intro_in_previous_paragraph(previous_text: str, previous_doc: Doc) -> tuple[Token, Token] | None:
    """A paragraph ending in ":" ("Trump wrote on Twitter:") introduces the quote that opens the next
    paragraph: cue and speaker are the root and subject of its last sentence. Unlike
    :func:`colon_intro_in_sentence`, which reads the words before a colon in the quote's own sentence,
    this needs the parse of a whole sentence and a subject."""
    if previous_text[-1] != ":" or not previous_doc.has_annotation("DEP"):
        return None
    last = list(previous_doc.sents)[-1]
    label = round_up_label(list(reversed(last)))  # "Jane Doe, The Daily Record:" on a line of its own
    if label is not None:
        return last[-1], label
    root = _pointed_clause(last.root)
    head = subject_of(root)
    return (_speech_verb_below(root), head) if head is not None else None


#: Words opening the clause a pointing intro names ("Here's what she said:", "This is how he put it:").
_POINTED_WH = frozenset({"what", "how"})


def _pointed_clause(root: Token) -> Token:
    """The verb of the clause a pointing intro names: "Here's what Jane Doe had to say:" → had (its
    subject is the speaker, "say" below it the cue), "This is how he put it:" → put. Only a copula
    root with a clausal complement opened by "what"/"how" whose verb is one of saying ("put" as in "put
    it"); any other root is returned as it is ("This is the plan:" keeps "This", and "Here's what she
    wanted:" names no words)."""
    if root.lemma_ != "be" and root.lower_ not in ("'s", "’s", "is", "was"):
        return root
    for child in root.children:
        if (
            child.dep_ == "ccomp"
            and child.i > root.i
            and child.left_edge.lower_ in _POINTED_WH
            and (child.lower_ == "put" or speech_lemma(_speech_verb_below(child).text) is not None)
        ):
            return child
    return root


def _speech_verb_below(root: Token) -> Token:
    """The speech verb a colon intro's root governs, which is the cue: "was quick to respond:" →
    respond, "went on to say:" → say, "had this to say:" → say; else the root itself ("Trump wrote on
    Twitter:", "Her reply was blunt:")."""
    if speech_lemma(root.text) is not None:
        return root
    for child in root.children:
        below = [child, *(c for c in child.children if c.dep_ == "xcomp")] if child.dep_ == "acomp" else [child]
        for word in below:
            if word.dep_ == "xcomp" and speech_lemma(word.text) is not None:
                return word
    return root


#: At most this many words in a sentence that is nothing but a cue ("“… missing.” Trump said.").
_BARE_CUE_WORDS = 4


def ends_its_sentence(doc: Doc, quote: LocalQuote) -> bool:
    """`“We have no plans.” She added that …`: a quote whose last word is followed by a full stop
    inside the marks, with no comma after it, closes its sentence, so the sentence after it is another
    statement and not its cue. An ellipsis ("“We'll see…” he said") leaves the sentence open,
    "U.S.,” she said" has its comma, and a lower-case word after the marks ("“… taxes.” she said") or
    a bare cue sentence ("“… taxes.” Trump said.") shows the writer meant the quote's cue."""
    text = doc_text(doc)
    if text[quote.end - 1] != "." or text[quote.end - 2 : quote.end] == ".." or quote.outer_end <= quote.end:
        return False
    if "," in text[quote.end : quote.outer_end] or text[quote.outer_end :].lstrip()[:1].islower():
        return False
    words = 0
    for token in doc[token_index_at(doc, quote.outer_end) :]:
        if token.text in SENTENCE_END_TOKENS or words > _BARE_CUE_WORDS:
            return words > _BARE_CUE_WORDS  # past a bare cue's length the sentence's end need not be found
        words += not token.is_punct
    return True


def _window_after(doc: Doc, quote: LocalQuote, quotes: QuoteIndex) -> list[Token]:
    tokens: list[Token] = []
    if ends_its_sentence(doc, quote):
        return tokens
    for token in doc[token_index_at(doc, quote.outer_end) :]:
        if inside_quotes(token, quotes):
            if in_nickname(doc, token, quotes):
                continue  # “…!” Del. Marcia “Cia” Price shouted: the speaker's name goes on
            break
        if len(tokens) >= CUE_WINDOW_TOKENS:
            break
        if token.text in SENTENCE_END_TOKENS:
            break
        tokens.append(token)
    return tokens


#: A nickname: one or two capitalised words, nothing else.
_NICKNAME = re.compile(r"[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*)?")


def in_nickname(doc: Doc, token: Token, quotes: QuoteIndex) -> bool:
    """Is the token inside a nickname in quote marks between a given name and a surname (Marcia “Cia”
    Price, Dwayne “The Rock” Johnson)? Such marks are part of a name, not a quote."""
    text = doc_text(doc)
    for index in quotes.overlapping(token.idx, token.idx + 1):
        quote = quotes[index]
        if not _NICKNAME.fullmatch(text[quote.start : quote.end]):
            continue
        # only the words next to the marks: splitting the whole paragraph for every quote is quadratic
        before = text[: quote.outer_start].rsplit(maxsplit=1)
        after = text[quote.outer_end :].split(maxsplit=1)
        if (
            before
            and before[-1][:1].isupper()
            and before[-1][-1:].isalpha()
            and after
            and after[0][:1].isupper()
        ):
            return True
    return False


def _window_before(doc: Doc, quote: LocalQuote, quotes: QuoteIndex) -> list[Token]:
    tokens: list[Token] = []
    for token in reversed(doc[: token_index_at(doc, quote.outer_start)]):
        if inside_quotes(token, quotes) or len(tokens) >= CUE_WINDOW_TOKENS or token.text in SENTENCE_END_TOKENS:
            break
        tokens.append(token)
    return tokens  # nearest first


def _main_clause_cue(verb: Token) -> Token:
    """ "“…,” the senator who wrote “The Art of the Deal” said": a speech verb in a relative clause
    of the subject of another speech verb describes the speaker; that other verb is the cue (even
    past a quoted title, where the cue window stops)."""
    noun = verb.head
    if verb.dep_ == "relcl" and noun.dep_ in NOMINAL_SUBJECT_DEPS and is_speech_verb(noun.head):
        return noun.head
    return verb


def _speaker_phrase_holds(speaker: Token, quote: LocalQuote) -> bool:
    """Does the speaker's phrase, headed before the quote, contain the quoted span (“Residents of the
    area, known as “the Flats,” said …”)? Then the quote is part of a name, not what the cue's subject
    said. A head after the quote ("“…,” Sarandon, 69, told MSNBC") is the parser hanging the quote
    on the speaker by mistake."""
    last = speaker.right_edge
    if speaker.idx > quote.outer_start:
        return False
    return speaker.left_edge.idx <= quote.start and quote.end <= last.idx + len(last)


def _addressees(cue: Token) -> set[int]:
    """Token indices of whom a tell-verb's object names ("“…,” Mrs Smith, 54, told MailOnline")."""
    if speech_lemma(cue.lower_) not in ADDRESSEE_VERBS:
        return set()
    return {t.i for child in cue.children if child.dep_ in ("dobj", "dative") for t in child.subtree}


def _described_person(token: Token) -> Token | None:
    """"Flynn, a top Trump surrogate, said": a name modifying the noun of an appositive describes the
    person the appositive is about, who is the one speaking."""
    modifier = token
    for _ in range(3):  # "a top Doe surrogate", "the Doe campaign's pollster"
        if modifier.dep_ not in ("compound", "amod", "poss", "nmod"):
            return None
        modifier = modifier.head
        if modifier.dep_ == "appos":
            break
    if modifier.dep_ != "appos":
        return None
    person = modifier.head
    return person if person.pos_ == "PROPN" or person.ent_type_ == "PERSON" else None


def _nearest_name(window: Sequence[Token], cue: Token) -> Token | None:
    """When the parse gives the cue no subject: the closest name or pronoun next to it, not the
    addressee of a tell-verb."""
    best = None
    best_distance = 0
    addressees = _addressees(cue)
    for token in window:
        if token.ent_type_ in ("DATE", "TIME") or token.dep_ == "pobj" or token.i in addressees:
            continue  # "tweeted on Wednesday": a weekday is no speaker
        if token.pos_ in ("PROPN", "PRON") or token.ent_type_ in SPEAKER_ENTITY_TYPES:
            if token.lower_ in ("it", "this", "that", "what", "which", "who"):
                continue
            distance = abs(token.i - cue.i)
            if distance <= 6 and (best is None or distance < best_distance):
                best, best_distance = _described_person(token) or token, distance
    if best is not None and best.ent_type_ and best.ent_iob_ != "B":
        # use the entity's last token as head, the speaker module expands to the full mention
        ent = next((e for e in best.doc.ents if e.start <= best.i < e.end), None)
        if ent is not None:
            return ent.root
    return best

