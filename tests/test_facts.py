"""Extractors: each kind of fact, its normalised value and its exact span."""

from __future__ import annotations

import pytest

from reader import facts
from reader.inputs import load
from reader.model import Fact
from reader.pipeline import bundled_paths, document


def only(text: str, kind: str) -> list[Fact]:
    got = [f for f in facts.extract(text) if f.kind == kind]
    for f in got:
        assert text[f.start : f.end] == f.text
    return got


def one(text: str, kind: str) -> Fact:
    got = only(text, kind)
    assert len(got) == 1, got
    return got[0]


# ---------------------------------------------------------------------------------------
# numbers, money, percentages


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("The NSA intercepted 70.3 million phone calls.", "70.3 million", 70_300_000),
        ("Some 1,200 jobs were cut.", "Some 1,200", 1200),
        ("Police arrested 20 people.", "20", 20),
        ("Two people were hurt.", "Two", 2),
        ("A dozen soldiers were hurt.", "A dozen", 12),
        ("Half a dozen soldiers were hurt.", "Half a dozen", 6),
        ("twenty-one soldiers died", "twenty-one", 21),
        ("three hundred protesters marched", "three hundred", 300),
        ("It affected 2,012 people.", "2,012", 2012),
        ("They found 3.5 billion records.", "3.5 billion", 3_500_000_000),
        ("More than 100 people were arrested.", "More than 100", 100),
    ],
)
def test_numbers(text: str, span: str, value: float) -> None:
    f = one(text, "number")
    assert (f.text, f.value) == (span, value)


def test_number_bounds_and_counted_noun() -> None:
    f = one("More than 100 people were arrested.", "number")
    assert f.bound == ">" and f.unit == "people were"[: len(f.unit)]
    assert one("about 70 million calls", "number").bound == "~"
    assert list(one("killed 12 people", "number").context) == ["peopl", "kille"]


@pytest.mark.parametrize(
    "text",
    [
        "He is one of their closest allies.",  # "one" as a pronoun
        "Valls told Europe 1 radio.",  # part of a name
        "The code name was US-985D.",
        "It was a G8 summit on 9/11.",
    ],
)
def test_not_numbers(text: str) -> None:
    assert only(text, "number") == [] and only(text, "money") == []


@pytest.mark.parametrize(
    ("text", "span", "value", "currency"),
    [
        ("The fund raised $5 million.", "$5 million", 5_000_000, "USD"),
        ("The fund raised 5 million dollars.", "5 million dollars", 5_000_000, "USD"),
        ("The fund raised US$5m for aid.", "US$5m", 5_000_000, "USD"),
        ("It cost €3bn.", "€3bn", 3_000_000_000, "EUR"),
        ("It cost £40 million.", "£40 million", 40_000_000, "GBP"),
        ("It cost 200 euros.", "200 euros", 200, "EUR"),
        # "dollar" before the noun it prices (ut46: "$40 million" / "40 million dollar" were two)
        ("The port is weighing a 40 million dollar upgrade.", "40 million dollar", 40_000_000, "USD"),
        # a currency's code before its figure, and crowns after a scale (ut149: "SEK 3 million" /
        # "3 billion crowns" were a name and a count)
        ("A further SEK 2.5 billion goes to ammunition.", "SEK 2.5 billion", 2_500_000_000, "SEK"),
        ("The grant is CHF 12 million.", "CHF 12 million", 12_000_000, "CHF"),
        ("Sales reached 40 million crowns.", "40 million crowns", 40_000_000, ""),
    ],
)
def test_money(text: str, span: str, value: float, currency: str) -> None:
    f = one(text, "money")
    assert (f.text, f.value, f.unit) == (span, value, currency)


def test_crowns_without_a_scale_or_a_country_are_no_money() -> None:  # near miss
    assert [
        f.kind for f in facts.extract("The king wore seven crowns at the feast.") if f.kind == "money"
    ] == []


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("Turnout rose 5% in a year.", "5%", 5),
        ("Turnout rose five percent.", "five percent", 5),
        ("Turnout rose 5 per cent.", "5 per cent", 5),
        ("It fell 2.5 percentage points.", "2.5 percentage points", 2.5),
    ],
)
def test_percent(text: str, span: str, value: float) -> None:
    f = one(text, "percent")
    assert (f.text, f.value) == (span, value)


def test_years_are_not_counts() -> None:
    assert [y.value for y in only("The president served from 2006 to 2012.", "year")] == [
        (2006, 0, 0),
        (2012, 0, 0),
    ]
    assert only("It affected 2,012 people.", "year") == []


# ---------------------------------------------------------------------------------------
# durations, ages, ordinals, times


@pytest.mark.parametrize(
    ("text", "span", "days", "bound"),
    [
        ("They spied over 13 months.", "13 months", 13 * 30.4375, "="),
        ("They spied for 30 days.", "30 days", 30, "="),
        ("They spied over a 30-day period.", "30-day period", 30, "="),
        ("They spied over a period of 30 days.", "30 days", 30, "="),
        ("the second time in less than four months", "less than four months", 4 * 30.4375, "<"),
        ("It lasted two weeks.", "two weeks", 14, "="),
        ("It took more than a year.", "more than a year", 365.25, ">"),
        ("a three-year term", "three-year term"[:10], 3 * 365.25, "="),
        ("It lasted about 48 hours.", "about 48 hours", 2, "~"),
        # a figure in digits and its scale word: the count is the figure's ("3.5 million years")
        ("Fossils show it lived 3.5 million years ago.", "3.5 million years", 3.5e6 * 365.25, "="),
        # a sum's scale word before a count of its own is the sum's (ut152)
        ("It pledged €1.3 billion three years ago.", "three years", 3 * 365.25, "="),
    ],
)
def test_durations(text: str, span: str, days: float, bound: str) -> None:
    f = one(text, "duration")
    assert f.text == span
    assert f.value == pytest.approx(days)
    assert f.bound == bound


@pytest.mark.parametrize(
    ("text", "span", "days"),
    [
        ("The talks took an hour-long session.", "an hour-long", 1 / 24),
        ("It lasted twenty-one days.", "twenty-one days", 21),
        ("Rome stood 1,200 years.", "1,200 years", 1200 * 365.25),
        ("The flight took 2.5 hours.", "2.5 hours", 2.5 / 24),
        ("They waited a dozen years.", "a dozen years", 12 * 365.25),
        ("Twelve days later it ended.", "Twelve days", 12),
        ("It took a couple of weeks.", "a couple of weeks", 14),
        ("It took half a dozen years.", "half a dozen years", 6 * 365.25),
        ("A 30-day\nperiod", "30-day\nperiod", 30),
        ("after a fortnight-long stretch", "a fortnight-long", 14),
    ],
)
def test_durations_with_every_way_of_writing_the_count(text: str, span: str, days: float) -> None:
    """Durations are only looked for where a count ends just before the unit word: every
    count the full pattern reads (words, digits, "a", "an", hyphens, line breaks) must pass."""
    f = one(text, "duration")
    assert (f.text, f.value) == (span, pytest.approx(days))


@pytest.mark.parametrize(
    ("text", "span", "minutes", "bound"),
    [
        ("The bridge was shut for an hour and 35 minutes.", "an hour and 35 minutes", 95, "="),
        ("The bridge was shut for 1 hour 35 minutes.", "1 hour 35 minutes", 95, "="),
        ("The hearing lasted about two hours and 15 minutes.", "about two hours and 15 minutes", 135, "~"),
        ("He served 2 years, 3 months in jail.", "2 years, 3 months", (2 * 365.25 + 3 * 30.4375) * 1440, "="),
    ],
)
def test_a_duration_told_in_two_units_is_one_duration(
    text: str, span: str, minutes: float, bound: str
) -> None:
    # ut41: "for 95 minutes" / "for an hour and 35 minutes" was "95 minutes vs an hour"
    f = one(text, "duration")
    assert (f.text, f.value * 1440, f.bound) == (span, pytest.approx(minutes), bound)


def test_a_duration_in_two_units_compares_whole() -> None:
    a = "The airport closed the runway for 95 minutes while crews inspected the jet."
    same = "The airport shut the runway for an hour and 35 minutes while crews checked the jet."
    other = same.replace("35 minutes", "55 minutes")
    for x, y in ((a, same), (same, a)):
        assert facts.differences(facts.extract(x), facts.extract(y), x, y) == []
    assert [
        (d.left, d.right) for d in facts.differences(facts.extract(a), facts.extract(other), a, other)
    ] == [("95 minutes", "an hour and 55 minutes")]


def test_two_durations_in_one_unit_or_growing_units_stay_two() -> None:
    assert [f.text for f in only("It rained for 20 minutes and 10 minutes later hail fell.", "duration")] == [
        "20 minutes",
        "10 minutes",
    ]
    assert len(only("He worked six months and two years abroad.", "duration")) == 2


def test_durations_not_invented() -> None:
    assert only("He spent a day in Paris.", "duration") == []  # "a day" in passing
    assert only("A 65-year-old man died.", "duration") == []


@pytest.mark.parametrize(
    ("text", "span", "age"),
    [
        ("A 65-year-old man died.", "65-year-old", 65),
        ("The man, aged 65, died.", "aged 65", 65),
        ("He is 40 years old.", "40 years old", 40),
    ],
)
def test_ages(text: str, span: str, age: float) -> None:
    f = one(text, "age")
    assert (f.text, f.value) == (span, age)


def test_pounds_of_a_sums_noun_are_a_sum_and_of_a_thing_a_weight() -> None:  # ut183
    assert [f.kind for f in only("Europe contributed 4.2 billion pounds of revenue.", "money")] == ["money"]
    assert only("The trawler landed 3,400 pounds of cod on Monday.", "money") == []


def test_pence_written_onto_the_figure_are_a_sum() -> None:  # ut196, ut185
    assert [
        (f.text, f.value, f.unit) for f in only("Standing charges will fall to 60.1p a day.", "money")
    ] == [("60.1p", 0.601, "GBP")]
    assert only("The meeting starts at 3pm in room 4p2.", "money") == []  # near miss: a time, a code


def test_ages_listed_after_aged_are_each_an_age() -> None:  # ut184
    text = "The three crew, aged 19, 27 and 51, were rescued; 40 percent of the catch was lost."
    assert [(f.text, f.value) for f in only(text, "age")] == [("aged 19", 19), ("27", 27), ("51", 51)]
    # near miss: a count after the list's "and" is no age ("aged 30 and 40 percent of ...")
    assert [f.text for f in only("Workers aged 30 and 40 percent of managers agreed.", "age")] == ["aged 30"]


@pytest.mark.parametrize(
    ("text", "span", "n", "noun"),
    [
        ("It was the second time.", "second", 2, "time"),
        ("the 21st century", "21st", 21, "century"),
        ("the third attack", "third", 3, "attack"),
        # a run: its thing, not the adjective ("the fifth consecutive year" / "fourth year running": ut149)
        ("exports fell for the fifth consecutive year", "fifth", 5, "year"),
        ("a third straight month of gains", "third", 3, "month"),
        # ... its period told by an adjective: "the second straight annual decline" is a run of years (ut301)
        ("sales fell for the second straight annual decline", "second", 2, "year"),
        ("a fourth consecutive monthly rise in prices", "fourth", 4, "month"),
    ],
)
def test_ordinals(text: str, span: str, n: int, noun: str) -> None:
    f = one(text, "ordinal")
    assert (f.text, f.value, f.unit) == (span, n, noun)


@pytest.mark.parametrize(
    ("text", "span", "minutes"),
    [
        ("at 3 p.m. sharp", "3 p.m.", 15 * 60),
        ("at 3pm", "3pm", 15 * 60),
        ("at 15:00 GMT", "15:00 GMT", 15 * 60),
        ("at 9.30am", "9.30am", 9 * 60 + 30),
        ("at 12 a.m.", "12 a.m.", 0),
    ],
)
def test_times(text: str, span: str, minutes: int) -> None:
    f = one(text, "time")
    assert (f.text, f.value) == (span, minutes)


@pytest.mark.parametrize(
    ("text", "start"),
    [
        # the a.m./p.m. after a range's end is the start's too
        ("Calls were logged between 9:40 and 9:55 p.m. that night.", 21 * 60 + 40),
        ("The bridge was shut from 11:30 to 1 p.m. for repairs.", 11 * 60 + 30),  # morning to afternoon
        ("Voting ran from 7:15 to 11 a.m. in the hall.", 7 * 60 + 15),
        ("The ferry left at 8:20. Lunch was at 1 p.m.", 8 * 60 + 20),  # no range: as written
    ],
)
def test_a_range_of_times_shares_its_end_s_a_m_or_p_m(text: str, start: int) -> None:
    got = [f.value for f in facts.extract(text) if f.kind == "time"]
    assert got[0] == start


def test_a_zone_after_a_m_or_p_m_is_the_time_s() -> None:
    f = one("Power came back at 2am GMT on Friday.", "time")
    assert (f.text, f.value) == ("2am GMT", 120)
    assert [f.text for f in only("Power came back at 2am GMT on Friday.", "name")] == ["Power"]  # no "GMT"


def test_the_act_of_a_date_is_named_past_a_noun_but_not_for_a_bare_year() -> None:
    assert "repai" in one("Crews finished repairing the main cable on 27 October.", "date").context
    assert one("The storm destroyed the clinic in 1998.", "year").context == ("clini",)


# ---------------------------------------------------------------------------------------
# dates and days


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("between Dec. 10, 2012 and now", "Dec. 10, 2012", (2012, 12, 10)),
        ("on December 10, 2012, it began", "December 10, 2012", (2012, 12, 10)),
        ("from 10 December 2012 on", "10 December 2012", (2012, 12, 10)),
        ("on the 10th of December 2012", "10th of December 2012", (2012, 12, 10)),
        ("on 2012-12-10", "2012-12-10", (2012, 12, 10)),
        ("in December 2012", "December 2012", (2012, 12, 0)),
        ("on Sept. 3", "Sept. 3", (0, 9, 3)),
        # a clock time after the month is no day of it
        ("restored as of 4 November 02:00 GMT", "4 November", (0, 11, 4)),
    ],
)
def test_dates(text: str, span: str, value: tuple[int, int, int]) -> None:
    f = one(text, "date")
    assert (f.text, f.value) == (span, value)


def test_may_the_verb_is_no_month() -> None:
    assert only("He may 5 times refuse.", "date") == []
    assert one("It opened on May 5.", "date").value == (0, 5, 5)


def test_year_hint_and_document_years() -> None:
    f = facts.extract("It ended on January 8.", year_hint=2013)
    assert [(x.value, x.year_inferred) for x in f if x.kind == "date"] == [((2013, 1, 8), True)]
    doc = facts.extract_document(["It ran from Dec. 10, 2012.", "It ended on January 8."])
    assert [x.value for x in doc[1] if x.kind == "date"] == [(2012, 1, 8)]
    (a, b) = [x for x in facts.extract("from December 10, 2012, to January 8") if x.kind == "date"]
    assert a.value == (2012, 12, 10) and b.value == (2013, 1, 8)  # a range runs into the next year


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("He arrived Monday.", ["monday"]),
        ("France and Mexico Monday angrily demanded answers.", ["monday"]),
        ("It was summoned today and talks start tomorrow.", ["today", "tomorrow"]),
        ("He left last week.", ["last week"]),
        ("Not a day goes by.", []),
    ],
)
def test_days_kept_as_such(text: str, days: list[str]) -> None:
    got = only(text, "day")
    assert [f.value for f in got] == days
    assert only(text, "date") == []  # never invented into dates


# ---------------------------------------------------------------------------------------
# names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("US Ambassador Charles H. Rivkin left.", ["US Ambassador Charles H. Rivkin"]),
        ("France and Mexico Monday angrily demanded answers.", ["France", "Mexico"]),
        ("Le Monde's revelations were shocking.", ["Le Monde"]),
        ("A report in Der Spiegel said so.", ["Der Spiegel"]),
        ("US Secretary of State John Kerry arrived.", ["US Secretary of State John Kerry"]),
        ("The U.N. met in New York.", ["U.N.", "New York"]),
        ("Felipe Calderón was in office.", ["Felipe Calderón"]),
        ("He said so in October.", []),
        # a middle initial that is also a word ("A.", "I."): inside a name it is an initial
        ("Justice Samuel A. Alito Jr. was unconvinced.", ["Justice Samuel A. Alito Jr."]),
        ("Mayor Rosa I. Marr spoke.", ["Mayor Rosa I. Marr"]),
        # ... and the article after a name that ends a clause stays one
        ("They met Samuel. A crowd waited outside.", ["Samuel"]),
    ],
)
def test_names(text: str, names: list[str]) -> None:
    assert [f.text for f in only(text, "name")] == names


def test_name_values_fold_accents_and_dots() -> None:
    assert one("Felipe Calderón spoke.", "name").value == "felipe calderon"
    assert one("The U.S. spoke.", "name").value == "us"


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("Charles H. Rivkin", "Charles Rivkin", True),
        ("Charles Rivkin", "Rivkin", True),
        ("President Barack Obama", "Obama", True),
        ("NSA", "National Security Agency", True),
        ("NSA", "US National Security Agency", True),
        ("UN", "United Nations", True),
        ("U.N.", "United Nations", True),
        ("US", "United States", True),
        ("Calderón", "Calderon", True),
        ("Charles Rivkin", "Laurent Fabius", False),
        ("NSA", "National Security Council", False),
    ],
)
def test_same_name(a: str, b: str, same: bool) -> None:
    fa = Fact("name", a, 0, len(a), a)
    fb = Fact("name", b, 0, len(b), b)
    assert facts.same_name(fa, fb) is same
    assert facts.same_name(fb, fa) is same


def test_sentence_initial_common_word_is_no_name_in_context() -> None:
    doc = facts.extract_document(["Review the plan.", "They will review it."])
    assert [f.text for f in doc[0] if f.kind == "name"] == []
    doc = facts.extract_document(["Fabius will raise it.", "He said so."])
    assert [f.text for f in doc[0] if f.kind == "name"] == ["Fabius"]


# ---------------------------------------------------------------------------------------
# quotes and speakers


@pytest.mark.parametrize(
    ("text", "quote", "speaker"),
    [
        (
            '"That is totally unacceptable," Valls told Europe 1 radio.',
            "That is totally unacceptable",
            "Valls",
        ),
        ('"It is over," said Foreign Minister Laurent Fabius.', "It is over", "Laurent Fabius"),
        (
            'Prime Minister Jean-Marc Ayrault said he was "deeply shocked" by it.',
            "deeply shocked",
            "Jean-Marc Ayrault",
        ),
        ("Interior minister Manuel Valls said the revelations were “shocking.”", "shocking", "Manuel Valls"),
        ('A report classified as "top secret" was leaked.', "top secret", ""),
        # a name inside an aside before the verb is not the speaker; an apposed name is
        (
            "Sen. Ada Lindqvist of Ohio, campaigning in San Antonio on Friday, told voters: “We will win.”",
            "We will win",
            "Ada Lindqvist",
        ),
        ("Mr. Okafor, asked about Mr. Brandt, said he was “a fine colleague.”", "a fine colleague", "Okafor"),
        ("Ruiz, a lawyer for Tomas Herrera, said it was “a travesty.”", "a travesty", "Ruiz"),
        ("The lawyer, Mark Sheridan, said it was “a travesty.”", "a travesty", "Mark Sheridan"),
        # ... but not a body's name in the possessive opening the aside (ut164)
        (
            "Dr. Ana Pereira, Lisbon City Council's health director, said crews worked “around the clock.”",
            "around the clock",
            "Ana Pereira",
        ),
        ("The mayor, speaking in Leeds on Monday, said it was “a disgrace.”", "a disgrace", ""),
        # a quote opened by "saying": the subject of the clause it hangs on, not its object
        (
            'Sen. Ada Lindqvist slammed the memo, saying, "It is a disgrace."',
            "It is a disgrace",
            "Ada Lindqvist",
        ),
        ('Mayor Tom Brandt wrote to Ada Lindqvist, saying: "We will win."', "We will win", "Tom Brandt"),
        ('The council met on Monday, saying, "We will win."', "We will win", ""),
        (
            'Sen. Ada Lindqvist, R-Ohio, slammed the memo, saying in a statement, "It is a disgrace to us."',
            "It is a disgrace to us",
            "Ada Lindqvist",
        ),
        # a word or two quoted inside the writer's own clause: its subject may be a description
        ("The Ohio Democrat spoke after the vote, saying she felt “exhilarated.”", "exhilarated", ""),
        # a verb that quotes its object's words: the subject speaks them
        (
            "Ada Lindqvist praised the crews “for working through the night.”",
            "for working through the night",
            "Ada Lindqvist",
        ),
        (
            "Mayor Tom Brandt called the ruling “a disgrace to the city.”",
            "a disgrace to the city",
            "Tom Brandt",
        ),
        # ... the nearest such verb: the clause of the quote, not the sentence's first
        (
            'Tom Brandt praised Ada Lindqvist, who called the deal "a fair start for the port."',
            "a fair start for the port",
            "Ada Lindqvist",
        ),
        # near miss: a passive has no speaker before its verb
        ("The ruling was called “a disgrace to the city” in the letter.", "a disgrace to the city", ""),
        # a new clause after the quote, its own speaker of its own words: not the quote's (ut180)
        (
            'Mayor Tom Brandt said the audit was "a wake-up call for the city", and his spokeswoman'
            " Ada Lindqvist noted that reserves had fallen.",
            "a wake-up call for the city",
            "Tom Brandt",
        ),
        # ... but a role and a name right after the quote are its speaker
        (
            '"It is a wake-up call for the city," finance director Ada Lindqvist said.',
            "It is a wake-up call for the city",
            "Ada Lindqvist",
        ),
    ],
)
def test_quotes_and_named_speakers(text: str, quote: str, speaker: str) -> None:
    f = one(text, "quote")
    assert (f.text, f.speaker) == (quote, speaker)


def test_pronoun_speaker_resolved_in_document() -> None:
    doc = facts.extract_document(
        [
            "French Prime Minister Jean-Marc Ayrault said he was shocked.",
            '"It is incredible," he told journalists.',
            "Foreign Minister Laurent Fabius said ambassador Charles Rivkin was summoned.",
            '"These practices are unacceptable," he told reporters.',
        ]
    )
    speakers = [f.speaker for s in doc for f in s if f.kind == "quote"]
    assert speakers == ["Jean-Marc Ayrault", "Laurent Fabius"]


def test_code_names_in_quotes_are_not_quotes() -> None:
    assert only('a programme code-named "US-985D".', "quote") == []


# ---------------------------------------------------------------------------------------
# whole documents: spans and keys (speed is bench/facts_speed.py: no wall clock in tests)


def _bundled_sentences() -> list[list[str]]:
    return [[s.text for s in document(load(p)).sentences] for p in bundled_paths()]


def test_every_span_points_into_its_sentence() -> None:
    for sentences in _bundled_sentences():
        for text, fs in zip(sentences, facts.extract_document(sentences), strict=True):
            for f in fs:
                assert text[f.start : f.end] == f.text, f


def test_keys_equal_for_equal_values_in_any_wording() -> None:
    a = facts.keys(facts.extract("70.3 million calls over 30 days from Dec. 10, 2012"))
    b = facts.keys(facts.extract("70.3 million calls over a 30-day period from 10 December 2012"))
    assert a == b == ["@num:7.03e+07", "@dur:30", "@date:12-10"]
    assert facts.keys(facts.extract("two weeks")) == facts.keys(facts.extract("14 days"))


def test_unicode_lowering_keeps_offsets() -> None:
    text = "İstanbul hosted 12 ministers on Oct. 3."
    for f in facts.extract(text):
        assert text[f.start : f.end] == f.text


def test_an_age_meets_the_same_number_after_a_name() -> None:
    # "the 41-year-old pilot" and "the pilot, 41," state one age; "Thirty-year-old" in words too
    assert facts.keys(facts.extract("The 41-year-old pilot ejected safely.")) == ["@num:41"]
    assert facts.keys(facts.extract("The pilot, 41, ejected before the crash.")) == ["@num:41"]
    assert facts.keys(facts.extract("Thirty-year-old Ana Ruiz won the race.")) == ["@num:30"]
    assert facts.keys(facts.extract("A 9-year-old boy was hurt.")) == []  # small numbers recur by chance


@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [
        ("Two and a half million people voted.", "number", 2_500_000.0),
        ("Half a million people voted.", "number", 500_000.0),
        ("The fund paid out two and a half million dollars.", "money", 2_500_000.0),
        ("Prices rose 3 and a half percent.", "percent", 3.5),
        ("half a dozen boats", "number", 6.0),
        ("She was jailed for two and a half years.", "duration", 2.5 * 365.25),
        ("She was jailed for a year and a half.", "duration", 1.5 * 365.25),
        ("The hearing lasted an hour and a half.", "duration", 1.5 / 24),
    ],
)
def test_a_half_in_words_is_part_of_the_value(text: str, kind: str, value: float) -> None:
    # "two and a half million" was read as 2, a wrong value: a false conflict with "2.5 million"
    kinds = ("number", "money", "percent", "duration")
    got = [(f.kind, f.value) for f in facts.extract(text) if f.kind in kinds]
    assert got == [(kind, pytest.approx(value))]


@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [
        ("More than a million people signed the petition.", "number", 1e6),
        ("The storm left a million homes without power.", "number", 1e6),
        ("The city paid a billion dollars for the stadium.", "money", 1e9),
        ("A thousand runners started the race.", "number", 1e3),
    ],
)
def test_a_scale_word_after_a_is_one_of_it(text: str, kind: str, value: float) -> None:
    # "a million" was no figure at all: "more than a million acres" beside "over 1 million
    # acres" showed as a detail of one side
    got = [(f.kind, f.value, f.resolution) for f in facts.extract(text) if f.kind in ("number", "money")]
    assert got == [(kind, value, value)]  # rounded as "1 million" is


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("The dock strike has lasted a week, the union said.", 7.0),
        ("The closure of the harbour road lasted a month, officials said.", 30.4375),
        ("The ferry runs once a week in winter.", None),  # a frequency, no length of time
        ("The council took a vote on the harbour plan on Monday.", None),
    ],
)
def test_a_duration_of_one_unit_after_a_verb_of_lasting(text: str, days: float | None) -> None:
    # "has lasted a week" / "now lasting seven days": the other side's "seven days" showed as
    # its own detail
    got = [f.value for f in facts.extract(text) if f.kind == "duration"]
    assert got == ([] if days is None else [days])


def test_a_range_of_sums_joined_by_a_hyphen_gives_both_sums() -> None:
    # "$800-$1,000" gave no figure at all: "about $800 to $1,000" on the other side of a
    # rewrite showed as a detail of one side
    got = [
        (f.kind, f.value) for f in facts.extract("Training costs $800-$1,000 an officer.") if f.kind != "name"
    ]
    assert got == [("money", 800.0), ("money", 1000.0)]
    # near misses: a figure glued to a word by a hyphen is a compound, as before
    assert [f.text for f in facts.extract("A 300-page audit and a $5-million grant.")] == ["300-page"]


def test_the_end_of_a_fraction_is_no_duration() -> None:
    # "4 1/2 months" (or "41 / 2 months", its "½" lost) is not a stay of 2 months
    for text in ("He served 4 1/2 months.", "He served 41 / 2 months."):
        assert not [f for f in facts.extract(text) if f.kind == "duration"]


def test_durations_are_found_in_linear_time_after_fractions() -> None:
    import time

    for unit in ("4 1/2 months ", "41 / 2 months "):
        start = time.process_time()  # CPU time: other work on the machine does not count
        facts.extract(unit * 3_000)
        assert time.process_time() - start < 2.0, unit  # a search to the text's end per unit word: 40 s


def test_taken_spans_are_tested_near_where_they_lie() -> None:
    import time

    from reader.facts.spans import Spans, overlaps

    taken = Spans()
    for span in [(10, 20), (60, 70), (500, 900), (3, 3)]:
        taken.append(span)
    assert list(taken) == [(10, 20), (60, 70), (500, 900), (3, 3)] and len(taken) == 4
    assert overlaps(taken, 19, 25) and overlaps(taken, 0, 11) and overlaps(taken, 65, 200)
    assert not overlaps(taken, 20, 60) and not overlaps(taken, 70, 500)
    assert overlaps(taken, 700, 701) and overlaps(taken, 899, 2_000)  # inside a long span
    assert overlaps(taken, 15, 15) and not overlaps(taken, 20, 20)  # an empty span: inside or not
    # each number of a page is tested against the spans near it, not all before it
    page = "41 / 2 months " * 12_000
    start = time.process_time()
    facts.extract(page)
    assert time.process_time() - start < 8.0  # 28 s when every span was tested


def test_a_half_dozen_is_no_half() -> None:
    got = facts.extract("He was jailed for three months and a half-dozen others were freed.")
    assert [(f.kind, f.text) for f in got if f.kind == "duration"] == [("duration", "three months")]


def test_long_name_words_are_not_remembered() -> None:
    # a word's deletion neighbourhood is its length squared in characters: only names of a
    # usual length are memoised, so a page of long capitalised runs does not stay in memory
    from reader.facts import document as doc

    before = doc._alt_keys_memo.cache_info().currsize
    doc._alt_keys("Q" + "x" * 2_000)
    assert doc._alt_keys_memo.cache_info().currsize == before
    assert doc._alt_keys("Okafor") == doc._alt_keys_memo("Okafor")


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("The crash closed the road half a mile from the bridge.", 0.5, "mile"),
        ("Rescuers carried her a mile and a half to the road.", 1.5, "mile"),
        ("The storm dropped half an inch of rain overnight.", 0.5, "inch"),
    ],
)
def test_a_measure_and_a_half_in_words_is_a_number_of_it(text: str, value: float, unit: str) -> None:
    assert [(f.value, f.unit) for f in facts.extract(text) if f.kind == "number"] == [(value, unit)]
    assert not [f for f in facts.extract("Half the town fled to the hills.") if f.kind == "number"]


def test_half_a_mile_and_a_mile_and_a_half_conflict() -> None:
    from reader.facts.discrepancies import differences

    a = "The bakery stood half a mile from the harbour, neighbours said."
    b = "The bakery stood about a mile and a half from the harbour, neighbours said."
    got = [(d.left, d.right) for d in differences(facts.extract(a), facts.extract(b), a, b)]
    assert got == [("half a mile", "about a mile and a half")]


def test_a_couple_is_two_only_of_something_counted() -> None:
    # "as a couple", "the couple": two people, no figure to compare
    assert [
        f for f in facts.extract("They filed their taxes as a couple this spring.") if f.kind == "number"
    ] == []
    got = [
        (f.text, f.value)
        for f in facts.extract("A couple of hikers were rescued on Sunday.")
        if f.kind == "number"
    ]
    assert got == [("A couple of", 2.0)]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a person's name before "of" is the person, not the firm or the place after it
        ('"It is a workaround," said Dana Ruiz Ortega of Bright & Co.', "Dana Ruiz Ortega"),
        ('"We will appeal," said Rep. Lena Marsh of Ohio.', "Lena Marsh"),
        # an office before "of": the person comes after it
        ('"The talks failed," said Secretary of State Ana Lind.', "Ana Lind"),
        ('"The talks failed," said Assistant Secretary of State Ana Lind.', "Ana Lind"),
    ],
)
def test_the_speaker_of_a_name_with_of_is_the_person(text: str, speaker: str) -> None:
    assert [f.speaker for f in facts.extract(text) if f.kind == "quote"] == [speaker]


def test_the_dollar_alone_is_no_sum() -> None:  # the near miss of "a 40 million dollar upgrade"
    assert only("The dollar fell 2 percent against the yen.", "money") == []
