"""Where an organisation's name runs on past the words the tagger and parser gave it.

Two forms are cut short by the small English model:
- a French name ("la Fédération interprofessionnelle de la santé du Québec", "Confédération des
  syndicats nationaux"): the tagger knows the capitalised head, not the French words after it;
- an English name with an "of" phrase ("Ontario Chamber of Commerce", "Federation of Canadian
  Municipalities"): the parser hangs the "of" phrase on the head, and the mention stops before it.

A mention ending in an organisation's head noun takes the words of its name that follow.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

#: Head nouns of French organisation names, as Quebec's unions, agencies and parties are named
#: (compiled by hand from their usual names: Fédération …, Confédération …, Centrale …, Syndicat …,
#: Société de transport …, Régie …, Office …).
FRENCH_ORG_HEADS = frozenset(
    """
    fédération confédération centrale syndicat association société regroupement alliance union conseil
    ordre office régie commission collège institut parti mouvement front caisse chambre coalition réseau
    comité ministère fondation université cégep bureau agence corporation centre ligue
    """.split()
)
#: Articles and prepositions that join the words of a French name ("de la", "du", "des", "et").
FRENCH_PARTICLES = frozenset("de des du la le les et pour en au aux sur d' l' d’ l’".split())
#: Elided particles written onto the next word ("l'enseignement", "d’énergie").
ELIDED_PARTICLES = frozenset({"l'", "d'", "l’", "d’"})
#: Endings of French adjectives that close a name ("nationaux", "publique", "québécois", "autonome").
FRENCH_ADJECTIVE_ENDINGS = ("aux", "ale", "ales", "ique", "iques", "ois", "oise", "ais", "aise", "elle",
                            "elles", "eux", "euse", "if", "ive", "ée", "ées", "és", "ienne", "ien", "ome")
#: Head nouns of English organisation names that an "of" phrase completes ("Chamber of Commerce").
ENGLISH_ORG_HEADS = frozenset(
    """
    chamber department ministry university bank board council association federation institute society
    union college court commission foundation agency authority office league coalition alliance
    """.split()
)
#: Joining words inside an English name's "of" phrase ("Department of Fisheries and Oceans").
ENGLISH_JOINERS = frozenset({"and", "&", "the", "of"})


def name_end(doc: Doc, start: int, end: int) -> int:
    """The end of the organisation name that ``doc[start:end]`` begins: ``end`` itself unless the
    mention ends in an organisation's head noun followed by the rest of its French name or its
    English "of" phrase."""
    if end >= len(doc) or end <= start:
        return end
    last = doc[end - 1]
    if not last.text[:1].isupper():
        return end
    head = last.lower_
    if head in FRENCH_ORG_HEADS:
        return _french_end(doc, end)
    if head in ENGLISH_ORG_HEADS and doc[end].lower_ == "of":
        return _english_end(doc, end)
    return end


def organisation_name(head: Token, span: Span) -> Span | None:
    """The whole name of the organisation a subject mention names, when its head is an organisation's
    head noun ("The Ontario Chamber of Commerce", "Centrale des syndicats") or a word of the French
    name after one ("The Société de transport de Montréal", head "Montréal"); None otherwise."""
    doc = head.doc
    name = None
    for token in doc[span.start : head.i + 1]:
        if _org_head(token, FRENCH_ORG_HEADS):
            end = _french_end(doc, token.i + 1)
            if token.i <= head.i < end:
                name = doc[span.start : max(end, span.end)]
                break
    if name is None and _org_head(head, ENGLISH_ORG_HEADS):
        name = doc[span.start : name_end(doc, span.start, max(span.end, head.i + 1))]
    return None if name is None or _tagged_whole(named_part(name)) else name


def named_part(name: Span) -> Span:
    """The name itself, without the words before its first capital ("the nonpartisan Commission on
    Presidential Debates" → "Commission on Presidential Debates")."""
    first = next((t.i for t in name if t.text[:1].isupper() and t.pos_ != "DET"), name.start)
    return name.doc[first : name.end]


def _tagged_whole(name: Span) -> bool:
    """The tagger already has the whole name as organisation ("the Tax Foundation", also in pieces it
    joins: "Department of Fisheries and" + "Oceans"): its reading stands."""
    words = [t for t in name if t.is_alpha and t.lower_ not in ENGLISH_JOINERS]
    after = name.end < len(name.doc) and name.doc[name.end].ent_iob_ == "I"
    return bool(words) and not after and all(t.ent_type_ == "ORG" for t in words)


def _org_head(token: Token, heads: frozenset[str]) -> bool:
    return token.text[:1].isupper() and token.lower_ in heads and token.ent_type_ != "PERSON"


def _french_end(doc: Doc, end: int) -> int:
    """After the head: an adjective, then particle-led words each with adjectives after them
    ("interprofessionnelle de la santé du Québec"); at least one particle, else nothing is French."""
    i, found = end, end
    if _french_adjective(doc, i) and i + 1 < len(doc) and doc[i + 1].lower_ in FRENCH_PARTICLES:
        i += 1
    while i < len(doc) and (doc[i].lower_ in FRENCH_PARTICLES or _elided(doc[i].lower_)):
        if _elided(doc[i].lower_):  # "l'enseignement" as one token
            i += 1
        else:
            while i < len(doc) and doc[i].lower_ in FRENCH_PARTICLES:
                i += 1
            if i >= len(doc) or not (doc[i].is_alpha or _elided(doc[i].lower_)):
                break
            i += 1
        while _french_adjective(doc, i):
            i += 1
        found = i
    return found


def _elided(word: str) -> bool:
    """ "l'enseignement", "d'énergie": an elided article or preposition and its word in one token."""
    return len(word) > 2 and word[:2] in ELIDED_PARTICLES and word[2:].isalpha()


def _french_adjective(doc: Doc, i: int) -> bool:
    return i < len(doc) and doc[i].is_alpha and doc[i].is_lower and doc[i].lower_.endswith(FRENCH_ADJECTIVE_ENDINGS)


def _english_end(doc: Doc, end: int) -> int:
    """ "of", an optional "the", and capitalised words, also joined by "and" or "of" before another
    capitalised word: "of Commerce", "of Fisheries and Oceans"; not "of Justice and the FBI"."""
    i = end + 1
    if i < len(doc) and doc[i].lower_ == "the":
        i += 1
    found = end
    while i < len(doc) and _capitalised(doc, i):
        found = i = i + 1
        if i + 1 < len(doc) and doc[i].lower_ in ENGLISH_JOINERS - {"the"} and _capitalised(doc, i + 1):
            i += 1
    return found


def _capitalised(doc: Doc, i: int) -> bool:
    return doc[i].is_alpha and doc[i].text[:1].isupper()
