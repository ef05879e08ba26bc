"""What to compare: the pairs of a batch, from story folders or a manifest.

A :class:`Pair` is two inputs (paths or ``http(s)://`` links) and an id.  The id is
stable (the same inputs give the same id on every run, which is what lets a batch
resume) and safe as a file name on every system: a readable slug of the inputs, cut to
a sane length, and a short hash of the inputs that keeps two slugs that collide apart.
"""

from __future__ import annotations

import csv
import hashlib
import json
import os
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from itertools import combinations
from pathlib import Path

from reader.inputs import InputError

# what a story folder's articles are: text files, not a README or hidden litter
ARTICLE_SUFFIXES = (".txt", ".text", ".md", ".html", ".htm")
_SKIP = {"readme.md", "readme.txt", "license", "licence", "notes.md"}
_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")
_SLUG_MAX = 80


@dataclass(frozen=True, slots=True)
class Pair:
    """Two inputs to compare and the id their results are filed under."""

    id: str
    left: str
    right: str


def _slug(text: str) -> str:
    return _UNSAFE.sub("-", text).strip("-.")[:_SLUG_MAX].strip("-.") or "pair"


def _digest(*parts: str) -> str:
    return hashlib.sha1("\0".join(parts).encode("utf-8", "surrogateescape")).hexdigest()[:10]


def pair_id(left: str, right: str, hint: str = "") -> str:
    """A stable, filesystem-safe id: ``slug--hash`` (the hash is of the two inputs)."""
    return f"{_slug(hint)}--{_digest(left, right)}"


def safe_id(given: str, left: str, right: str) -> str:
    """A manifest's own id, kept when it is already safe, else made safe (and unique)."""
    if given and _UNSAFE.search(given) is None and len(given) <= _SLUG_MAX and given[0] not in ".-":
        return given
    return pair_id(left, right, given)


def is_link(name: str) -> bool:
    return name.startswith(("http://", "https://"))


def articles_in(folder: Path) -> list[Path]:
    """The articles of one folder, sorted by name (so pair ids and order are stable)."""
    found = []
    for p in sorted(folder.iterdir()):
        if p.name.startswith(".") or p.name.lower() in _SKIP or p.is_dir():
            continue
        if p.suffix.lower() in ARTICLE_SUFFIXES or not p.suffix:
            found.append(p)
    return found


def story_folders(root: Path) -> list[Path]:
    """The story folders of a folder input, sorted by name (hidden ones left out)."""
    return sorted(p for p in root.iterdir() if p.is_dir() and not p.name.startswith("."))


def story_pairs(root: Path) -> list[Pair]:
    """Every pair of articles inside each story folder of ``root`` (none across folders)."""
    stories = story_folders(root)
    if not stories:
        raise InputError(str(root), "holds no story folders (use --find-pairs for a flat folder)")
    pairs = []
    for story in stories:
        for a, b in combinations(articles_in(story), 2):
            hint = f"{story.name}--{a.stem}--{b.stem}"
            # hashed relative to the root: the same ids wherever the folder is mounted
            key = (f"{story.name}/{a.name}", f"{story.name}/{b.name}")
            pairs.append(Pair(pair_id(*key, hint), str(a), str(b)))
    return pairs


def lone_stories(source: str | os.PathLike[str], output: str | os.PathLike[str] = "") -> list[str]:
    """The story folders of a folder input that hold fewer than two articles (no pair); the
    batch's own output folder, when it sits inside the input, is none of them."""
    root = Path(source)
    if not root.is_dir():
        return []
    out = Path(output).resolve() if output else None
    return [p.name for p in story_folders(root) if p.resolve() != out and len(articles_in(p)) < 2]


def _resolve(name: str, base: Path) -> str:
    """A manifest entry: a link as it is, a relative path from the manifest's folder."""
    if is_link(name) or os.path.isabs(name):
        return name
    return str(base / name)


def _manifest_rows(path: Path) -> Iterator[dict[str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as fh:
        if path.suffix.lower() == ".jsonl":
            for n, line in enumerate(fh, 1):
                if not line.strip():
                    continue
                try:
                    row = json.loads(line)
                except json.JSONDecodeError as exc:
                    raise InputError(str(path), f"line {n}: not JSON ({exc.msg})") from None
                if not isinstance(row, dict):
                    raise InputError(str(path), f"line {n}: not an object with left and right")
                yield {k: str(v) for k, v in row.items() if v is not None}
        else:
            yield from csv.DictReader(fh)


def manifest_pairs(path: Path) -> list[Pair]:
    """Explicit pairs from a CSV (header ``left,right[,id]``) or JSON Lines manifest."""
    try:
        rows = list(_manifest_rows(path))
    except (OSError, UnicodeDecodeError, csv.Error) as exc:
        raise InputError(str(path), f"cannot read the manifest ({exc})") from None
    return unique_pairs(_pairs_of(rows, path))


def _pairs_of(rows: Iterable[dict[str, str]], path: Path) -> Iterator[Pair]:
    base = path.parent
    for n, row in enumerate(rows, 1):
        left, right = (row.get("left") or "").strip(), (row.get("right") or "").strip()
        if not left or not right:
            raise InputError(str(path), f"entry {n} needs both 'left' and 'right'")
        left, right = _resolve(left, base), _resolve(right, base)
        given = (row.get("id") or "").strip()
        yield Pair(
            safe_id(given, left, right) if given else pair_id(left, right, _hint(left, right)), left, right
        )


def _hint(left: str, right: str) -> str:
    def stem(name: str) -> str:
        return Path(name.rstrip("/")).stem if not is_link(name) else name.split("//", 1)[1]

    return f"{stem(left)}--{stem(right)}"


def unique_pairs(pairs: Iterable[Pair]) -> list[Pair]:
    """Pairs in order, a repeated pair once; two different pairs under one id is an error."""
    seen: dict[str, Pair] = {}
    for p in pairs:
        old = seen.setdefault(p.id, p)
        if old != p:
            raise InputError(
                p.id, f"the id names two pairs ({old.left} | {old.right}) and ({p.left} | {p.right})"
            )
    return list(seen.values())


def discover(source: str | os.PathLike[str]) -> list[Pair]:
    """The pairs a batch input names: a manifest file or a folder of story folders."""
    path = Path(source)
    if path.is_file():
        if path.suffix.lower() not in (".csv", ".jsonl"):
            raise InputError(str(path), "is not a manifest (.csv or .jsonl) nor a folder")
        return manifest_pairs(path)
    if path.is_dir():
        return story_pairs(path)
    raise InputError(str(path), "no such file or folder")
