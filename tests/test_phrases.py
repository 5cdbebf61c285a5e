"""Partial quotes inside a cue's complement (``mixed.cue_phrase``): which cue governs the quoted
phrase, and where the complement that carries it starts and ends. One sentence per case."""

import pytest


def _phrases(records):
    return [(r["quote"], r["cue"]) for r in records if r["type"] == "mixed"]


@pytest.mark.parametrize(
    "text, quote, cue",
    [
        # the cue governing the phrase wins over a nearer cue after it
        ("The mayor called the closure “an attack on our city,” but he also noted the costs.",
         "the closure “an attack on our city,”", "called"),
        ("Ash described the merger as a “grave betrayal of workers,” adding that she would resign.",
         "the merger as a “grave betrayal of workers,”", "described"),
        # verbs of naming and judging carry a quoted phrase too
        ("Jacobs credited the mayor with keeping “the whole town afloat” through the flood.",
         "the mayor with keeping “the whole town afloat” through the flood", "credited"),
        ("The senator branded the bill “a giveaway to the banks.”", "the bill “a giveaway to the banks.”", "branded"),
        # a preposition right after the cue belongs to the cue
        ("The delegate warned of a “ferocious” battle ahead.", "a “ferocious” battle ahead", "warned of"),
        ("Trump referred to the governor as “Chris.”", "the governor as “Chris.”", "referred"),
        # what was said starts after "that", not at the addressee
        ("Trump spoke on Friday, telling reporters in Scotland that the vote is “a great thing.”",
         "the vote is “a great thing.”", "telling"),
        # a phrase of the cue after the quote goes on with what was said; the time of saying does not
        ("Vale blamed the “chaos of the night” for the collapse of the talks.",
         "the “chaos of the night” for the collapse of the talks", "blamed"),
        ("Diaz called Ruiz a “puppet” on his weekly podcast.", "Ruiz a “puppet”", "called"),
        # a preposition whose object is no occasion of saying goes on with the phrase
        ("Diaz called the budget “a real step forward” in the fight against hunger.",
         "the budget “a real step forward” in the fight against hunger", "called"),
        # the writer's apposition after the quote and its comma is no part of it
        ("Vale mocked Ruiz and called her a “dreamer,” a gentle jab at a rival.", "her a “dreamer,”", "called"),
        # a cue conjoined after the quote is an act of its own
        ("He called it “shameful” and called on the leaders to stop.", "it “shameful”", "called"),
        # a naming participle: the phrase names the noun before it
        ("They slammed the loophole called an “inversion” in the tax code.", "the loophole called an “inversion”", "called"),
    ],
)
def test_phrase_in_quote_marks_is_the_governing_cues_complement(extract, text, quote, cue):
    assert (quote, cue) in _phrases(extract(text))


@pytest.mark.parametrize(
    "text",
    [
        # introduced by the cue: a direct quote, not a phrase
        "Trump told reporters, “We will win this state by a lot.”",
        "Ruiz answered coolly, with a grin: “That happens when you are tired.”",
        # a show named after a cue is a title, not a quote, also with a longer preposition in it
        "He said on “Meet the Press.” that he would win.",
        "He said on ABC’s “This Week with Jane Doe” that he would win.",
        "She told “Notes from the Field” that the plan was dead.",
        # "so-called" names a thing
        "The so-called “grand bargain” between the two councils never came about.",
        # a naming participle with nobody naming: the thing's name
        "The group runs a blog called “the daily grind” from its office.",
        # no cue governs the phrase
        "The store sold “organic” apples at a premium.",
        # a quote in the speaker's description after an inverted cue is no part of what was said
        "“We ask questions,” said Ramos, whose new book features “rebellious” people.",
    ],
)
def test_no_phrase_record(extract, text):
    assert _phrases(extract(text)) == []


def test_speaker_of_a_governing_cue_is_its_subject(extract):
    records = extract("The mayor called the closure “an attack on our city,” but the governor noted the costs.")
    phrase = next(r for r in records if r["rule"] == "mixed.cue_phrase")
    assert phrase["speaker_mention"] == "The mayor"


@pytest.mark.parametrize(
    "text, quote",
    [
        # the speaker's next act of saying after the quote and its comma starts a report of its own
        ("The senator said he has “expanded the party,” claiming that turnout was higher than ever.",
         "he has “expanded the party,”"),
        ("The senator said the plan was “a disaster,” which surprised nobody in the room.",
         "the plan was “a disaster,”"),
        # also when the next act quotes words of its own
        ("The mayor told reporters that the old plan had “a fatal flaw,” adding, “We will not make that mistake twice.”",
         "the old plan had “a fatal flaw,”"),
        # any other participle stays with what was said
        ("The senator said the plan was “a disaster,” forcing the council to act.",
         "the plan was “a disaster,” forcing the council to act"),
        ("The mayor said the old plan had “a fatal flaw,” forcing the council to write “a new one.”",
         "the old plan had “a fatal flaw,” forcing the council to write “a new one.”"),
    ],
)
def test_mixed_clause_ends_where_a_next_report_begins(extract, text, quote):
    assert quote in [r["quote"] for r in extract(text) if r["type"] == "mixed"]


@pytest.mark.parametrize(
    "text, quote",
    [
        # words after the closing mark finish the quote's sentence, up to the comma before the cue
        ("“We are extremely happy” about the decision, said Rose Day.", "“We are extremely happy” about the decision"),
        ("\"This will be a real challenge\" for Clinton, said Kunin.", "\"This will be a real challenge\" for Clinton"),
        # and after a cue before the quote, up to the next comma
        ("As she said, “I am so sick of the campaign lying” about her record, the senator left.",
         "“I am so sick of the campaign lying” about her record"),
    ],
)
def test_words_after_a_quote_that_finish_its_sentence_make_it_mixed(extract, text, quote):
    assert quote in [r["quote"] for r in extract(text) if r["type"] == "mixed"]


@pytest.mark.parametrize(
    "text, quote",
    [
        # punctuation inside the marks ends the quote's own sentence
        ("“We are extremely happy,” the union said on Monday.", "We are extremely happy"),
        # the quote is the subject of the writer's sentence
        ("The motto “Build the Future Together” appealed to him so much that he printed it.", None),
        # the time of saying
        ("Trump tweeted, “Thank you Indiana, we love you” on Friday afternoon.", "Thank you Indiana, we love you"),
    ],
)
def test_quote_that_ends_its_sentence_stays_direct(extract, text, quote):
    records = extract(text)
    assert not [r for r in records if r["rule"] == "mixed.run_on"]
    if quote is not None:
        assert quote in [r["quote"] for r in records if r["type"] == "direct"]


@pytest.mark.parametrize(
    "text, quote, cue, rule",
    [
        # a verb of no saying whose clause holds a quoted phrase: the phrase is its subject's claim
        ("Ortiz anticipated that the next budget would be “a bloodbath for schools.”",
         "the next budget would be “a bloodbath for schools.”", "anticipated", "mixed.that_clause"),
        ("The inspector found that the agency had “lost track” of its own vehicles.",
         "the agency had “lost track” of its own vehicles", "found", "mixed.that_clause"),
        # the phrase several verbs down the clause
        ("The pastor then implied that the leaders should be punished by having “a heavy stone” tied to their necks.",
         "the leaders should be punished by having “a heavy stone” tied to their necks", "implied", "mixed.that_clause"),
        # what was claimed starts after the first "that", not at one inside it
        ("The inspector found that the board was certain that its new buses were “safe enough for children.”",
         "the board was certain that its new buses were “safe enough for children.”", "found",
         "mixed.that_clause"),
        # a verb that casts its object as a quoted phrase
        ("The chancellor sold the pact with Ankara as a “breakthrough.”",
         "the pact with Ankara as a “breakthrough.”", "sold", "mixed.as_phrase"),
        ("The developer offered himself as a “law and order” mayor and appealed to shop owners.",
         "himself as a “law and order” mayor", "offered", "mixed.as_phrase"),
    ],
)
def test_quoted_phrase_in_what_any_verb_claims_is_its_subjects(extract, text, quote, cue, rule):
    records = extract(text)
    assert (quote, cue, rule) in [(r["quote"], r["cue"], r["rule"]) for r in records]


@pytest.mark.parametrize(
    "text",
    [
        # no subject that speaks: an empty "it"
        "It follows that the plan was “doomed” from the start.",
        # a passive: the subject did not say it
        "The nurse was persuaded that the drug was “perfectly safe.”",
        "The band was known as the “Night Owls” in their town.",
        # "as" with no object cast: a role, not a claim
        "She worked as a “floater” at the plant for years.",
        # a scare-quoted word under a verb with no clause
        "The store sold “organic” apples at a premium.",
        # a clause as subject claims nothing
        "Having a loud press may make it harder for leaders to look “strong” in public.",
    ],
)
def test_no_claim_record_without_a_speaking_subject(extract, text):
    assert not [r for r in extract(text) if r["rule"] in ("mixed.that_clause", "mixed.as_phrase")]


def test_a_phrase_from_a_source_goes_on_with_what_was_said(extract):
    # "from" names where the thing came from, not where it was said
    records = extract("Vale mocked Ruiz for taking “a small fortune” from the oil lobby.")
    assert ("Ruiz for taking “a small fortune” from the oil lobby", "mocked") in _phrases(records)


@pytest.mark.parametrize(
    "text, reported, phrase",
    [
        # the writer's relative clause with a cue of its own ends the reported clause: its quote is
        # that cue's phrase
        ("The governor said he supports the water bill, which he called “a lifeline for farmers.”",
         "he supports the water bill", "“a lifeline for farmers.”"),
    ],
)
def test_quoted_phrase_in_a_trailing_aside_is_its_own_record(extract, text, reported, phrase):
    records = extract(text)
    assert (reported, "indirect") in [(r["quote"], r["type"]) for r in records]
    assert phrase in [r["quote"] for r in records if r["rule"] == "mixed.cue_phrase"]


def test_quote_of_the_reported_clause_keeps_the_aside(extract):
    # a quote before the relative clause is the reported clause's own: one mixed record
    records = extract("The governor said he supports the bill for “our farmers,” which he called a lifeline.")
    assert [r["type"] for r in records] == ["mixed"]


@pytest.mark.parametrize(
    "text, quote",
    [
        # a reported clause whose colon hands over to its cue's quote is one mixed record
        ("The mayor said the cuts had hurt her own campaign: “We were outspent, not outworked.”",
         "the cuts had hurt her own campaign: “We were outspent, not outworked.”"),
    ],
)
def test_clause_and_quote_joined_by_a_colon_are_one_record(extract, text, quote):
    assert quote in [r["quote"] for r in extract(text) if r["type"] == "mixed"]


@pytest.mark.parametrize(
    "text",
    [
        # a sentence end between them keeps two records
        "The mayor said the cuts hurt. “We were outspent, not outworked, and we will be back.”",
        # a colon after the cue alone introduces a direct quote
        "The mayor told reporters: “We were outspent, not outworked, and we will be back.”",
    ],
)
def test_no_colon_join_without_a_reported_clause(extract, text):
    assert [r["type"] for r in extract(text)][-1] == "direct"


@pytest.mark.parametrize(
    "text, quote, kind",
    [
        # with the cue after the quote, the writer's words before a colon that opens it are no part of it
        ("In her speech, the director set out her creed: “Change the world, then change it again,” she said.",
         "Change the world, then change it again", "direct"),
        # without the colon the words before the quote run into it
        ("In her speech, the director set out a creed that “changes the world,” she said.",
         "In her speech, the director set out a creed that “changes the world,”", "mixed"),
    ],
)
def test_words_before_a_colon_quote_with_the_cue_after(extract, text, quote, kind):
    assert (quote, kind) in [(r["quote"], r["type"]) for r in extract(text)]


@pytest.mark.parametrize(
    "text, quote, kind",
    [
        # a quote its cue introduces, closing on a comma: what follows is the writer's
        ("He also vowed, “We are going to win this fight and win it fast,” referring to the strike.",
         "We are going to win this fight and win it fast", "direct"),
        # "and" joins more of what was said
        ("He also said, “We are going to win this fight,” and that the strike “will end soon.”",
         "“We are going to win this fight,” and that the strike “will end soon.”", "mixed"),
    ],
)
def test_introduced_quote_closing_on_a_comma(extract, text, quote, kind):
    assert (quote, kind) in [(r["quote"], r["type"]) for r in extract(text)]


@pytest.mark.parametrize(
    "text",
    [
        # a negated cue: the words were not said
        "The governor would not call the plan “a disaster” on Friday.",
        "He never called the merger “a betrayal.”",
    ],
)
def test_no_phrase_record_under_a_negated_cue(extract, text):
    assert _phrases(extract(text)) == []


@pytest.mark.parametrize(
    "text, quote, cue",
    [
        # the same cues, said
        ("The governor would call the plan “a disaster” on Friday.", "the plan “a disaster”", "call"),
        ("He called the merger “a betrayal.”", "the merger “a betrayal.”", "called"),
    ],
)
def test_phrase_record_under_a_cue_that_is_said(extract, text, quote, cue):
    assert (quote, cue) in _phrases(extract(text))


@pytest.mark.parametrize(
    "text, quote",
    [
        # a bare verb sharing the infinitive or modal of what was said goes on with it
        ("The activist urged the mayor to “stop ignoring the tenants” and call on the landlord to resign.",
         "the mayor to “stop ignoring the tenants” and call on the landlord to resign"),
        ("The governor said he would veto the “reckless” bill and call for a new vote in the spring.",
         "he would veto the “reckless” bill and call for a new vote in the spring"),
        # a passive is no act of the speaker
        ("The coach said he made several offers to the striker but that the offers were “flatly denied.”",
         "he made several offers to the striker but that the offers were “flatly denied.”"),
        # a conjoined act of the speaker's own ends the reported clause, its auxiliaries too
        ("The governor said the bill was “reckless” and called for a new vote in the spring.",
         "the bill was “reckless”"),
        ("The governor said he would sign the “historic” bill but did not say when it would take effect.",
         "he would sign the “historic” bill"),
    ],
)
def test_end_of_a_reported_clause_at_a_conjoined_cue(extract, text, quote):
    assert quote in [r["quote"] for r in extract(text) if r["type"] == "mixed"]


@pytest.mark.parametrize(
    "text, quote",
    [
        # a relative clause set off by a comma after the last quote tells about the noun before it
        ("The senator said the council would “take a hard look” at the bill, which would raise fares for students.",
         "the council would “take a hard look” at the bill"),
        ("Lee said the proposal was “dead on arrival” in the state senate, where Democrats hold a narrow majority.",
         "the proposal was “dead on arrival” in the state senate"),
        # a restrictive one (no comma) is part of what was said
        ("Lee said the plan would hurt “working families” who cannot pay more.",
         "the plan would hurt “working families” who cannot pay more"),
        # and one that holds a quote may be the speaker's words
        ("Lee said the council passed a “reckless” budget, which she called “a betrayal.”",
         "the council passed a “reckless” budget, which she called “a betrayal.”"),
        # the writer's summary of what was said, after a comma or dash, inside the marks too
        ("Lee complained that the vote had been “rigged” against her, a charge the party denied.",
         "the vote had been “rigged” against her"),
        ("Lee said the witnesses would “stay calm” at the hearing — a jab at the committee.",
         "the witnesses would “stay calm” at the hearing"),
        ("Lee said they were “in no way touching the deal,” a formal name for the pact.",
         "they were “in no way touching the deal,”"),
        # but not a description of a name, which is said as often as not
        ("Lee said the board ignored the “warnings” of Dr. Ann West, a critic of the plan.",
         "the board ignored the “warnings” of Dr. Ann West, a critic of the plan"),
    ],
)
def test_mixed_clause_ends_before_the_writers_closing_note(extract, text, quote):
    assert quote in [r["quote"] for r in extract(text) if r["type"] == "mixed"]


@pytest.mark.parametrize(
    "text, quote",
    [
        # a connective and a quoted statement after a quote of a speaker go on with that speaker
        ("“The vote was close,” the mayor said. But “we will win the next one.”", "But “we will win the next one.”"),
        ("“The vote was close,” the mayor said. Then, “we will win the next one.”",
         "Then, “we will win the next one.”"),
        # a quote opening a sentence that runs on after its closing mark
        ("“The vote was close,” the mayor said. “They are not there yet” to back the plan.",
         "“They are not there yet” to back the plan"),
    ],
)
def test_sentence_with_a_quote_continues_the_speaker(extract, text, quote):
    records = extract(text)
    continued = [r for r in records if r["rule"] == "mixed.continued"]
    assert [(r["quote"], r["speaker"]) for r in continued] == [(quote, "the mayor")]


@pytest.mark.parametrize(
    "text",
    [
        # nobody quoted before
        "The mayor left early. But “we will win the next one.”",
        # the quote does not end the sentence
        "“The vote was close,” the mayor said. Then, “we will win the next one” was printed on every sign.",
        # more than a connective before the quote
        "“The vote was close,” the mayor said. In the end, the council chose “a plan that nobody really liked.”",
        # an embedded post is its poster's, not the article's last speaker's
        "“The vote was close,” the mayor said.\n\nBut “the fight goes on for every family here.” "
        "pic.twitter.com/AbC123\n— Sam Roe (@samroe) March 3, 2024\n",
    ],
)
def test_no_continued_sentence(extract, text):
    assert not [r for r in extract(text) if r["rule"] == "mixed.continued"]


@pytest.mark.parametrize(
    "text, quote",
    [
        # a sentence closed by a quote, after a sentence closed by its cue and speaker
        ("“The rules could be read many ways,” the mayor added. But that is not the same as “a license to cheat.”",
         "But that is not the same as “a license to cheat.”"),
        ("The plan would cost jobs, the mayor said. Good ideas can still win, but only when “the facts are on their side.”",
         "Good ideas can still win, but only when “the facts are on their side.”"),
    ],
)
def test_sentence_closed_by_a_quote_after_a_closing_cue_continues_the_speaker(extract, text, quote):
    continued = [r for r in extract(text) if r["rule"] == "mixed.continued"]
    assert [(r["quote"], r["speaker"]) for r in continued] == [(quote, "the mayor")]


@pytest.mark.parametrize(
    "text",
    [
        # the quote is the object of somebody else's act: the writer tells of it
        "“It was a long night,” the mayor said. The crowd then cheered for “the hometown hero.”",
        # the sentence before is not closed by a cue
        "The mayor spoke for an hour. Good ideas can still win, but only when “the facts are on their side.”",
        # a title, not words
        "“It was a long night,” the mayor said. The band then played “Happy Birthday” to her.",
    ],
)
def test_no_continued_sentence_after_a_closing_cue(extract, text):
    assert not [r for r in extract(text) if r["rule"] == "mixed.continued"]


@pytest.mark.parametrize(
    "text, quote",
    [
        # a verb of the writer's aside between cue and "that" does not make "that" part of what was said
        ("Ruiz told the students after she toured the plant that the jobs were “gone for good.”",
         "the jobs were “gone for good.”"),
        # a noun whose "that" clause states what is talked about is part of what was said
        ("Ruiz called the idea that the mayor could win again a “pipe dream.”",
         "the idea that the mayor could win again a “pipe dream.”"),
        ("The coach called the notion that his team could still win a “fairy tale.”",
         "the notion that his team could still win a “fairy tale.”"),
        # but a noun of saying is the cue itself
        ("Lee mocked the agency’s rosy prediction that the budget would be “balanced by spring.”",
         "the budget would be “balanced by spring.”"),
        # negatives: "that" inside what was said, and "so that" of the writer's aside, open nothing
        ("Lee said the message was that the city is “broke.”", "the message was that the city is “broke.”"),
        ("Ruiz called the plan a “shell game” — moving money around so that nobody can see “where it went” at all.",
         "the plan a “shell game” — moving money around so that nobody can see “where it went” at all"),
    ],
)
def test_what_was_said_starts_after_its_that(extract, text, quote):
    assert [r["quote"] for r in extract(text) if r["type"] == "mixed"] == [quote]


def _parsed(nlp, words, heads, deps, tags):
    from spacy.tokens import Doc

    return Doc(nlp.vocab, words=words, heads=heads, deps=deps, tags=tags)


@pytest.mark.parametrize(
    "words, heads, deps, tags, opens",
    [
        # "forecast at the dinner [that] rivals will fear every player": the parser's relative pronoun
        # stands for nothing, its clause has subject and object already, so it opens what was said
        ("Lee forecast at the dinner that rivals will fear every player".split(),
         [1, 1, 1, 4, 2, 8, 8, 8, 4, 10, 8],
         ["nsubj", "ROOT", "prep", "det", "pobj", "dobj", "nsubj", "aux", "relcl", "det", "dobj"],
         ["NNP", "VBD", "IN", "DT", "NN", "WDT", "NNS", "MD", "VB", "DT", "NN"], True),
        # negative: a true relative pronoun, the object of its clause ("the plan that rivals fear")
        ("Lee praised the plan that rivals fear".split(),
         [1, 1, 3, 1, 6, 6, 3],
         ["nsubj", "ROOT", "det", "dobj", "dobj", "nsubj", "relcl"],
         ["NNP", "VBD", "DT", "NN", "WDT", "NNS", "VBP"], False),
    ],
)
def test_a_relative_that_standing_for_nothing_opens_a_clause(nlp, words, heads, deps, tags, opens):
    from quotes.rules.phrases import _opens_a_clause

    doc = _parsed(nlp, words, heads, deps, tags)
    that = next(t for t in doc if t.lower_ == "that")
    assert _opens_a_clause(that) is opens
