"""Segment: sentence ends are found, abbreviations are not, offsets always hold.

A false split mangles a name or a date and cascades into every later stage, so the
no-split cases matter as much as the split cases.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reader.clean import Block, clean
from reader.segment import SplitMode, segment, split_sentences


def sentences(text: str) -> list[str]:
    return [text[a:b] for a, b in split_sentences(text, 0, len(text))]


@pytest.mark.parametrize(
    "text",
    [
        "Records were kept between Dec. 10, 2012 and Jan. 8, 2013 by the agency.",
        "US Ambassador to France Charles H. Rivkin left the ministry.",
        "The U.S. ambassador was summoned on Monday.",
        "Officials in the U.S. Senate declined to comment.",
        "Mr. Smith and Mrs. Jones met Dr. Brown at St. Paul's.",
        "The meeting began at 9 a.m. Tuesday and ended at noon.",
        "Some fruit, e.g. apples, keeps for months.",
        "He spoke from No. 10 Downing Street on Friday.",
        "Gen. Mark Milley and Sen. Ted Cruz spoke.",
        "The price was $5.50 a share, up 70.3 million.",
        "Sales rose approx. five per cent, i.e. more than expected.",
        "J. R. R. Tolkien wrote it in Oxford.",
        "The talks (see Fig. 3) lasted a week.",
        "Apple Inc. said on Monday that sales were up.",
        "The vote was 5 vs. 4 in the end.",
        "Prof. Ana Ruiz of the Univ. of Madrid said so.",
        "He asked what? and went on reading.",
    ],
)
def test_abbreviations_do_not_split(text: str) -> None:
    assert sentences(text) == [text]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The river rose. Nobody was hurt.", ["The river rose.", "Nobody was hurt."]),
        ("Was it safe? Nobody knew.", ["Was it safe?", "Nobody knew."]),
        ("It burst! Water poured in.", ["It burst!", "Water poured in."]),
        ('"We won," she said. "Now we govern."', ['"We won," she said.', '"Now we govern."']),
        ("He called it “shocking.” Others agreed.", ["He called it “shocking.”", "Others agreed."]),
        (
            "The vote was close (51 to 49.) Then came the recount.",
            ["The vote was close (51 to 49.)", "Then came the recount."],
        ),
        (
            "The report was leaked [in June.] It caused a storm.",
            ["The report was leaked [in June.]", "It caused a storm."],
        ),
        (
            "Talks moved to the U.S. The French were not invited.",
            ["Talks moved to the U.S.", "The French were not invited."],
        ),
        (
            "Shares rose at Apple Inc. The rally faded later.",
            ["Shares rose at Apple Inc.", "The rally faded later."],
        ),
        (
            "The vote ended at 5 p.m. He conceded at once.",
            ["The vote ended at 5 p.m.", "He conceded at once."],
        ),
        ("It began in 2012. 40 people were hurt.", ["It began in 2012.", "40 people were hurt."]),
        ("Wait... The lights went out.", ["Wait...", "The lights went out."]),
        ("It ended. (Nobody cheered.)", ["It ended.", "(Nobody cheered.)"]),
        ("It was over… Then it began again.", ["It was over…", "Then it began again."]),
        ("One.  Two.\nThree.", ["One.", "Two.", "Three."]),
        ("Really?! Yes.", ["Really?!", "Yes."]),
        ('He said: "Stop." She did.', ['He said: "Stop."', "She did."]),
        (
            "The storm hit on Sept. 11. Then it moved north.",
            ["The storm hit on Sept. 11.", "Then it moved north."],
        ),
        (
            "It was World War II. The next war came later.",
            ["It was World War II.", "The next war came later."],
        ),
        ("The river rose.\u00a0Nobody was hurt.", ["The river rose.", "Nobody was hurt."]),
    ],
)
def test_real_ends_split(text: str, expected: list[str]) -> None:
    assert sentences(text) == expected


def test_paragraphs_and_offsets_survive_segmentation() -> None:
    text = "Title of the piece\n\nFirst sentence here. Second one, by Mr. Smith.\n\nA last paragraph.\n"
    cleaned = clean(text, enabled=False)
    out = segment(text, cleaned.blocks)
    assert [s.text for s in out] == [
        "Title of the piece",
        "First sentence here.",
        "Second one, by Mr. Smith.",
        "A last paragraph.",
    ]
    assert [s.paragraph for s in out] == [0, 1, 1, 2]
    assert [s.id for s in out] == [0, 1, 2, 3]
    for s in out:
        assert text[s.start : s.end] == s.text


def test_a_sentence_never_crosses_a_paragraph() -> None:
    text = "The first paragraph ends without a stop\n\nthe second starts in lower case."
    out = segment(text, clean(text, enabled=False).blocks)
    assert len(out) == 2 and out[0].paragraph != out[1].paragraph


def test_lines_mode_gives_one_unit_per_non_empty_line() -> None:
    text = "Roses are red,\n  Violets are blue.\n\n\nSugar is sweet. And so are you.\n"
    cleaned = clean(text, one_unit_per_line=True)
    out = segment(text, cleaned.blocks, "lines")
    assert [s.text for s in out] == ["Roses are red,", "Violets are blue.", "Sugar is sweet. And so are you."]
    for s in out:
        assert text[s.start : s.end] == s.text


def test_lines_mode_splits_a_block_that_spans_lines() -> None:
    text = "one line\ntwo line\n  three line  "
    out = segment(text, [Block(0, len(text), 0)], "lines")
    assert [s.text for s in out] == ["one line", "two line", "three line"]
    assert all(text[s.start : s.end] == s.text for s in out)


def test_paragraphs_mode_gives_one_unit_per_paragraph() -> None:
    text = "First. Still first.\n\nSecond paragraph. Still second.\n"
    out = segment(text, clean(text, enabled=False).blocks, "paragraphs")
    assert [s.text for s in out] == ["First. Still first.", "Second paragraph. Still second."]
    assert [s.paragraph for s in out] == [0, 1]


_WORDS = st.sampled_from(
    [
        "The",
        "river",
        "rose",
        "U.S.",
        "Dec.",
        "10",
        "Mr.",
        "Smith",
        "e.g.",
        "said",
        "“Yes.”",
        "(see",
        "it)",
        "No.",
        "a.m.",
    ]
)
_ENDS = st.sampled_from([".", "!", "?", "", ".”", ".)", "…"])


@settings(max_examples=200, deadline=None)
@given(
    st.lists(st.tuples(st.lists(_WORDS, min_size=1, max_size=8), _ENDS), min_size=1, max_size=6),
    st.sampled_from([" ", "\n", "  "]),
)
def test_spans_always_cover_the_text_in_order(parts: list[tuple[list[str], str]], sep: str) -> None:
    """Whatever the text, spans are ordered, trimmed, and together hold every word."""
    text = sep.join(" ".join(words) + end for words, end in parts)
    spans = split_sentences(text, 0, len(text))
    assert spans, text
    pos = 0
    for a, b in spans:
        assert pos <= a < b
        assert not text[a].isspace() and not text[b - 1].isspace()
        assert text[pos:a].strip() == ""
        pos = b
    assert text[pos:].strip() == ""


# --- news style (issue 10, item 9): sentences of our own in the manner of US and UK outlets ---


@pytest.mark.parametrize(
    "text",
    [
        "Cong. Maria Ortiz, D-N.M., voted against the bill.",
        "Reps. Tom Hale and Ann Lee wrote to the agency.",
        "Sens. Ruth Park and Dan Cole, both Democrats, agreed.",
        "Lt. Gov. Sam Reed signed the order on Monday.",
        "The court declined to revisit Roe v. Wade in that term.",
        "The ruling in Brown v. Board of Education was cited.",
        "The bill, H.R. No. 2417, passed on a voice vote.",
        "U.S. officials said the talks would resume.",
        "The U.N. Security Council met in New York.",
        "He was born in Lansing, Mich. and moved west at 18.",
        "He moved to Biloxi, Miss., in 1957 and opened a firm.",
        # an ellipsis inside a quotation whose words go on to a comma or a lower-case word
        '"I saw the boat tip over... I saw the crew in the water," said one fisherman.',
        "The leaflet is titled “Because of the levy… We lost our harbour” and lists the costs.",
        "The vote is set for 3 p.m. Friday in the chamber.",
        "Atty. Gen. Lia Moss and Det. Joe Kim spoke first.",
        "He paused . . . and then went on with the speech.",
        "The F.B.I. “Destroyed” files, the senator claimed.",
        # a title-case headline: a sentence adverb without a comma goes on
        "Why the U.S. Now Leads the World in Solar Power",
        "The U.S. Then-Secretary of State arrived in Lima.",
        # a company's bracket goes on (ut26); a calibre's point a page moved before its space (ut25)
        "The chipmaker bought Harbour Micro Inc. (a maker of small servers) for $30 million.",
        "The officers said he turned toward them with a loaded. 38-caliber revolver in hand.",
    ],
)
def test_news_abbreviations_do_not_split(text: str) -> None:
    assert sentences(text) == [text]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The march ended in Washington, D.C. The crowd left by nightfall.",
            ["The march ended in Washington, D.C.", "The crowd left by nightfall."],
        ),
        (
            "The motion went to the U.N. It failed on a 9-6 vote.",
            ["The motion went to the U.N.", "It failed on a 9-6 vote."],
        ),
        # after an initialism: an indefinite pronoun, a contraction of a starter, a title
        # before a name, a sentence adverb with its comma
        (
            "The blame fell on the I.R.S. Nothing was ever proved.",
            ["The blame fell on the I.R.S.", "Nothing was ever proved."],
        ),
        (
            "He trained with the L.A.P.D. “We’re proud of him,” his mother said.",
            ["He trained with the L.A.P.D.", "“We’re proud of him,” his mother said."],
        ),
        (
            "The mayor lives in Albany, N.Y. Mrs. Ortiz works in the city.",
            ["The mayor lives in Albany, N.Y.", "Mrs. Ortiz works in the city."],
        ),
        (
            "The plant ships to the E.U. Still, it will ship to Asia.",
            ["The plant ships to the E.U.", "Still, it will ship to Asia."],
        ),
        (
            "She grew up near Fresno, Calif. Her parents farmed almonds.",
            ["She grew up near Fresno, Calif.", "Her parents farmed almonds."],
        ),
        # a state after its city, then a name: news style puts a comma after a state inside a
        # sentence, so the capital opens the next one
        (
            "He retired to Biloxi, Miss. Ruth Ames took over the firm in 1990.",
            ["He retired to Biloxi, Miss.", "Ruth Ames took over the firm in 1990."],
        ),
        (
            "The trial opened in Fort Smith, Ark. Prosecutors called six witnesses.",
            ["The trial opened in Fort Smith, Ark.", "Prosecutors called six witnesses."],
        ),
        ("The answer was no. The board moved on.", ["The answer was no.", "The board moved on."]),
        # a full stop, then a spaced ellipsis: the stop ends the sentence (three spaced dots
        # alone mark an omission inside one, see test_three_spaced_dots_mark_an_omission)
        (
            "It was over. . . . The crowd went home.",
            ["It was over.", ". . . The crowd went home."],
        ),
        (
            "It was over . . . . The crowd went home.",
            ["It was over . . . .", "The crowd went home."],
        ),
        (
            "1. The fares go up. 2. The night trams start.",
            ["1. The fares go up.", "2. The night trams start."],
        ),
        (
            "We make a good team, you and I. Did you see the result?",
            ["We make a good team, you and I.", "Did you see the result?"],
        ),
    ],
)
def test_news_sentence_ends_split(text: str, expected: list[str]) -> None:
    assert sentences(text) == expected


def test_long_paragraphs_of_abbreviations_stay_linear() -> None:
    """No rule may look back to the start of the paragraph (that made it quadratic):
    8 times the text may take at most 30 times as long (quadratic would be 64)."""
    import time

    unit = "Sen. Ann Lee of the U.S. said 1. no . . . to Roe v. Wade in D.C. on Jan. 5 "

    def best(text: str) -> float:
        times = []
        for _ in range(3):
            t0 = time.perf_counter()
            split_sentences(text, 0, len(text))
            times.append(time.perf_counter() - t0)
        return min(times)

    small, big = best(unit * 500), best(unit * 4000)
    assert big < 30 * max(small, 1e-3)
    # a full stop held inside brackets ("(b. 5)") keeps one sentence growing
    held = "(see b. 5) and [page. 4] "
    small, big = best(held * 1000), best(held * 8000)
    assert big < 30 * max(small, 1e-3)
    # a run of list markers: each number asks whether it is the next item of the list; the
    # list is read once per sentence, not once per number
    markers = " ".join(f"{i % 99 + 1}." for i in range(12_000))
    prose = (unit * (len(markers) // len(unit) + 1))[: len(markers)]
    assert best(markers) < 25 * max(best(prose), 1e-3)  # about 8 now, 90 before


def test_a_run_without_punctuation_is_cut_into_bounded_units_with_a_note() -> None:
    from reader.clean import clean
    from reader.segment import UNIT_CHARS_MAX

    text = (
        " ".join(f"row {i} of the harbour table" for i in range(2_000))
        + "\n\nThe port reopened. It rained.\n"
    )
    notes: list[str] = []
    sents = segment(text, clean(text, enabled=False).blocks, "sentences", notes)
    long_run = [s for s in sents if s.paragraph == 0]
    assert len(long_run) > 1 and all(len(s.text) <= UNIT_CHARS_MAX for s in long_run)
    assert all(not s.text.startswith(" ") and not s.text.endswith(" ") for s in long_run)
    assert all(text[s.start : s.end] == s.text for s in sents)
    # nothing lost: the pieces with the spaces between them give back the whole run
    assert " ".join(s.text for s in long_run) == text.split("\n\n")[0]
    assert [s.text for s in sents if s.paragraph == 1] == ["The port reopened.", "It rained."]
    assert len(notes) == 1 and "cut 1 run without sentence punctuation" in notes[0]


@pytest.mark.parametrize("mode", ["lines", "paragraphs"])
def test_a_long_line_or_paragraph_is_cut_between_its_sentences(mode: SplitMode) -> None:
    from reader.clean import clean
    from reader.segment import UNIT_CHARS_MAX

    told = [f"The council met for the {i}th time and voted on the ferry timetable." for i in range(80)]
    text = " ".join(told) + "\n"
    notes: list[str] = []
    units = segment(text, clean(text, enabled=False).blocks, mode, notes)
    assert len(units) > 1 and all(len(u.text) <= UNIT_CHARS_MAX for u in units)
    assert all(u.text.startswith("The council") and u.text.endswith("timetable.") for u in units)
    assert " ".join(u.text for u in units) == text.strip()  # nothing lost
    what = "line" if mode == "lines" else "paragraph"
    assert notes == [f"cut 1 {what} longer than 2,000 characters into units at sentence ends"]


def test_ordinary_sentences_get_no_note() -> None:
    from reader.clean import clean

    text = "The port reopened on Monday. Ships queued outside.\n"
    notes: list[str] = []
    segment(text, clean(text).blocks, "sentences", notes)
    assert notes == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Shots were heard around 10:30 a.m. Workers in the building said the gunman fled.",
            ["Shots were heard around 10:30 a.m.", "Workers in the building said the gunman fled."],
        ),
        (
            "The hearing resumes at 2 p.m. Thursday in Lansing.",
            ["The hearing resumes at 2 p.m. Thursday in Lansing."],
        ),
        ("Polls close at 8 p.m. ET across the state.", ["Polls close at 8 p.m. ET across the state."]),
        ("The market opened at 9 a.m. on Monday.", ["The market opened at 9 a.m. on Monday."]),
    ],
)
def test_a_clock_time_ends_a_sentence_unless_a_day_or_zone_follows(text: str, expected: list[str]) -> None:
    assert [text[a:b] for a, b in split_sentences(text, 0, len(text))] == expected


# --- pasted quotations: ellipses between quoted sentences, stray quote marks, speakers ---


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            '"The harbour will reopen by spring. ... We owe that to the fishermen," she said.',
            ['"The harbour will reopen by spring. ...', 'We owe that to the fishermen," she said.'],
        ),
        (
            "“The levy stays. … It pays for the bridge.”",
            ["“The levy stays. …", "It pays for the bridge.”"],
        ),
        (
            "The mayor spoke first. [...] The council then voted.",
            ["The mayor spoke first. [...]", "The council then voted."],
        ),
        # an ellipsis that opens the block stays: there is no sentence before it
        ("... and then the lights went out.", ["... and then the lights went out."]),
    ],
)
def test_an_ellipsis_alone_goes_with_the_sentence_before(text: str, expected: list[str]) -> None:
    assert sentences(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            '"We asked for the tapes. " The inquiry was adjourned until June.',
            ['"We asked for the tapes. "', "The inquiry was adjourned until June."],
        ),
        (
            "\"He told us, 'We are closing the mill. '\" The union called a strike.",
            ["\"He told us, 'We are closing the mill. '\"", "The union called a strike."],
        ),
        (
            "“The roads are shut. ” Drivers were told to wait.",
            ["“The roads are shut. ”", "Drivers were told to wait."],
        ),
        # no quotation is open: the mark opens the next one
        (
            'The chief spoke at noon. " We will rebuild," he said.',
            ["The chief spoke at noon.", '" We will rebuild," he said.'],
        ),
        # the parity is off (a mark was lost), but '..., "she said' shows the quotation closed
        (
            'It was a hard year, "she said. " Next year will be better.',
            ['It was a hard year, "she said.', '" Next year will be better.'],
        ),
    ],
)
def test_a_lone_closing_quote_goes_with_the_sentence_it_closes(text: str, expected: list[str]) -> None:
    assert sentences(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # the speaker of a question goes with it
            "“Why would they close the mill now?” Mayor Ines Ortega said. The vote is in May.",
            ["“Why would they close the mill now?” Mayor Ines Ortega said.", "The vote is in May."],
        ),
        (  # the verb first, and a short tail
            '"Enough!" shouted the foreman. "Enough!" Kofi Mensah told reporters Friday. Work stopped.',
            [
                '"Enough!" shouted the foreman.',
                '"Enough!" Kofi Mensah told reporters Friday.',
                "Work stopped.",
            ],
        ),
        # near misses: a new sentence after the quotation
        ('"Is it safe?" The inspectors said no.', ['"Is it safe?"', "The inspectors said no."]),
        ('"Who knew?" Ortega said Friday she knew.', ['"Who knew?"', "Ortega said Friday she knew."]),
        ('"Run!" Police said the man fled.', ['"Run!"', "Police said the man fled."]),
    ],
)
def test_the_speaker_after_a_question_or_exclamation_stays_with_it(text: str, expected: list[str]) -> None:
    assert sentences(text) == expected


# --- the public suites' classes (bench/segment_suites.py), on sentences made up here ---


@pytest.mark.parametrize(
    "text",
    [
        # a clock time alone so far: the sentence has not started yet
        "By 7 a.m. Gov. Reyes had signed the order.",
        "At 11:30 p.m. Ms. Okafor left the hall.",
        # "N°" before a number
        "The hull was logged as N°. 4471 in the harbour register.",
        # an omission mark in brackets inside a quotation
        '"The committee [...] rejected the plan [...]" (Hale 12).',
        "He called it (…) a mistake.",
        # the next word closes a bracket the sentence opened
        "The club finished 41-40 (. 506) and missed the playoffs.",
        "Rep. Ann Lee (D-W. Va.) voted against the bill.",
        "See the annex [table. 4] for the counts.",
        # three spaced dots after a space mark words left out, not an end
        "We will rebuild . . . Americans deserve nothing less.",
    ],
)
def test_suite_classes_do_not_split(text: str) -> None:
    assert sentences(text) == [text]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a clock time after other words still ends a sentence before a new one
        (
            "The polls closed at 8 p.m. Mr. Diaz conceded.",
            ["The polls closed at 8 p.m.", "Mr. Diaz conceded."],
        ),
        (
            "The hull was logged as N°. 4471. It sank a week later.",
            ["The hull was logged as N°. 4471.", "It sank a week later."],
        ),
        (
            "The mill closed in 1932.[4] Its workers moved south.",
            ["The mill closed in 1932.[4]", "Its workers moved south."],
        ),
        (
            "The river floods often. [2][3] Farmers moved away.",
            ["The river floods often. [2][3]", "Farmers moved away."],
        ),
        (
            "He wrote `the tide is turning.` Few believed him.",
            ["He wrote `the tide is turning.`", "Few believed him."],
        ),
        # list items run together on one line: cut before each next marker of the list
        ("1. Raise the wage 2. Cut the levy", ["1. Raise the wage", "2. Cut the levy"]),
        ("1.) Raise the wage 2.) Cut the levy", ["1.) Raise the wage", "2.) Cut the levy"]),
        ("a) sign up b) pay c) vote", ["a) sign up", "b) pay", "c) vote"]),
        ("• 3. Third stop • 4. Fourth stop", ["• 3. Third stop", "• 4. Fourth stop"]),
        # not a list: a number in a sentence that opens with a marker, or a marker out of order
        ("1. The vote was 5. The count went on.", ["1. The vote was 5.", "The count went on."]),
        ("1. The plan has 3) parts", ["1. The plan has 3) parts"]),
    ],
)
def test_suite_classes_split(text: str, expected: list[str]) -> None:
    assert sentences(text) == expected


def _suite_score(name: str) -> int:
    import importlib.util
    from pathlib import Path

    path = Path(__file__).resolve().parent.parent / "bench" / "segment_suites.py"
    spec = importlib.util.spec_from_file_location("bench_segment_suites", path)
    assert spec is not None and spec.loader is not None
    suites = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(suites)
    passed, _, _ = suites.score(suites.ours, suites.load_cases(suites.DATA / suites.SUITES[name]), 1)
    return int(passed)


def test_the_public_suites_stay_at_their_measured_scores() -> None:
    # measured 37/48 and 56/67 before the suites' classes were fixed; the misses left are a
    # quotation kept whole by sentencex ('"How many? I don't know."') and its split after an
    # unbalanced '(.' before a lower-case word
    assert _suite_score("pysbd golden rules (en)") >= 48
    assert _suite_score("sentencex tests/en.txt") >= 65
