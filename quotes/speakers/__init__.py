"""Who the speaker really is: mention spans, canonical names, titles and rule-based coreference.

The extractor finds a cue and its subject token; :class:`SpeakerResolver` turns that token into a
:class:`Speaker`. The work is split by job:

- :mod:`quotes.speakers.vocabulary`: word lists, dependency-label sets and the title lexicon;
- :mod:`quotes.speakers.mentions`: pure mention code (token → mention span, title and name, appositive
  description, definite role, salience);
- :mod:`quotes.speakers.appositives`: a role set off by commas before or after a name ("An attorney
  for the contractor, John Doe,"), read from the words where the parse gives no appositive;
- :mod:`quotes.speakers.registry`: the article's entities, name linking and mention index (the only
  state, changed through named methods);
- :mod:`quotes.speakers.antecedents`: the antecedent search for pronouns and role nouns, as named
  agreement checks that read the registry and change nothing;
- :mod:`quotes.speakers.resolver`: :class:`SpeakerResolver`, which dispatches a cue subject to its case
  (name, organisation, group, pronoun, relative pronoun, role noun, coordination) and records the result.

Decisions (kept here so they are visible):
- ``name`` of a person is the longest full name seen *so far* ("Kato" → "Katsunobu Kato"); titles and
  honorifics before the name go to ``title`` as written ("Russian President", "Chief Cabinet
  Secretary", "Mr."), a possessive "'s" is never part of a name. ``final`` re-reads a speaker against
  the whole article's registry (a full name that only appears later).
- Organisations, places, groups and unnamed sources are named as written ("the White House",
  "officials", "a source"); their ``kind`` is "org", "group" (plural) or "unnamed" (singular).
- Pronouns (he/she/they/it, and the possessives his/her/its/their: "his claim that …") take the
  nearest compatible earlier mention: the sentence of the pronoun first, then earlier sentences and
  paragraphs; in each sentence main-clause subjects, then other
  subjects, then other mentions. Names inside quotation marks are a last resort (the speaker talks
  *about* them, and they were the most common wrong antecedent).
  Gender comes from honorifics and gendered titles (``data/titles.txt``), then from a given name that
  says it by itself (``data/given_names.txt``: "John", "Mary"; names used for both are left out), then
  from the description's own role word ("a spokeswoman"), then from earlier he/she resolved to the
  same person (weakest: any stated gender overrides it). Unknown gender fits both he and she. A name
  never links to a person of the other stated gender ("Mr. Roe" is not "Mary Roe"), and a lone
  surname shared by several people means the one mentioned most (news calls relatives by given name).
- A person's campaign, administration or government ("his campaign", "Sanders's campaign") is named
  after the person as news writes it ("the Sanders campaign"), one organisation with that name.
- A definite role NP ("the Russian leader", "the spokesman", "the company") takes the most recent
  earlier entity whose title/description shares the role word or a modifier, else (organisations) the
  one organisation named in the sentence before, in any role ("Regulators fined Acme. The company
  said"), else the most recent person (org) subject; with no candidate it is reported as written
  (kind "unnamed"). A place in the role that the person's title or description does not have, while
  they name another place of the article ("the Florida senator" and "Texas Sen. Ted Doe"), rules the
  person out; a role held for someone else ("the spokesman", "the lawyer") never falls back to the last subject.
  A possessive role that nobody bears before it ("his attorney said") is the one person the article
  names later with that role ("…, said Jane Roe, his attorney"), if exactly one.
  Trade and creed epithets ("the retired surgeon", "the shipping magnate") are person roles like these.
- "it" may also stand for a writing that spoke with nobody named behind it ("The letter noted …");
  "the lawsuit", "the ad" speak for whoever put out the last writing of that noun named just before;
  "they" may stand for people named together ("Jane Roe and John Doe").
- Online platforms the tagger reads as people ("Twitter said") are organisations.
"""

from quotes.speakers.mentions import mention_span
from quotes.speakers.resolver import Speaker, SpeakerResolver
from quotes.speakers.vocabulary import title_lexicon

__all__ = ["Speaker", "SpeakerResolver", "mention_span", "title_lexicon"]
