"""Plain data classes that every stage produces and every view reads.

The pipeline (load -> clean -> segment -> facts -> align -> compare) fills these in one
direction only; exports and the app read a finished :class:`Comparison` and never call
back into the pipeline.  Keeping them as frozen/plain dataclasses (no methods with side
effects, no UI types) is what lets the core be used as a library and tested in isolation.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Literal

Side = Literal["left", "right"]
Relation = Literal["shared", "conflict"]
Role = Literal["shared", "conflict", "unique"]


@dataclass(frozen=True, slots=True)
class Sentence:
    """One unit of text; ``text == document.text[start:end]``."""

    id: int
    text: str
    start: int
    end: int
    paragraph: int


@dataclass(frozen=True, slots=True)
class Removed:
    """A stretch of the input that the cleaner took out, with the rule that fired.

    Nothing is thrown away: the app can show these dimmed, the export lists them.
    """

    text: str
    start: int
    end: int
    reason: str


FactKind = Literal[
    "number", "money", "percent", "duration", "age", "ordinal",  # quantities
    "date", "year", "time", "day",  # when
    "name", "quote",
    "tally",  # a vote's count: "passed 4-1", "by 348-77" (value "4-1", the larger side first)
]  # fmt: skip
Date = tuple[int, int, int]  # (year, month, day); 0 for a part the text does not give
Bound = Literal["=", "<", ">", "~"]  # exact, at most, at least, about


@dataclass(slots=True)
class Fact:
    """A typed value found in a sentence.

    ``start``/``end`` are offsets into the sentence text.  ``value`` is the normalised,
    comparable form; two facts are "the same" when their values compare equal, whatever
    the wording.  Per kind: a float for quantities (a duration in days, an age in years),
    an int for ordinals and times (minutes after midnight), a :data:`Date` for dates and
    years, a string for days ("monday", "last week"), names (the folded words) and quotes
    (the stems of their content words).  The fields after ``value`` are set only for the
    kinds named in their comments; the others keep the defaults.

    Not ``frozen``, unlike :class:`Sentence`: a frozen dataclass's ``__init__`` pays one
    ``object.__setattr__`` per field, and with these fields that made fact extraction
    5-10 % slower (``bench/facts_speed.py``).  Treat a fact as immutable all the same:
    nothing assigns to one, changes go through :func:`dataclasses.replace`.
    """

    kind: FactKind
    text: str
    start: int
    end: int
    value: float | Date | str
    # number: the noun counted ("people"); money: the currency ("USD"); duration: the unit
    # word ("month"); age: "years"; ordinal: the noun ("time")
    unit: str = ""
    # quantities: the bound a qualifier sets ("more than 100" is ">")
    bound: Bound = "="
    # quantities: the rounding the written precision allows ("70.3 million": 100000)
    resolution: float = 0.0
    # number, percent: 5-letter stems of the noun after and the verb before ("peopl", "kille")
    context: tuple[str, ...] = ()
    # date: the year was not written but taken from the context
    year_inferred: bool = False
    # name: a single capitalised word at the start of the sentence (maybe no name at all)
    sentence_initial: bool = False
    # name: near spellings of its words used elsewhere in the same article (folded)
    alternatives: tuple[str, ...] = ()
    # quote: the person speaking, titles stripped ("Laurent Fabius"; "" when unknown) ...
    speaker: str = ""
    # ... the words naming them in this sentence ("he", "Foreign Minister Laurent Fabius")
    speaker_words: str = ""
    # ... and where those words stand in the sentence
    speaker_span: tuple[int, int] | None = None
    # number: the stem of the verb the count is told with, before it ("killed 12 people") or,
    # when the count opens its clause, after its noun ("More than 40 people were injured");
    # '' when the count only names a group ("firms with fewer than 50 workers", "companies
    # employing more than 50 workers")
    claim: str = ""


@dataclass(frozen=True, slots=True)
class Difference:
    """A discrepancy inside one link: the smallest conflicting spans and a readable note."""

    kind: str
    left: str
    right: str
    note: str

    @property
    def label(self) -> str:
        """What the note calls this difference ("temperature" for a number in degrees; "quote
        worded two ways"): the words before its first colon, else the kind."""
        head, sep, _ = self.note.partition(": ")
        return head if sep else self.kind


# the kind of a difference of two datelines (reader.dateline_diffs): a place or a date the story
# was filed from, listed with the names spelled two ways across the articles
DATELINE = "dateline"


@dataclass(frozen=True, slots=True)
class DocumentDifference:
    """A discrepancy between the documents as wholes, with the first sentence on each side."""

    left_sentence: int
    right_sentence: int
    difference: Difference


@dataclass(slots=True)
class Link:
    """Sentences of the left and right document that tell the same thing."""

    left: tuple[int, ...]
    right: tuple[int, ...]
    score: float
    relation: Relation = "shared"
    differences: list[Difference] = field(default_factory=list)
    only_left: list[str] = field(default_factory=list)
    only_right: list[str] = field(default_factory=list)
    # a conflict found across the whole articles, between sentences the aligner left apart
    across: bool = False

    def ids(self, side: Side) -> tuple[int, ...]:
        """The sentence ids this link holds on one side."""
        return self.left if side == "left" else self.right

    @property
    def note(self) -> str:
        """The passage's differences in one line, each label once ("quote worded two ways:
        “a” vs “b”, “c” vs “d”; day: Sunday vs Saturday"); "" when none."""
        said: dict[str, list[str]] = {}
        for d in self.differences:
            label, sep, rest = d.note.partition(": ")
            said.setdefault(label if sep else d.note, []).extend([rest] if sep else [])
        return "; ".join(f"{label}: {', '.join(rests)}" if rests else label for label, rests in said.items())

    @property
    def aligned(self) -> bool:
        """Did the aligner make this link?  A conflict found across the whole articles joins
        two sentences the aligner left apart, and has no alignment score."""
        return not self.across


@dataclass(frozen=True, slots=True)
class Meta:
    """What a web page says about itself: none of it is required, any of it may be absent."""

    title: str | None = None
    author: str | None = None
    date: str | None = None  # as the page gives it, usually ISO 8601 (YYYY-MM-DD)
    outlet: str | None = None  # the site's name ("The Northern Ledger")
    url: str | None = None  # the address it was fetched from, or the page's canonical one


@dataclass(slots=True)
class Document:
    """One input after loading, cleaning and segmenting.

    ``text`` is the decoded input (control characters replaced one-for-one so offsets
    still hold); every sentence and removed line points back into it.
    """

    source: str
    text: str
    title: str | None
    sentences: list[Sentence]
    removed: list[Removed] = field(default_factory=list)
    encoding: str = "utf-8"
    notes: list[str] = field(default_factory=list)
    facts: list[list[Fact]] = field(default_factory=list)
    meta: Meta | None = None  # only for web pages; plain text has none
    unit: str = "sentence"  # what one of ``sentences`` is: "sentence", "line" or "paragraph" (--split)

    @property
    def paragraphs(self) -> int:
        return (self.sentences[-1].paragraph + 1) if self.sentences else 0


@dataclass(frozen=True, slots=True)
class Disagreement:
    """One discrepancy with the words of both sides: what a library user lists
    (:meth:`Comparison.disagreements`)."""

    difference: Difference
    left_sentences: tuple[int, ...]
    right_sentences: tuple[int, ...]
    left_text: str
    right_text: str


@dataclass(slots=True)
class Comparison:
    """The finished comparison of two documents: what exports and the app read."""

    left: Document
    right: Document
    links: list[Link]
    unique_left: list[int]
    unique_right: list[int]
    # discrepancies between the whole documents, outside any link (names spelled two ways, datelines)
    names: list[DocumentDifference] = field(default_factory=list)

    def document(self, side: Side) -> Document:
        return self.left if side == "left" else self.right

    def unique(self, side: Side) -> list[int]:
        return self.unique_left if side == "left" else self.unique_right

    def text(self, side: Side, ids: Iterable[int]) -> str:
        """The sentences ``ids`` of one side, joined by spaces ("link.left" -> its words)."""
        sentences = self.document(side).sentences
        return " ".join(sentences[i].text for i in ids)

    def disagreements(self) -> list[Disagreement]:
        """Every difference, in reading order of the left side, with both sides' sentences:
        those of the passages in conflict, then the names spelled two ways across the articles.
        A passage in conflict may hold several (a count and a day): the views count it as one
        discrepancy (:meth:`summary`), this lists each."""
        out = [
            Disagreement(d, k.left, k.right, self.text("left", k.left), self.text("right", k.right))
            for k in sorted(self.links, key=lambda k: (k.left[:1], k.right[:1]))
            for d in k.differences
        ]
        out += [
            Disagreement(
                n.difference,
                (n.left_sentence,),
                (n.right_sentence,),
                self.text("left", (n.left_sentence,)),
                self.text("right", (n.right_sentence,)),
            )
            for n in self.names
        ]
        return out

    def titles(self) -> tuple[str, str]:
        """What headings call the two documents: their titles; their file names when a title
        is missing or both are the same (a rewrite keeps its original's title), with the
        folders when the file names are the same too."""
        left, right = self.left.title, self.right.title
        if left and right and left != right:
            return left, right
        paths = [d.source.replace("\\", "/").rstrip("/").split("/") for d in (self.left, self.right)]
        tail = 1  # up the folders until the two differ ("a/news/story.txt" / "b/news/story.txt")
        while paths[0] != paths[1] and paths[0][-tail:] == paths[1][-tail:]:
            tail += 1
        files = "/".join(paths[0][-tail:]), "/".join(paths[1][-tail:])
        return (left or files[0], right or files[1]) if left != right else files

    def summary(self) -> dict[str, int | float]:
        """Counts and coverage, as shown in the app's summary bar and the exports."""
        conflicts = sum(1 for link in self.links if link.relation == "conflict")
        n_left, n_right = len(self.left.sentences), len(self.right.sentences)
        linked_left = n_left - len(self.unique_left)
        linked_right = n_right - len(self.unique_right)

        def chars(doc: Document, ids: set[int]) -> int:
            return sum(s.end - s.start for s in doc.sentences if s.id in ids)

        def coverage(doc: Document, unique: list[int]) -> float:
            total = sum(s.end - s.start for s in doc.sentences)
            if not total:
                return 0.0
            linked = total - chars(doc, set(unique))
            return round(linked / total, 3)

        return {
            "left_sentences": n_left,
            "right_sentences": n_right,
            "links": len(self.links),
            "shared": len(self.links) - conflicts,
            "conflicts": conflicts,
            "differences": sum(len(link.differences) for link in self.links),
            "name_variants": sum(n.difference.kind != DATELINE for n in self.names),
            "datelines": sum(n.difference.kind == DATELINE for n in self.names),
            "unique_left": len(self.unique_left),
            "unique_right": len(self.unique_right),
            "linked_left": linked_left,
            "linked_right": linked_right,
            "coverage_left": coverage(self.left, self.unique_left),
            "coverage_right": coverage(self.right, self.unique_right),
            "removed_left": len(self.left.removed),
            "removed_right": len(self.right.removed),
        }
