"""One-sentence cases per extraction pattern, positive and negative, through the whole pipeline."""

import pytest

CASES = [
    # (text, quote, type, speaker mention, cue, rule)
    ("“The bridge is safe,” the mayor said.", "The bridge is safe", "direct", "the mayor", "said", "direct.cue_after"),
    ("“We will appeal,” said Maria Lopez.", "We will appeal", "direct", "Maria Lopez", "said", "direct.cue_after"),
    ("Lopez said: “We will appeal the ruling.”", "We will appeal the ruling.", "direct", "Lopez", "said", "direct.cue_before"),
    ("After the vote, Rubio fired back: “This is a terrible deal for our country.”", "This is a terrible deal for our country.", "direct", "Rubio", "fired", "direct.colon_intro"),
    ("“It has bipartisan support,” Toomey fumed.", "It has bipartisan support", "direct", "Toomey", "fumed", "direct.cue_after"),
    ("The senator said the bill would pass by June.", "the bill would pass by June", "indirect", "The senator", "said", "reported.that_clause"),
    ("The senator said that the bill would pass.", "the bill would pass", "indirect", "The senator", "said", "reported.that_clause"),
    ("LONDON (Reuters) - The bank will raise rates, two sources said.", "The bank will raise rates", "indirect", "two sources", "said", "reported.cue_after"),
    ("WASHINGTON, Feb. 2 — The bill will pass, the senator said.", "The bill will pass", "indirect", "the senator", "said", "reported.cue_after"),
    ("The senator told reporters the bill would pass.", "the bill would pass", "indirect", "The senator", "told", "reported.that_clause"),
    ("The bill will pass next month, the senator said.", "The bill will pass next month", "indirect", "the senator", "said", "reported.cue_after"),
    ("The economy grew 3 percent, according to the ministry.", "The economy grew 3 percent", "indirect", "the ministry", "according to", "reported.according_to"),
    ("According to the ministry, the economy grew 3 percent.", "the economy grew 3 percent", "indirect", "the ministry", "According to", "reported.according_to"),
    ("Smith attacked the plan on Monday, saying it would raise taxes.", "it would raise taxes", "indirect", "Smith", "saying", "reported.participle"),
    ("The governor vowed to veto the budget.", "to veto the budget", "indirect", "The governor", "vowed", "reported.infinitive"),
    ("As the senator noted, the bill is dead.", "the bill is dead", "indirect", "the senator", "noted", "reported.as_clause"),
    ("The bill is dead, as the senator noted.", "The bill is dead", "indirect", "the senator", "noted", "reported.as_clause"),
    ("The mayor’s claim that the bridge was safe was false.", "the bridge was safe", "indirect", "The mayor", "claim", "reported.noun_clause"),
    ("Residents rejected the mayor’s claim that the bridge was safe.", "the bridge was safe", "indirect", "the mayor", "claim", "reported.noun_clause"),
    ("The senator’s insistence that the bridge is safe surprised the engineers.", "the bridge is safe", "indirect", "The senator", "insistence", "reported.noun_clause"),
    ("Critics fear his promise to stay “neutral” in the talks.", "to stay “neutral” in the talks", "mixed", "his", "promise", "reported.noun_clause"),
    ("The mayor said the plan was “a disaster for the city.”", "the plan was “a disaster for the city.”", "mixed", "The mayor", "said", "reported.that_clause"),
]


@pytest.mark.parametrize("text, quote, qtype, mention, cue, rule", CASES)
def test_pattern_finds_quote_speaker_and_cue(extract, text, quote, qtype, mention, cue, rule):
    records = extract(text)
    assert len(records) == 1, records
    record = records[0]
    assert (record["quote"], record["type"], record["speaker_mention"], record["cue"], record["rule"]) == (
        quote, qtype, mention, cue, rule,
    )


@pytest.mark.parametrize(
    "text",
    [
        "He thinks the plan will fail.",  # belief, not speech (see README: cue lexicon)
        "The report shows the economy is growing.",
        "Voters want the council to act.",
        "The so-called “reform” passed on Tuesday.",  # scare quotes
        "She read “War and Peace” twice.",  # a title
        "Officials said.",  # a cue without anything said
        "He was told that the plan had failed.",  # passive: the subject heard it, did not say it
        "His admission to the hospital that night was brief.",  # a noun of saying with no clause of its own
        "Critics fear his promise to stay neutral in the talks.",  # a noun's infinitive with no quoted words
    ],
)
def test_not_a_quote(extract, text):
    assert extract(text) == []


def test_participle_question_is_not_the_answerers_words(extract):
    records = extract("Asked whether he would resign, Mr Johnson replied: “Absolutely not.”")
    assert [(r["quote"], r["speaker"], r["cue"]) for r in records] == [
        ("whether he would resign", None, "Asked"),  # a question put by somebody unnamed
        ("Absolutely not.", "Johnson", "replied"),
    ]


@pytest.mark.parametrize(
    "text, question",
    [
        ("When asked if he would endorse Trump, Ryan said he was not there yet.", "if he would endorse Trump"),
        ("Asked on CNN who runs the council in his view, he said Diaz.", "who runs the council in his view"),
        # the one asked heard the question and is not its speaker
        ("He was asked whether he would run again.", "whether he would run again"),
        ("Asked about the new budget, the mayor smiled.", "the new budget"),
        ("The mayor laughed when asked about the state of the roads.", "the state of the roads"),
        ("The senator was asked to name one law she had passed.", "to name one law she had passed"),
    ],
)
def test_question_put_by_somebody_unnamed_is_a_record_without_speaker(extract, text, question):
    records = [r for r in extract(text) if r["rule"] == "reported.question"]
    assert [(r["quote"], r["speaker"]) for r in records] == [(question, None)]


def test_the_asker_named_by_by_is_the_speaker_of_the_question(extract):
    records = extract("Asked by a reporter if the plan would work, the mayor shrugged.")
    assert [(r["quote"], r["speaker_mention"]) for r in records] == [("if the plan would work", "a reporter")]


@pytest.mark.parametrize(
    "text",
    [
        "Asked about it, the mayor smiled.",  # a pronoun only points at the question
        "He was asked questions for an hour.",  # what was asked is not told
        "The mayor asked for a recount of the votes.",  # a request by the subject, not a question put
    ],
)
def test_no_question_record_without_an_indirect_question(extract, text):
    assert [r for r in extract(text) if r["rule"] == "reported.question"] == []


def test_split_quote_gives_two_records_with_the_same_speaker(extract):
    records = extract("“The bridge is safe,” Ruiz said, “but it is old.”")
    assert [r["quote"] for r in records] == ["The bridge is safe", "but it is old."]
    assert {r["speaker_mention"] for r in records} == {"Ruiz"}
    assert all(r["type"] == "direct" for r in records)


def test_cue_inside_reported_clause_splits_it_into_two_fragments(extract):
    records = extract("The bill, the senator said, is dead.")
    assert [r["quote"] for r in records] == ["The bill", "is dead"]
    assert all(r["speaker_mention"] == "the senator" and r["rule"] == "reported.parataxis" for r in records)


def test_according_to_inside_a_clause_splits_it_into_two_fragments(extract):
    records = extract("In Ohio, Vale is in front, according to the latest survey, although Ruiz keeps it tight.")
    assert [r["quote"] for r in records] == ["In Ohio, Vale is in front", "although Ruiz keeps it tight"]


@pytest.mark.parametrize(
    "text, quote",
    [
        # a lone spaced dash starts the writer's aside; a pair of dashes is an inserted phrase
        ("Clinton suggested that the plan was unserious - it would never pass.", "the plan was unserious"),
        ("The plan — a flat tax — would pass, the senator said.", "The plan — a flat tax — would pass"),
        # a parenthesis holding a clause is the writer's correction
        ("Critics claim Obama wants 250,000 refugees (Obama has proposed 10,000).", "Obama wants 250,000 refugees"),
        # "said A but added B": the second speech act is its own record, not part of A
        ("Smith said the vote was close but added that the night was young.", "the vote was close"),
    ],
)
def test_writer_asides_are_cut_from_reported_clauses(extract, text, quote):
    assert extract(text)[0]["quote"] == quote


def test_partial_quote_inside_reported_speech_is_one_mixed_record(extract):
    records = extract("Putin added he wants to “develop” ties with Japan.")
    assert len(records) == 1
    assert records[0]["type"] == "mixed" and "“develop”" in records[0]["quote"]


def test_quote_without_any_speaker_gets_null_rather_than_a_guess(extract):
    records = extract("“Nobody expected the vote to be this close.”")
    assert len(records) == 1
    assert records[0]["speaker"] is None and records[0]["cue"] is None


def test_next_paragraph_quote_continues_the_previous_speaker(extract):
    text = "“We will rebuild,” Chen said.\n\n“It will take years, but we will do it.”"
    records = extract(text)
    assert [r["speaker"] for r in records] == ["Chen", "Chen"]
    assert records[1]["rule"] == "direct.continued"


def test_colon_introduced_quote_in_next_paragraph(extract):
    text = "The governor wrote on Twitter:\n\n“Tonight we passed the budget, and I thank every member.”"
    records = extract(text)
    assert len(records) == 1
    assert records[0]["speaker_mention"] == "The governor" and records[0]["rule"] == "direct.colon_intro"


def test_headlines_labels_and_bullets_give_no_quotes(extract):
    text = "NEWS > Politics\n\nMayor Says Bridge Is Safe\n\n• “This is a bullet,” she said\n\nHeadline says it all"
    assert extract(text) == []


def test_quote_with_no_cue_after_an_unattributed_quote_is_no_cue(extract):
    text = "“Nobody expected the vote to be this close.”\n\n“The count went on all night long.”"
    assert [r["rule"] for r in extract(text)] == ["direct.no_cue", "direct.no_cue"]


def test_quote_with_no_cue_two_paragraphs_after_the_speaker_is_not_continued(extract):
    text = "“We will rebuild,” Chen said.\n\nThe storm hit the coast on Monday.\n\n“It will take years, but we will do it.”"
    records = extract(text)
    assert [(r["speaker"], r["rule"]) for r in records][-1] == (None, "direct.no_cue")


def test_paragraph_ending_without_colon_introduces_nothing(extract):
    text = "The governor wrote on Twitter.\n\n“Tonight we passed the budget, and I thank every member.”"
    assert [r["rule"] for r in extract(text)] == ["direct.no_cue"]


def test_quote_left_open_at_paragraph_end_runs_on_into_the_next(extract):
    text = "“We will rebuild the pier,” Chen said. “It will take years.\n\n“But we will do it together.”"
    records = extract(text)
    assert records[-1]["quote"].endswith("years.\n\n“But we will do it together.")
    assert records[-1]["speaker"] == "Chen"


@pytest.mark.parametrize(
    "text, quote, rule",
    [
        ("Vale says if elected governor “I will work hand in hand with the mayors of every city.”", "if elected governor “I will work hand in hand with the mayors of every city.”", "mixed.lead_in"),
        # the gerund is the cue's complement, and the quote inside it makes the record mixed
        ("Diaz described passing the budget \"as a long chain of votes that needs careful planning.\"", "passing the budget \"as a long chain of votes that needs careful planning.\"", "reported.gerund"),
    ],
)
def test_content_opening_before_the_quote_makes_one_mixed_record(extract, text, quote, rule):
    records = extract(text)
    assert [(r["quote"], r["type"], r["rule"]) for r in records] == [(quote, "mixed", rule)]


@pytest.mark.parametrize(
    "text",
    [
        "He told reporters on Tuesday, “We will win this fight in the end.”",  # addressee and time
        "She said in an interview that aired Tuesday: “We will win this fight.”",  # a colon introduces it
        "Obama said of the Republicans, “They will not win this fight.”",  # topic
    ],
)
def test_words_between_cue_and_quote_that_are_not_content_leave_it_direct(extract, text):
    assert [r["type"] for r in extract(text)] == ["direct"]


@pytest.mark.parametrize(
    "text, speaker, quote",
    [
        ("Vale: My housing plans are not final yet.", "Vale", "My housing plans are not final yet"),
        ("RUIZ: I think she is trying to run as a unifier.", "RUIZ", "I think she is trying to run as a unifier"),
        # a headline credits its claim to a label the same way
        ("Jane Moreau: Our Party Will Win Back The Valley.", "Jane Moreau", "Our Party Will Win Back The Valley"),
        ("Survey: Most Farmers Back The New Water Plan.", "Survey", "Most Farmers Back The New Water Plan"),
    ],
)
def test_name_and_colon_opening_a_paragraph_give_the_name_the_rest(extract, text, speaker, quote):
    records = extract(text)
    assert [(r["speaker"], r["quote"], r["rule"]) for r in records] == [(speaker, quote, "reported.label")]


@pytest.mark.parametrize(
    "text",
    [
        "Update: The story was changed on Monday to add a comment.",  # page furniture
        "Q: And the plan for a new bridge over the northern river?",  # an interviewer's turn
        "Background: The two sides met in 2019 to talk about the deal.",
        "Winter Over Summer: The Valley Towns That Never Sleep.",  # a headline's title, not a speaker
        "Mayor Says Bridge Is Safe After Storm",  # a headline with no label and no full stop
    ],
)
def test_labels_that_are_not_speakers_give_no_record(extract, text):
    assert extract(text) == []


def test_writers_inference_after_the_reported_words_is_cut(extract):
    text = "Putin told local media he will adhere to the Constitution, indicating Moscow will not negotiate."
    assert extract(text)[0]["quote"] == "he will adhere to the Constitution"


def test_a_participle_of_saying_after_the_reported_words_is_kept(extract):
    text = "Officials said the company raised $21 million in January, bringing its total to $95 million."
    assert extract(text)[0]["quote"] == "the company raised $21 million in January, bringing its total to $95 million"


@pytest.mark.parametrize(
    "text",
    [
        "The senator did not directly say whether she would support the bill.",
        "The mayor has not said explicitly that the bridge is closed.",
        "He left the meeting without saying whether he would return to the talks.",
    ],
)
def test_negated_or_withheld_speech_is_not_a_quote(extract, text):
    assert extract(text) == []


def test_negation_inside_the_reported_words_is_still_a_quote(extract):
    assert [r["quote"] for r in extract("The governor said he would not run again.")] == ["he would not run again"]


@pytest.mark.parametrize(
    "text, cue",
    [("“I miss you already,” Mary Jones emailed her daughter.", "emailed"), ("“Call me when you land,” Mary Jones texted.", "texted")],
)
def test_cues_of_sending_a_message_attribute_the_quote(extract, text, cue):
    records = extract(text)
    assert [(r["speaker"], r["cue"], r["rule"]) for r in records] == [("Mary Jones", cue, "direct.cue_after")]


def test_the_noun_text_is_no_cue(extract):
    assert extract("Senators read the text of the bill on Monday before the vote.") == []


def test_participle_after_a_preposition_borrows_the_subject_of_the_verb(extract):
    records = extract("Smith closed the rally by asking aloud, “Who will stand with me tonight?”")
    assert [(r["speaker"], r["cue"]) for r in records] == [("Smith", "asking")]


def test_writers_inference_is_no_cue_of_its_own(extract):
    text = "Putin told local media he will adhere to the Constitution, indicating Moscow will not negotiate."
    assert [r["cue"] for r in extract(text)] == ["told"]


@pytest.mark.parametrize(
    "text, second",
    [
        ("“It is a tough call,” Lee said. “Very tough.”", "Very tough."),
        ("“They sue,” the lawyer said. “Everybody sues, right?”", "Everybody sues, right?"),
        # a long description of the speaker is no other act
        ("“It is a tough call,” said Jane Doe, a lawyer who has long led the union in the state. “Very tough.”", "Very tough."),
    ],
)
def test_short_quote_after_a_quote_and_its_cue_sentence_goes_on_with_it(extract, text, second):
    records = extract(text)
    assert [r["quote"] for r in records][1:] == [second]
    assert records[1]["type"] == "direct" and records[1]["speaker"] == records[0]["speaker"]


@pytest.mark.parametrize(
    "text",
    [
        "“It is a tough call,” Lee said. “Hamlet” is on tonight.",  # the quote does not end its sentence
        "“It is a tough call,” Lee said, and the crowd cheered. “Very tough.”",  # no short cue sentence between
    ],
)
def test_short_quote_elsewhere_is_no_continuation(extract, text):
    assert [r["quote"] for r in extract(text)] == ["It is a tough call"]
