"""Words for the occasions words are said on: the media that carry them and the gatherings they are
said at. The dating rules use them to tie a time expression, or a later quote, to an act of speech."""

from __future__ import annotations

#: Things that carry someone's words: "a 2011 tweet in which he said", "in a recent interview".
SPEECH_MEDIA_NOUNS: frozenset[str] = frozenset(
    """
    tweet tweets post posts interview interviews statement statements speech speeches remarks comments
    letter letters email emails e-mail memo message messages video videos ad ads advertisement
    op-ed column book essay article testimony broadcast podcast release note
    """.split()
)
#: Events several people speak at, dated once and quoted over paragraphs: "at a rally Monday",
#: "after the meeting", "during Sunday's debate".
GATHERING_NOUNS: frozenset[str] = frozenset(
    """
    meeting meetings summit hearing hearings session debate rally rallies conference briefing show
    program forum protest protests ceremony convention talks visit appearance event gala luncheon
    dinner breakfast panel vote markup
    """.split()
)
OCCASION_NOUNS: frozenset[str] = SPEECH_MEDIA_NOUNS | GATHERING_NOUNS
#: Modifiers that put an occasion at an undatable other time: "in a recent interview", "in another
#: interview", "in an earlier statement", "in past speeches".
UNDATED_OCCASION_MODIFIERS: frozenset[str] = frozenset("recent another earlier previous past prior old".split())
#: Modifiers that put a medium named as the speaker at an undatable earlier time ("an earlier report
#: said", "a recent poll found"); not "another", which only tells it apart from one already named.
UNDATED_MEDIUM_MODIFIERS: frozenset[str] = UNDATED_OCCASION_MODIFIERS - {"another"}
#: One-to-one exchanges, often with the reporter: "said in an interview" is another occasion than the
#: rally or hearing quoted before.
EXCHANGE_NOUNS: frozenset[str] = frozenset("interview email e-mail call conversation".split())
#: Writings whose date is when they came out: "in his 2012 book" dates that quote, not later ones.
WRITING_NOUNS: frozenset[str] = frozenset("book books memoir column op-ed essay article paper study".split())
#: Books, which come out long before they are quoted: "she wrote in her memoir" gives no date.
BOOK_NOUNS: frozenset[str] = frozenset("book books memoir memoirs autobiography".split())
#: Documents filed or published, whose words are the document's: "the November 23 lawsuit alleges".
DOCUMENT_NOUNS: frozenset[str] = frozenset(
    "report lawsuit suit complaint filing affidavit indictment motion ruling study".split()
)
#: Subjects whose date in the sentence is when their words were said: "A 2019 memo warned …",
#: "Monday's statement said …".
DATED_MEDIA_NOUNS: frozenset[str] = SPEECH_MEDIA_NOUNS | WRITING_NOUNS | DOCUMENT_NOUNS
#: Polls and surveys, whose findings are reported like words: "according to a recent poll".
POLL_NOUNS: frozenset[str] = frozenset("poll polls survey surveys".split())
#: Contests and sittings a report is about, whose participants are quoted after it: "in Sunday's
#: match", "at the trial". Gathered from sports, council and court reports (the nouns such stories
#: name their main event by), beside the gatherings above. Not "race", "fight" or "final", which
#: political news uses of a whole campaign.
CONTEST_NOUNS: frozenset[str] = frozenset(
    """
    game games match matches semifinal semifinals bout tournament playoff playoffs trial sentencing
    arraignment
    """.split()
)
#: Past forms of the verbs that report a contest's result or a sitting's decision as the event
#: itself: "beat the Flames on Saturday", "voted 5-2 on Tuesday", "ruled on Monday". Inflected
#: forms, as the parse carries no lemmas; gathered from the same kinds of reports. Not "won", "lost",
#: "drew" or "denied": in political news they tell of elections and replies more than of occasions
#: the next quotes are from ("drew a contrast", "won the primary" before a pundit's words).
CONTEST_VERBS: frozenset[str] = frozenset(
    """
    beat defeated edged routed voted sentenced acquitted convicted ruled adjourned convened
    """.split()
)
