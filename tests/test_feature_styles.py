"""House styles of features, interviews and broadcast copy: an interview's name-prefixed turns, a pull
quote credited on the line below it, a photographer's bracketed caption credit, a broadcaster's show
named as the one told. One invented sentence or short article per case."""

from __future__ import annotations

import pytest

from quotes.furniture import trim_furniture
from quotes.segments import split_paragraphs


def the_record(records: list[dict], quote: str) -> dict:
    found = [r for r in records if r["quote"] == quote]
    assert len(found) == 1, [(r["quote"], r["rule"]) for r in records]
    return found[0]


# --------------------------------------------------------------- an interview turn opening with its name

INTERVIEW = "The Review: What would you tell the minister?\n\n"


@pytest.mark.parametrize(
    "turn, quote",
    [
        ("Brennan: I'd say, stop announcing targets and start announcing results.",
         "I'd say, stop announcing targets and start announcing results"),
        ("Okafor: I would tell her, frankly, that we have enough plans.",
         "I would tell her, frankly, that we have enough plans"),
    ],
)
def test_a_turn_whose_first_words_report_speech_is_still_the_labelled_speakers(extract, turn, quote):
    records = extract(INTERVIEW + turn)
    label = turn.split(":")[0]
    assert the_record(records, quote)["speaker_mention"] == label
    assert all(r["quote"] != label for r in records)  # the label is never read as what was said


@pytest.mark.parametrize(
    "text",
    [
        "Asked about the target, Brennan said: we have enough targets and not enough results.",
        "Brennan said the plan would fail: we have enough targets and not enough results.",
    ],
)
def test_a_name_before_a_colon_inside_a_sentence_is_no_label(extract, text):
    records = [r for r in extract(INTERVIEW + text) if r["speaker_mention"] == "Brennan"]
    assert records and all(r["rule"] != "reported.label" for r in records)


# ---------------------------------------------------------------- a pull quote credited on the next line

LEDE = "The river flooded the town last year.\n\n"


@pytest.mark.parametrize(
    "pull_quote, speaker",
    [
        ('"Some days it feels like we are forgotten."\n— Town resident Doug Abernethy', "Doug Abernethy"),
        ('"Some days it feels like we are forgotten."\n\n— Doug Abernethy, retired mill worker', "Doug Abernethy"),
        ("“We cannot rebuild behind the same dikes.”\n― Mayor Linda Braun", "Linda Braun"),
    ],
)
def test_a_dash_credit_on_the_line_below_a_pull_quote_names_its_speaker(extract, pull_quote, speaker):
    (record,) = [r for r in extract(LEDE + pull_quote) if r["type"] == "direct"]
    assert (record["rule"], record["speaker"]) == ("direct.dash_credit", speaker)


@pytest.mark.parametrize("newline", ["\n", "\r\n", "\r"])
def test_a_pull_quote_credit_is_read_whatever_ends_the_lines(extract, newline):
    text = newline.join([
        "The river flooded the town last year.", "",
        '"Some days it feels like we are forgotten."', "— Town resident Doug Abernethy", "",
        "The council met on Monday and voted to raise the dikes by a metre before the spring thaw.",
    ])
    (record,) = [r for r in extract(text) if r["type"] == "direct"]
    assert (record["rule"], record["speaker"]) == ("direct.dash_credit", "Doug Abernethy")


@pytest.mark.parametrize(
    "text",
    [
        # the line above is prose, not a quote alone; the dash line is the writer's aside
        'The mayor said the dikes "failed us."\n— and nobody disagreed.',
        'He reads the same sentence every day: "Keep going."\nThe river rose again in May.',
    ],
)
def test_a_line_below_prose_or_without_a_dash_stays_its_own_paragraph(text):
    assert len(split_paragraphs(text)) == 2


# ------------------------------------------------------------- a photographer's bracketed caption credit


def kept(line: str) -> str:
    trimmed = trim_furniture(line, 0, len(line))
    return line[trimmed.start : trimmed.end]


CAPTION = "Volunteers carry a couch out of a flooded home on Wednesday."


@pytest.mark.parametrize(
    "line, expected",
    [
        (f"{CAPTION} (Darryl Dyke/The Canadian Press)", CAPTION),
        (f"{CAPTION} (Jennifer Gauthier/CBC)", CAPTION),
        (f"[Photo: {CAPTION} (Jennifer Gauthier/CBC)]", f"[Photo: {CAPTION}"),
        # negatives: a bracketed poll or agency pair, a credit-like bracket inside a sentence
        ("Support rose after the vote (Reuters/Ipsos)", "Support rose after the vote (Reuters/Ipsos)"),
        ("Support fell (Angus Reid/Postmedia).", "Support fell (Angus Reid/Postmedia)."),
        ("Support fell. (Angus Reid/Postmedia poll)", "Support fell. (Angus Reid/Postmedia poll)"),
    ],
)
def test_a_bracketed_photographer_and_outlet_after_a_caption_is_a_credit(line, expected):
    assert kept(line) == expected


def test_a_photographer_in_a_caption_credit_is_no_antecedent(extract):
    text = (
        f"{CAPTION} (Darryl Dyke/The Canadian Press)\n\n"
        "Doug Abernethy, a retired mill worker, has lived in a trailer since December.\n\n"
        '"Some days it feels like we are forgotten," he said.'
    )
    assert the_record(extract(text), "Some days it feels like we are forgotten")["speaker"] == "Doug Abernethy"


# --------------------------------------------------------- a show named as the one told, before "that"


@pytest.mark.parametrize(
    "text, quote",
    [
        ("The senator told NBC's Today show that the bill was dead.", "the bill was dead"),
        ("Julie Bouchard told Radio-Canada's Tout le monde en parle that nurses were tired.", "nurses were tired"),
        # negatives: a show the parser reads right, a possessive owner of people, no "that" at all
        ("Nishika Jardine told CBC's The National that the shortage was a crisis.", "the shortage was a crisis"),
        ("The mayor told Smith's aides that the vote would wait.", "the vote would wait"),
        ("The mayor told Smith's lawyer the deal was off.", "the deal was off"),
    ],
)
def test_a_possessive_show_name_after_a_tell_verb_is_the_addressee(extract, text, quote):
    (record,) = extract(text)
    assert (record["quote"], record["cue"]) == (quote, "told")


# ------------------------------------------------- a title opening with a common noun the tagger names


@pytest.mark.parametrize(
    "text, speaker, mention",
    [
        ("Veterans ombud Marie Lacroix said the wait times were unacceptable.", "Marie Lacroix",
         "Veterans ombud Marie Lacroix"),
        # negatives: a comma makes the name no apposition of the noun; a plain title is read as before
        ("Veterans, Marie Lacroix among them, said the wait times were unacceptable.", "Veterans", "Veterans"),
        ("Provincial ombudsman Paul Dubois said the report was damning.", "Paul Dubois",
         "Provincial ombudsman Paul Dubois"),
    ],
)
def test_a_name_in_apposition_to_a_common_noun_the_tagger_names_speaks(extract, text, speaker, mention):
    (record,) = extract(text)
    assert (record["speaker"], record["speaker_mention"]) == (speaker, mention)


# ------------------------------------------------ an organisation's French name or "of" phrase, whole


@pytest.mark.parametrize(
    "text, speaker",
    [
        ("The Confédération des syndicats nationaux said it would hold a strike vote.",
         "Confédération des syndicats nationaux"),
        ("The Fédération interprofessionnelle de la santé du Québec, which represents 80,000 nurses, said the "
         "offer was an insult.", "Fédération interprofessionnelle de la santé du Québec"),
        ("The Société de transport de Montréal says service will resume Monday.", "Société de transport de Montréal"),
        ("The Fédération autonome de l'enseignement said teachers were exhausted.",
         "Fédération autonome de l'enseignement"),
        ("The Ontario Chamber of Commerce has warned that a shorter week may not suit every sector.",
         "Ontario Chamber of Commerce"),
        # negatives: a person after an organisation's word, a name that ends before another party, a name
        # the tagger has whole (read as it is)
        ("The Federation of Canadian Municipalities said cities need help.", "The Federation of Canadian Municipalities"),
        ("Union leader Julie Bouchard said teachers were exhausted.", "Julie Bouchard"),
        ("The Department of Justice and the FBI said the probe was closed.", "The Department of Justice and the FBI"),
    ],
)
def test_an_organisations_name_runs_on_through_its_french_words_or_of_phrase(extract, text, speaker):
    (record,) = extract(text)
    assert record["speaker"] == speaker


# ------------------------------------------------------------ what a study, poll or inquiry found


@pytest.mark.parametrize(
    "text, quote, speaker",
    [
        ("The report found that the agency did not track its suppliers.", "the agency did not track its suppliers",
         "The report"),
        ("The audit of the program found the ministry had overpaid by $3 million.",
         "the ministry had overpaid by $3 million", "The audit of the program"),
        ("Researchers found that sleep matters more than diet.", "sleep matters more than diet", "Researchers"),
    ],
)
def test_what_a_study_or_inquiry_found_is_its_reported_content(extract, text, quote, speaker):
    (record,) = extract(text)
    assert (record["quote"], record["speaker"], record["cue"]) == (quote, speaker, "found")


@pytest.mark.parametrize(
    "text",
    [
        # negatives: a person who found something out, a verdict on somebody, finding a thing
        "She found that the house had been emptied.",
        "The jury found him guilty of fraud.",
        "Police found the car in a ditch.",
    ],
)
def test_a_person_finding_out_or_finding_a_thing_reports_nothing(extract, text):
    assert extract(text) == []


# ------------------------------------------------- "I" reporting speech inside a labelled turn's words


@pytest.mark.parametrize(
    "text, speaker",
    [
        ("The hearing went on for hours.\n\nROE: I told the committee the plan would fail.", "ROE"),
        ("The Review: What would you tell the minister?\n\nBrennan: I'd say, stop announcing targets.",
         "Brennan"),
    ],
)
def test_i_reporting_speech_inside_a_turn_is_its_speaker(extract, text, speaker):
    inner = [r for r in extract(text) if r["speaker_mention"] == "I"]
    assert inner and all(r["speaker"] == speaker for r in inner)


def test_i_outside_anyones_words_stays_unnamed(extract):
    # negative: the writer's own "I" (a column) is nobody the article names
    inner = [r for r in extract("I told the mayor the plan would fail.") if r["speaker_mention"] == "I"]
    assert inner and all(r["speaker"] is None for r in inner)
