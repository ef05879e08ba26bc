"""Quotes and speakers as written: the speech verbs, a quotation's marks, and the run of words
that names who says a quote after it ("...," said ACLU lawyer Lee Gelernt; "...," the lawyer,
Mark Sheridan, said), with the roles a speaker is named after.  Read by
:mod:`reader.facts.extract_quotes` and the rules that ask who speaks.
"""

from __future__ import annotations

import re

from reader.facts.tables import CAPWORD
from reader.lang import SPEECH_VERBS

SPEECH = "(?:" + "|".join(SPEECH_VERBS) + ")"
SPEECH_RE = re.compile(rf"\b{SPEECH}\b")
# a quotation within one sentence, in double or single marks, straight or curly
QUOTED = re.compile(r"“[^”\"]*[”\"]|\"[^\"”]*[\"”]|‘.*?’(?!\w)|(?<!\w)'.*?'(?!\w)")
# a quotation: "...", “...”, and the German „...“ (its closing mark is the English opening
# one, so “ closes a quote only when „ opened it; read as an opening mark it ran a "quote"
# over the text between two quotations)
QUOTE = re.compile(r"(?:(?P<low>„)|[\"“])(?P<q>[^\"“”„]{2,}?)(?(low)[“”\"]|[\"”])")
# the speaker after the quote: a run of capitalised words (with "of", "and" inside, and
# "former" before it: "former Housing and Urban Development Secretary Julián Castro") or a pronoun
_RUN = rf"(?:{CAPWORD}\s+){{0,6}}{CAPWORD}"  # a name: up to seven capitalised words
_OFFICE_RUN = rf"(?:{CAPWORD}\s+(?:(?:of|and|for|the)\s+)?){{0,6}}{CAPWORD}"
_WHO = rf"(?:(?:former|acting)\s+)?(?P<who>{_OFFICE_RUN}|he|she|they)"
# a role in lower case between the verb and the name: "said ACLU lawyer Lee Gelernt", "said
# campaign spokeswoman Ana Ruiz" (a body's initials may come first; only role nouns, so "said
# he told Smith" gives no speaker "Smith")
_ROLES = (
    "lawyer|attorney|spokesman|spokeswoman|spokesperson|official|adviser|advisor|aide|analyst"
    "|economist|expert|researcher|professor|executive|founder|organizer|activist|advocate|director"
    "|chief|chair|chairman|chairwoman|president|secretary|leader|member|head|manager|coach|strategist"
    "|captain|owner|striker|goalkeeper|defender|midfielder|winger|forward|guard|officer|scientist"
    "|author|co-author|engineer|minister|commissioner|governor|senator|deputy|editor|astronomer"
    "|epidemiologist|inspector|investigator|prosecutor|judge|mayor|ambassador|councillor|councilor"
    "|consultant|physician|surgeon|pilot|historian|forecaster|meteorologist|treasurer|commander"
    "|chancellor|lawmaker|campaigner|negotiator|curator|headteacher|doctor|nurse|farmer|trader|broker"
)
# ... as words: a person's role beside the body they work for ("Sarah Lin, an analyst at
# Bernstein" / "Bernstein analyst Sarah Lin") is no act between two names
ROLE_WORDS = frozenset(_ROLES.split("|"))
# (or a name before the role: "said Villa captain John McGinn", "said Trump adviser Ana Ruiz";
# a role of three words, "said Airbus chief commercial officer Christian Scherer"; a company's
# role set off by commas, "said Nexora's chief executive, Daniela Ortiz")
_BODY_BEFORE = rf"(?:[A-Z]{{2,}}\s+|{CAPWORD}\s+(?:{CAPWORD}\s+)?)?"  # a body: "NUM", "Deutsche Bank"
_ROLE_BEFORE = rf"(?:{_BODY_BEFORE}(?:[a-z]+\s+){{0,2}}(?:{_ROLES}),?\s+)?"
# a party and state after the name ("Maloney (D-N.Y.) said", ", R-Ky., said"), or an age (", 61, said", ut254)
_PARTY_TAG = r"(?:\s*\([DRI][-–][^()]{1,15}\)|,\s+[DRI][-–][A-Za-z.]{2,6},|,\s+\d{1,3},)?"
# ... or a description set off by a comma: "said another passenger, Tom Gallagher" (a name fact
# must follow: :func:`reader.facts.extract_quotes.said`), or a possessive's: "said his teammate Ana Ruiz"
_DESCRIBED = r"(?:the|a|an|another|one)\s+(?:[a-z-]+(?:['’]s)?\s+){0,3}?[a-z-]+,\s+"
# ... or before the name, in lower case, when the name says it: '"...," festival director Martin
# Kessler said' (a role of two words at most before the role noun, a body's initials before it:
# '"...," NUM regional secretary Sipho Ndlovu said')
# ... or a body's name of a word or two: '"...," Athletic manager Gordon Fairlie said', '"...,"
# Deutsche Bank economist Sanjay Raja said' (ut140)
# (not after "and", "but": a new clause, its own speaker of its own words, '"...", and its
# spokeswoman Frances Webb noted that ...', ut180)
# ... or a word or two in lower case before a role written as a title: '"...," club President Dean
# Spanos said', '"...," team General Manager A.J. Smith said' (the title is then the name's run)
_TITLED_ROLES = "|".join(r[0].upper() + r[1:] for r in _ROLES.split("|"))
_ROLE_FIRST = (
    rf"(?:(?!(?:and|but|while)\s)(?:the\s+)?(?:{_BODY_BEFORE}(?:[a-z-]+\s+){{0,2}}(?:{_ROLES})\s+(?=[A-Z])"
    rf"|(?:[a-z-]+\s+){{1,2}}(?=(?:[A-Z][a-z]+\s+)?(?:{_TITLED_ROLES})\s+[A-Z])))?"
)
# ... in the passive of a report: '"...," Ekwueme was quoted as saying in the report'
_QUOTED_AS = r"(?:was|is|were|are|has\s+been|had\s+been)\s+quoted\s+as\s+saying"
AFTER_QUOTE = re.compile(
    rf"\s*,?\s*(?:{_ROLE_FIRST}{_WHO}{_PARTY_TAG}\s+(?:also\s+|later\s+|then\s+|earlier\s+|[a-z]+ly\s+)?"
    rf"(?:{_QUOTED_AS}|{SPEECH})\b"
    rf"|{SPEECH}\s+(?:{_DESCRIBED}|(?:his|her|their)\s+(?:[a-z-]+\s+){{1,3}}|{_ROLE_BEFORE})(?P<who2>{_RUN}))"
)
# a speaker set off by an apposition after the quote: '"...," the lawyer, Mark Sheridan, said'
# or '"...," Mark Sheridan, a lawyer for the campaign, said' (the role: a few words, no quote)
_ROLE = r"(?:the|a|an|his|her|their)\s+[^,\"“”.;]{1,60}?"
AFTER_QUOTE_APPOSED = re.compile(
    rf"\s*,?\s*(?:{_ROLE},\s+(?P<who>{_RUN}),|(?P<who2>{_RUN}),\s+{_ROLE},)\s+(?:also\s+|later\s+)?{SPEECH}\b"
)
PRONOUN_BEFORE = re.compile(r"\b(he|she|they)\s+(?:\w+\s+)?$", re.I)
