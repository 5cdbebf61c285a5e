"""Reported speech: what a cue of saying reports, and where the reported words start and end."""

import pytest


@pytest.mark.parametrize(
    "text, quote, mention, cue",
    [
        ("The president announced a series of new steps to tighten gun sales.", "a series of new steps to tighten gun sales", "The president", "announced"),
        ("The senator questioned the governor's temperament on Sunday.", "the governor's temperament", "The senator", "questioned"),
        ("In her speech the mayor cited the success of the summer jobs program.", "the success of the summer jobs program", "the mayor", "cited"),
    ],
)
def test_object_of_a_speech_verb_is_what_was_said(extract, text, quote, mention, cue):
    records = extract(text)
    assert [(r["quote"], r["speaker_mention"], r["cue"], r["rule"]) for r in records] == [
        (quote, mention, cue, "reported.object")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The governor announced it on Monday.",  # a pronoun only points at the words
        "The senator questioned Clinton for an hour.",  # a name: the person questioned
        "She wrote a children's book about the war.",  # a thing made, not words reported
        "The mayor told reporters at the scene.",  # the addressee
        "The council announced changes.",  # one word names nothing said
    ],
)
def test_object_that_is_not_what_was_said_gives_no_record(extract, text):
    assert extract(text) == []


@pytest.mark.parametrize(
    "text, speaker",
    [
        ("Senator Jane Doe continued to insist that the bill was dead.", "Jane Doe"),
        ("Senator Jane Doe went on to say that the bill was dead.", "Jane Doe"),
        ("Senator Jane Doe began to argue that the bill was dead.", "Jane Doe"),
    ],
)
def test_speech_verb_after_a_verb_of_going_on_has_its_subject(extract, text, speaker):
    records = extract(text)
    assert [(r["quote"], r["speaker"]) for r in records] == [("the bill was dead", speaker)]


@pytest.mark.parametrize(
    "text",
    [
        "Senator Jane Doe declined to say whether the bill was dead.",
        "Senator Jane Doe plans to announce that the bill is dead.",
    ],
)
def test_speech_verb_after_a_verb_of_refusing_or_planning_gives_no_record(extract, text):
    assert extract(text) == []


@pytest.mark.parametrize(
    "text, records",
    [
        (
            "Jane Doe said she plans to visit Libya, insisting that the threat is growing there.",
            [("she plans to visit Libya", "said"), ("the threat is growing there", "insisting")],
        ),
        (
            "Jane Doe said the rhetoric has been patronizing, noting her remarks to a radio host.",
            [("the rhetoric has been patronizing", "said"), ("her remarks to a radio host", "noting")],
        ),
    ],
)
def test_participle_of_saying_after_reported_words_is_an_attribution_of_the_same_speaker(extract, text, records):
    found = extract(text)
    assert [(r["quote"], r["cue"]) for r in found] == records
    assert {r["speaker"] for r in found} == {"Jane Doe"}


def test_participle_that_says_nothing_stays_in_the_reported_words(extract):
    text = "Officials said the company raised $21 million in January, bringing its total to $95 million."
    assert [r["quote"] for r in extract(text)] == [
        "the company raised $21 million in January, bringing its total to $95 million"
    ]


@pytest.mark.parametrize(
    "text, quote, cue",
    [
        ("The president wrote on Tuesday about the rights of gun victims.", "the rights of gun victims", "wrote"),
        ("Jane Doe complained of the economic imbalance in the country.", "the economic imbalance in the country", "complained of"),
        ("The senator talked about the cost of the new bridge.", "the cost of the new bridge", "talked about"),
        ("John Smith spoke with reporters about the new tariffs on steel.", "the new tariffs on steel", "spoke"),
        ("The mayor began her speech by talking about the price of housing.", "the price of housing", "talking about"),
        ("The governor has spoken out about the closing of rural hospitals.", "the closing of rural hospitals", "spoken out about"),
        ("The governor spoke warmly of her first boss at the mill.", "her first boss at the mill", "spoke"),
    ],
)
def test_what_a_verb_of_saying_or_talking_was_about_is_what_was_said(extract, text, quote, cue):
    records = extract(text)
    assert [(r["quote"], r["cue"], r["rule"]) for r in records] == [(quote, cue, "reported.topic")]


@pytest.mark.parametrize(
    "text",
    [
        "The president was asked about it on Tuesday.",  # passive, and a pronoun
        "Jane Doe wrote about it at length.",  # a pronoun only points at the topic
        "Jane Doe commented at the convention on Tuesday.",  # a place and a day, not a topic
        "He spoke at a rally in Ohio on Tuesday.",  # a verb of talking is a cue only with "about" or "of"
        "The senator spoke of it often.",  # a pronoun only points at the topic
        "She did not talk about the budget.",  # nothing was said
        "They talked about it for hours.",  # a pronoun only points at the topic
        "The plan everyone is talking about will cost billions.",  # the topic is the noun before
        "It is the issue that will be talked about most this week.",  # passive: nobody talks
        "The two leaders will meet in Oslo to talk about the trade deal.",  # talking planned, not reported
    ],
)
def test_verb_of_saying_or_talking_without_a_topic_gives_no_record(extract, text):
    assert extract(text) == []


@pytest.mark.parametrize(
    "text, quote, speaker",
    [
        ("Mayor Jane Doe called for a full review of the police budget.", "a full review of the police budget", "Jane Doe"),
        ("The union is calling for the city to raise the minimum wage.", "the city to raise the minimum wage", "The union"),
        ("Protesters called for the chief to resign and for the board to meet.", "the chief to resign and for the board to meet", "Protesters"),
        ("The mayor called for calm.", "calm", "The mayor"),  # one word makes a demand
        ("Residents calling for a new school packed the hall.", "a new school", "Residents"),
        # the demand is what was said, not the clause the as-clause sets in time
        ("As the mayor called for calm, the crowd grew.", "calm", "the mayor"),
    ],
)
def test_what_somebody_called_for_is_what_was_said(extract, text, quote, speaker):
    records = extract(text)
    assert [(r["quote"], r["cue"][:4], r["speaker"], r["rule"]) for r in records] == [
        (quote, "call", speaker, "reported.topic")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The plan calls for two new bridges over the river.",  # a thing makes no demand
        "The situation calls for calm heads and a steady hand.",
        "The mayor called for it.",  # a pronoun only points at the demand
        "She called him a liar.",  # naming, not demanding
    ],
)
def test_call_for_without_somebody_demanding_gives_no_record(extract, text):
    assert extract(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "That said, the mayor is expected to win the race with ease.",
        "That being said, the council will meet again in the spring.",
        "With this said, the plan still needs a vote in the assembly.",
        "Having said that, the board will look at the budget again.",
        "Needless to say, the new schedule pleased nobody at the plant.",
        "It goes without saying that the harbor plan is a “costly gamble” for the town.",
        "It went without saying that the old mill would close.",
    ],
)
def test_said_as_a_linking_phrase_is_no_cue(extract, text):
    assert extract(text) == []


def test_saying_after_going_is_still_a_cue(extract):
    records = extract("The mayor goes around saying that the bridge will reopen in May.")
    assert [r["quote"] for r in records] == ["the bridge will reopen in May"]


@pytest.mark.parametrize(
    "text, main_verb",
    [
        ("A man claiming ties to the group opened fire on the crowd.", "opened"),
        ("“We will not back down,” the senator who wrote the bill said on Monday.", "said"),
        ("The official who revealed the memo resigned on Friday.", "resigned"),
    ],
)
def test_cue_in_a_clause_describing_the_subject_does_not_report_the_sentence_verb(extract, text, main_verb):
    """The words after the cue's object are the sentence's own verb, not a clause the cue reports."""
    assert not [r for r in extract(text) if main_verb in r["quote"].split()]


def test_object_followed_by_a_finite_verb_elsewhere_still_starts_a_clause(extract):
    records = extract("The minister spoke on Monday, with her deputy stressing the stance was unchanged.")
    assert [r["quote"] for r in records] == ["the stance was unchanged"]


@pytest.mark.parametrize(
    "text, quote",
    [
        ("The bank closed its meeting by announcing it would expand its purchases of bonds.", "it would expand its purchases of bonds"),
        ("The union ended the strike by announcing its members would return to work on Monday.", "its members would return to work on Monday"),
        ("The company ended the dispute by announcing it will refund every customer.", "it will refund every customer"),
    ],
)
def test_repaired_clause_opened_by_an_auxiliary_runs_to_the_end_of_its_verb_phrase(extract, text, quote):
    """An auxiliary's own subtree is one word: the repaired clause is the subtree of the verb it serves."""
    assert [r["quote"] for r in extract(text) if r["rule"] == "reported.object_clause"] == [quote]


@pytest.mark.parametrize(
    "text",
    [
        "The man who wrote it was later fired.",  # the cue's clause describes the subject
        "Anyone who reads it will notice the mistake.",  # the auxiliary serves the sentence's own verb
    ],
)
def test_auxiliary_of_the_sentence_verb_after_a_cue_in_its_subject_opens_no_clause(extract, text):
    assert not [r for r in extract(text) if r["rule"] == "reported.object_clause"]


@pytest.mark.parametrize(
    "text, quote",
    [
        # negatives: a demonstrative that is the speaker, and a plain "said that" before its clause
        ("Critics said this, and the mayor agreed the budget was too large.", "the budget was too large"),
        ("But that said, the mayor noted the vote was very close.", "the vote was very close"),
        ("The lawyer said that the case against the firm was weak.", "the case against the firm was weak"),
    ],
)
def test_said_after_a_demonstrative_still_reports_when_it_is_speech(extract, text, quote):
    assert quote in [r["quote"] for r in extract(text)]


@pytest.mark.parametrize(
    "text, quote",
    [
        ("The mayor has proposed closing two of the city's libraries.", "closing two of the city's libraries"),
        ("The senator suggested raising the fuel tax to pay for the roads.", "raising the fuel tax to pay for the roads"),
        ("Her aide said seeing so many voters at the hall was a relief.", "seeing so many voters at the hall was a relief"),
    ],
)
def test_a_gerund_complement_is_what_was_said(extract, text, quote):
    assert [(r["quote"], r["rule"]) for r in extract(text)] == [(quote, "reported.gerund")]


@pytest.mark.parametrize(
    "text",
    [
        "The mayor kept talking about the weather.",  # no verb of saying takes the gerund
        "The senator stopped answering after an hour of questions.",
        "The senator admitted lying.",  # one word says too little
    ],
)
def test_no_gerund_record_without_a_cue_taking_it(extract, text):
    assert [r for r in extract(text) if r["rule"] == "reported.gerund"] == []


@pytest.mark.parametrize(
    "text, quote, speaker",
    [
        ("Her death was confirmed by the family's lawyer.", "Her death", "the family's lawyer"),
        ("On Monday the closure of the plant was announced.", "the closure of the plant", None),
        ("It was reported that the mayor would step down in May.", "the mayor would step down in May", None),
    ],
)
def test_a_passive_cue_reports_its_subject_or_clause(extract, text, quote, speaker):
    records = extract(text)
    assert [(r["quote"], r["speaker_mention"], r["rule"]) for r in records] == [(quote, speaker, "reported.passive")]


@pytest.mark.parametrize(
    "text",
    [
        "The mayor was told the plant would close.",  # the one addressed, not what was said
        "The senator was accused of fraud by two aides.",  # the one blamed
        "It was announced on Monday.",  # a pronoun only points at the words
        "The price of the deal was not disclosed.",  # withheld: nothing was said
    ],
)
def test_no_passive_record_for_the_addressee_or_a_pronoun(extract, text):
    assert [r for r in extract(text) if r["rule"] == "reported.passive"] == []


@pytest.mark.parametrize(
    "text, quote, cue",
    [
        ("The governor made it clear that she would veto the bill.", "she would veto the bill", "made it clear"),
        ("The union has made clear that its members will strike in May.", "its members will strike in May", "made clear"),
    ],
)
def test_made_clear_reports_its_clause(extract, text, quote, cue):
    assert [(r["quote"], r["cue"]) for r in extract(text)] == [(quote, cue)]


@pytest.mark.parametrize(
    "text",
    [
        "The governor did not make clear whether she would veto the bill.",  # withheld
        "The new signs made the rules clear to every driver on the road.",  # no clause: nothing reported
    ],
)
def test_made_clear_without_a_clause_or_negated_reports_nothing(extract, text):
    assert extract(text) == []


@pytest.mark.parametrize(
    "text, quote, mention",
    [
        ("The campaign put out a statement saying the senator would skip the dinner.", "the senator would skip the dinner", "a statement"),
        ("Hundreds of farmers signed letters urging the council to act.", "the council to act", "letters"),
    ],
)
def test_a_participle_of_saying_on_a_noun_is_that_nouns_words(extract, text, quote, mention):
    assert [(r["quote"], r["speaker_mention"]) for r in extract(text)] == [(quote, mention)]


def test_a_participle_of_saying_before_its_noun_says_nothing(extract):
    # a modifier in front of the noun is no act of saying ("the saying goes" is a noun)
    assert extract("The saying goes that the early bird gets the worm.") == []


@pytest.mark.parametrize(
    "text, quote",
    [
        ("The mayor announced her engagement to a former city clerk.", "her engagement to a former city clerk"),
        # negative: the place of saying stays out
        ("The mayor announced her engagement at a rally in the park.", "her engagement"),
    ],
)
def test_a_phrase_after_the_object_belongs_to_it_unless_it_is_the_setting(extract, text, quote):
    assert [r["quote"] for r in extract(text)] == [quote]


@pytest.mark.parametrize(
    "text, quotes",
    [
        # the parser hangs the opening clause on the cue; the cue interrupts what was said
        ("If the talks fail, the mayor said, the city will sue the state.", ["If the talks fail", "the city will sue the state"]),
        ("At times last year, aides said, the senator could barely hide his anger.", ["At times last year", "the senator could barely hide his anger"]),
    ],
)
def test_words_before_an_interrupting_cue_are_the_first_fragment(extract, text, quotes):
    assert [r["quote"] for r in extract(text)] == quotes


@pytest.mark.parametrize(
    "text, first, second",
    [
        ("Most voters said the plan was fair, while a third said it went too far.", "the plan was fair", "it went too far"),
        ("The principal found most parents said the school was doing well, while a fifth said it needed a new principal.", "the school was doing well", "it needed a new principal"),
        ("The mayor said the bridge was safe, whereas the engineers insisted it needed repairs.", "the bridge was safe", "it needed repairs"),
    ],
)
def test_a_closing_clause_with_its_own_cue_is_a_second_record(extract, text, first, second):
    assert sorted(r["quote"] for r in extract(text)) == sorted([first, second])


@pytest.mark.parametrize(
    "text, quote",
    [
        ("In an interview with the paper, the mayor said, the city will sue the state.", "the city will sue the state"),
        ("In an interview with the paper, the mayor said the city will sue the state.", "the city will sue the state"),
        ("If the talks fail, the mayor said the city will sue the state.", "the city will sue the state"),
    ],
)
def test_setting_or_an_uninterrupted_cue_keeps_the_opening_phrase_out(extract, text, quote):
    assert [r["quote"] for r in extract(text)] == [quote]


@pytest.mark.parametrize(
    "text, source, quote",
    [
        (
            "According to a 2015 survey by the Gallup Organization based on phone interviews, most voters who are"
            " under 30 favor a higher minimum wage.",
            "the Gallup Organization",
            "most voters who are under 30 favor a higher minimum wage",
        ),
        ("According to Jane Doe, the race is tight.", "Jane Doe", "the race is tight"),
    ],
)
def test_according_to_opening_the_sentence_reports_what_follows_its_comma(extract, text, source, quote):
    assert [(r["speaker"], r["quote"]) for r in extract(text)] == [(source, quote)]


@pytest.mark.parametrize(
    "text, speaker",
    [
        ("As part of his plea, John Smith, 44, said that he stole the cars.", "John Smith"),
        ("After a week of talks, the governor's office announced Friday that the strike was over.", "the governor's office"),
    ],
)
def test_cue_whose_subject_the_opening_phrase_swallowed_gets_it_back(extract, text, speaker):
    records = extract(text)
    assert len(records) == 1 and records[0]["speaker_mention"] == speaker


_BRACKETED = "(a Utah Republican so young-looking he is often asked for ID) says he felt unsure, a little lost, in his first weeks in the House."


@pytest.mark.parametrize(
    "text, speaker",
    [
        # a long bracket between the name and the cue leaves the cue without a subject in the parse
        (f"Few people would ever confess this, but Rep. Carl Dunn {_BRACKETED}", "Rep. Carl Dunn"),
        # the name does not open the clause: it is not the one who says
        (f"Few people would ever confess this, but an aide to Rep. Carl Dunn {_BRACKETED}", None),
    ],
)
def test_name_before_a_bracket_that_opens_the_clause_is_the_cues_subject(extract, text, speaker):
    assert [r["speaker_mention"] for r in extract(text)] == ([speaker] if speaker else [])


@pytest.mark.parametrize(
    "text",
    [
        "After the vote, said the mayor, the city will appeal.",  # the cue has its own subject after it
        "As part of the deal announced Friday that the strike was over.",  # no noun phrase before the cue
    ],
)
def test_cue_with_no_subject_before_it_borrows_none(extract, text):
    assert all(r["speaker_mention"] != "the deal" for r in extract(text))


@pytest.mark.parametrize(
    "text, quote",
    [
        ("The coach said he stayed only because the owner asked him to.", "he stayed only because the owner asked him to"),
        ("The senator said the deal held until the governor announced new terms.", "the deal held until the governor announced new terms"),
    ],
)
def test_a_clause_the_reported_words_embed_stays_in_them(extract, text, quote):
    assert quote in [r["quote"] for r in extract(text)]


def test_reported_words_never_end_on_a_conjunction(extract):
    text = "Half of the nurses said they felt tired most days, and nearly one in four said they planned to quit."
    assert sorted(r["quote"] for r in extract(text)) == ["they felt tired most days", "they planned to quit"]


@pytest.mark.parametrize(
    "text, quote",
    [
        # the contraction of "has" that the parser reads as a passive "is"
        ("Jane Doe spoke on Monday. She's said she will fight all the way to the convention.", "she will fight all the way to the convention"),
        # an indirect question the parser hangs on "asked" as a condition
        ("Before the game the coach asked the players if they had eaten lunch.", "if they had eaten lunch"),
    ],
)
def test_misread_reported_speech_is_found(extract, text, quote):
    assert [r["quote"] for r in extract(text)] == [quote]


@pytest.mark.parametrize(
    "text, quote",
    [
        ("The mayor said she met Jane Doe, who runs the shelter.", "she met Jane Doe"),
        ("The mayor said she met Jane Doe, the head of the shelter.", "she met Jane Doe"),
        ("The company said it would cut 3,000 jobs, a move that angered the union.", "it would cut 3,000 jobs"),
        ("The airline said it had carried 2 million passengers in May, the first time it has done so.", "it had carried 2 million passengers in May"),
    ],
)
def test_the_writers_note_on_a_name_or_the_clause_is_cut(extract, text, quote):
    assert [r["quote"] for r in extract(text)] == [quote]


@pytest.mark.parametrize(
    "text",
    [
        "It's said that the mayor will resign.",  # a real passive: no one says it
        "She asked for help if the storm hit the town.",  # a condition: no one asked
    ],
)
def test_passive_or_condition_is_no_reported_speech(extract, text):
    assert extract(text) == []



def test_that_clause_the_parser_hangs_on_the_occasion_is_the_cues(extract):
    text = "The governor said for the first time that some records have been found and will be released."
    assert [r["quote"] for r in extract(text)] == ["some records have been found and will be released"]


@pytest.mark.parametrize(
    "text",
    [
        "The mayor said in the speech that she gave on Monday.",  # "that" is the object of "gave"
        "The senator spoke during the interview that aired on Tuesday.",  # "that" is the subject of "aired"
    ],
)
def test_relative_clause_of_the_occasion_is_not_what_was_said(extract, text):
    assert extract(text) == []


@pytest.mark.parametrize(
    "text, quote",
    [
        ("The mayor said the city hired Smith, Jones and Lee.", "the city hired Smith, Jones and Lee"),
        ("The mayor said she would visit Springfield, where the plant closed.", "she would visit Springfield, where the plant closed"),
        ("The mayor said the city spent, on average, 50 dollars a day.", "the city spent, on average, 50 dollars a day"),
    ],
)
def test_lists_places_and_measures_stay_in_the_reported_words(extract, text, quote):
    assert [r["quote"] for r in extract(text)] == [quote]


@pytest.mark.parametrize(
    "text, quotes",
    [
        ("The farmer said he was not sure the rule applied to him, but planned to follow it anyway.", ["he was not sure the rule applied to him, but planned to follow it anyway"]),
        ("The nurse said the ward was full, but hoped to find a bed soon.", ["the ward was full, but hoped to find a bed soon"]),
        # a conjoined cue is a second report, not more of the first
        ("The farmer said he was not sure the rule applied to him, but told reporters he would follow it.", ["he was not sure the rule applied to him", "he would follow it"]),
    ],
)
def test_a_verb_phrase_conjoined_after_the_reported_clause_goes_on_with_it(extract, text, quotes):
    assert [r["quote"] for r in extract(text)] == quotes


def test_a_place_named_after_a_place_stays_in_the_reported_words(extract):
    assert [r["quote"] for r in extract("The mayor said she grew up in Springfield, Ill.")] == ["she grew up in Springfield, Ill"]


@pytest.mark.parametrize(
    "text, quotes",
    [
        # the clause's one-word subject is a fragment of what was said
        ("Loyalty, the mayor noted, has long been the core of the party.", ["Loyalty", "has long been the core of the party"]),
        # a one-word connective is not
        ("But, the mayor added, the plan is not the way to win.", ["the plan is not the way to win"]),
        # nor a relative pronoun
        ("The city passed a budget, which, the mayor said, will cut taxes for most families.", ["will cut taxes for most families"]),
    ],
)
def test_one_word_first_side_of_an_interrupted_clause(extract, text, quotes):
    assert [r["quote"] for r in extract(text)] == quotes


def test_a_demand_in_the_perfect_has_no_date(extract):
    records = extract("The council has called for an audit of the contract.", date="2016-05-01")
    assert [(r["quote"], r["date"]) for r in records] == [("an audit of the contract", None)]


@pytest.mark.parametrize(
    "text, quote",
    [
        # a bracket holding a figure or a party label is part of the sentence
        ("The senator said he met Jane Doe (D-Ohio) and worked with her on the bill.", "he met Jane Doe (D-Ohio) and worked with her on the bill"),
        ("The mayor said she asked Sen. John Roe (R-Utah) to visit the town soon.", "she asked Sen. John Roe (R-Utah) to visit the town soon"),
        # a bracket holding a clause is the writer's aside
        ("The senator said the tax rose (the mayor has proposed a cut) for many years.", "the tax rose"),
    ],
)
def test_reported_words_end_before_a_bracketed_clause_only(extract, text, quote):
    assert quote in [r["quote"] for r in extract(text)]


@pytest.mark.parametrize(
    "text, quote, speaker, cue",
    [
        # the parser reads the clause's verb as a noun and the clause as a second subject of the cue
        (
            "The new tax on bikes appeals to voters who want “a fair deal” in the city, said Mary Smith, a lawyer at Ohio State.",
            "The new tax on bikes appeals to voters who want “a fair deal” in the city",
            "Mary Smith",
            "said",
        ),
        (
            "The decision to close the mill marks “the end of an era” for the valley, says Tom Baker, a retired miner.",
            "The decision to close the mill marks “the end of an era” for the valley",
            "Tom Baker",
            "says",
        ),
    ],
)
def test_clause_read_as_the_subject_of_an_inverted_cue_is_what_was_said(extract, text, quote, speaker, cue):
    records = [r for r in extract(text) if r["quote"] == quote]
    assert [(r["speaker_mention"], r["cue"], r["type"]) for r in records] == [(speaker, cue, "mixed")]


@pytest.mark.parametrize(
    "text, subject",
    [
        # a subject before an interrupting cue is the clause's own, not what was said
        ("The old bridge, said Mary Smith, was never safe.", "The old bridge"),
        # a short phrase before the comma names somebody or something, not a clause
        ("Tom Baker, said Mary Smith.", "Tom Baker"),
    ],
)
def test_no_misread_clause_record_for_a_subject_or_a_name(extract, text, subject):
    assert subject not in [r["quote"] for r in extract(text)]


def test_cue_read_as_a_modifier_of_its_subject_reports_the_clause_after_it(extract):
    # the parser hangs "reported" on "outlets" and makes "the talks had stalled" the main clause
    records = extract("Several outlets reported on Friday the talks had “stalled” again.")
    assert [(r["quote"], r["speaker_mention"], r["cue"]) for r in records] == [
        ("the talks had “stalled” again", "Several outlets", "reported")
    ]


@pytest.mark.parametrize(
    "text, cue",
    [
        # a participle with its agent is a modifier indeed
        ("The numbers reported by the agency show a drop in sales.", "reported"),
        # the sentence's own cue: the participle before it only describes the statement
        ("A statement posted on the website said the shop was closed.", "posted"),
    ],
)
def test_no_report_from_a_participle_that_modifies_a_noun(extract, text, cue):
    assert cue not in [r["cue"] for r in extract(text)]


@pytest.mark.parametrize(
    ("verb", "rest", "gap"),
    [
        ("released", [], True),
        ("sends", [], True),
        ("gave", [], True),
        ("released", [("it", "dobj")], False),  # an object of its own
        ("held", [("accountable", "oprd")], True),  # "held" also issues ("held a briefing that …")
        ("read", [], False),  # reading puts nothing out
    ],
)
def test_a_verb_of_issuing_without_object_has_that_for_its_object(nlp, verb, rest, gap):
    """The parser's misreading of "the statement that he released": "that" taken for a complementiser
    (mark), the clause left without an object."""
    from spacy.tokens import Doc

    from quotes.rules.misparsed import object_gap

    words = ["the", "statement", "that", "he", verb, *(word for word, _ in rest)]
    heads = [1, 1, 4, 4, 1, *([4] * len(rest))]
    deps = ["det", "ROOT", "mark", "nsubj", "relcl", *(dep for _, dep in rest)]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps)
    assert object_gap(doc[4]) is gap


def test_a_passive_verb_of_issuing_has_its_object_for_subject(nlp):
    """ "… that he be held to account": a passive's object is its subject, so "that" is no object of it."""
    from spacy.tokens import Doc

    from quotes.rules.misparsed import object_gap

    words = ["said", "that", "he", "be", "held", "to", "account"]
    heads = [0, 4, 4, 4, 0, 4, 5]
    deps = ["ROOT", "mark", "nsubjpass", "auxpass", "ccomp", "prep", "pobj"]
    assert object_gap(Doc(nlp.vocab, words=words, heads=heads, deps=deps)[4]) is False
