"""Load: decode what users give us, say what we did, and never let a byte drive the terminal.

Offsets must survive every replacement (one character for one character), because each
sentence points back into the loaded text.
"""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reader.inputs import InputError, decode, load, load_text, sanitize
from reader.pipeline import document

ARTICLE = "Café owners in Zürich said the “crisis” was over – for now.\n\nNobody agreed.\n"
UNSAFE = set("\x1b\x07\x08\x7f\x85\x9b\u202e\u202d\u2066\u2067\u2068\u2069\u200e\u200f\u061c")


def assert_terminal_safe(text: str) -> None:
    """No C0/C1 control except newline/tab/CRLF's CR, no bidi control, no lone CR."""
    for i, ch in enumerate(text):
        if ch in "\n\t":
            continue
        if ch == "\r":
            assert text[i + 1 : i + 2] == "\n", "a lone carriage return reaches the terminal"
            continue
        assert ch not in UNSAFE, f"unsafe character {ch!r} at {i}"
        assert unicodedata.category(ch) != "Cc", f"control character {ch!r} at {i}"


def test_utf8_is_read_as_is(tmp_path: Path) -> None:
    p = tmp_path / "a.txt"
    p.write_bytes(ARTICLE.encode("utf-8"))
    loaded = load(p)
    assert (loaded.text, loaded.encoding, loaded.notes) == (ARTICLE, "utf-8", [])
    assert loaded.source == str(p)


def test_utf8_bom_is_not_text(tmp_path: Path) -> None:
    p = tmp_path / "a.txt"
    p.write_bytes(b"\xef\xbb\xbf" + ARTICLE.encode("utf-8"))
    assert load(p).text == ARTICLE


def test_utf16_with_bom_is_decoded_with_a_note() -> None:
    loaded = decode(ARTICLE.encode("utf-16"), "x")
    assert loaded.text == ARTICLE and loaded.encoding == "utf-16"
    assert any("UTF-16" in n for n in loaded.notes)


@pytest.mark.parametrize("codec", ["utf-32", "utf-32-be"])
def test_utf32_with_bom_is_decoded_not_taken_for_utf16(tmp_path: Path, codec: str) -> None:
    # UTF-32's little-endian mark begins with UTF-16's: read as UTF-16 it became NULs
    data = (("\ufeff" + ARTICLE) if codec.endswith("be") else ARTICLE).encode(codec)  # utf-32 adds its mark
    loaded = decode(data, "x")
    assert loaded.text == ARTICLE and loaded.encoding == "utf-32"
    assert loaded.notes == ["decoded as UTF-32 (byte-order mark)"]
    p = tmp_path / "a.txt"
    p.write_bytes(data)
    assert load(p).text == ARTICLE  # and not refused as binary for its NULs


def test_windows_1252_falls_back_and_says_so() -> None:
    loaded = decode(ARTICLE.encode("cp1252"), "x")
    assert loaded.text == ARTICLE
    assert loaded.encoding == "cp1252"
    assert len(loaded.notes) == 1 and "cp1252" in loaded.notes[0] and "UTF-8" in loaded.notes[0]


def test_latin1_fallback_when_cp1252_cannot_decode() -> None:
    data = "Zürich ".encode("latin-1") + b"\x81 end"  # 0x81 is undefined in cp1252
    loaded = decode(data, "x")
    assert loaded.encoding == "latin-1"
    assert loaded.text.startswith("Zürich ")
    assert_terminal_safe(loaded.text)  # the C1 byte 0x81 is replaced, not shown
    assert len(loaded.text) == len(data)


def test_mostly_utf8_with_one_bad_byte_stays_utf8() -> None:
    """A stray byte must not turn every other accented letter into mojibake."""
    data = ARTICLE.encode("utf-8").replace(b"Nobody", b"Nob\xffdy")
    loaded = decode(data, "x")
    assert loaded.encoding == "utf-8"
    assert "Café owners in Zürich" in loaded.text and "“crisis”" in loaded.text
    assert "Nob\ufffddy" in loaded.text
    assert any("not valid UTF-8" in n for n in loaded.notes)


@pytest.mark.parametrize(
    "bad",
    ["\x1b[2J", "\x1b]0;title\x07", "\u202eevil\u202c", "\u2066x\u2069", "a\x08b", "\x9b31m", "\x7f", "a\rb"],
)
def test_control_and_bidi_characters_are_replaced_one_for_one(bad: str) -> None:
    text = f"Before {bad} after."
    clean, replaced = sanitize(text)
    assert len(clean) == len(text) and replaced >= 1
    assert_terminal_safe(clean)
    assert clean.startswith("Before ") and clean.endswith(" after.")


def test_newlines_tabs_and_crlf_are_kept() -> None:
    text = "One\tline.\r\nTwo lines.\n"
    assert sanitize(text) == (text, 0)


def test_escape_sequences_are_visible_and_noted(tmp_path: Path) -> None:
    p = tmp_path / "esc.txt"
    p.write_bytes(b"The \x1b[31mred\x1b[0m text.\n")
    loaded = load(p)
    assert "\x1b" not in loaded.text and "\u241b[31m" in loaded.text  # the "ESC" picture
    assert any("control" in n for n in loaded.notes)


def test_offsets_hold_after_decoding_and_sanitising(tmp_path: Path) -> None:
    """Every sentence of a messy input points back into the loaded text exactly."""
    raw = (
        "Ads \u202e here\r\n\r\nThe mayor of Zürich said the “flood\x1b[1m” was over.\r\n\r\n"
        "Mr. Smith disagreed.\rHe left at 5 p.m. on Dec. 10.\n"
    )
    p = tmp_path / "messy.txt"
    p.write_bytes(raw.encode("cp1252", errors="replace"))
    doc = document(load(p))
    assert doc.sentences
    for s in doc.sentences:
        assert doc.text[s.start : s.end] == s.text
        assert_terminal_safe(s.text)
    for r in doc.removed:
        assert doc.text[r.start : r.end] == r.text


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=80))
def test_sanitize_is_one_for_one_and_safe(text: str) -> None:
    clean, replaced = sanitize(text)
    assert len(clean) == len(text)
    assert replaced == sum(1 for a, b in zip(text, clean, strict=True) if a != b)
    assert_terminal_safe(clean)
    clean.encode("utf-8")  # no lone surrogates either


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=200))
def test_any_bytes_load_as_safe_text_or_fail_cleanly(data: bytes) -> None:
    try:
        loaded = load("-", stdin=data)
    except InputError as exc:
        assert "\n" not in str(exc) and str(exc).startswith("<stdin>: ")
        return
    assert_terminal_safe(loaded.text)


def _one_line_error(path: str | Path) -> str:
    with pytest.raises(InputError) as info:
        load(path)
    msg = str(info.value)
    assert "\n" not in msg
    assert msg.startswith(f"{path}: ")
    return info.value.cause


def test_missing_file(tmp_path: Path) -> None:
    assert "no such file" in _one_line_error(tmp_path / "nope.txt")


def test_directory(tmp_path: Path) -> None:
    assert "directory" in _one_line_error(tmp_path)


def test_binary_file(tmp_path: Path) -> None:
    p = tmp_path / "img.png"
    p.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4)
    assert "binary" in _one_line_error(p)


def test_binary_without_nul_bytes(tmp_path: Path) -> None:
    p = tmp_path / "noise.bin"
    p.write_bytes(bytes([1, 2, 3, 4, 5, 6, 14, 15, 16, 17]) * 50)
    assert "binary" in _one_line_error(p)


@pytest.mark.parametrize(("content", "cause"), [(b"", "empty"), (b" \n\t\r\n  ", "white space")])
def test_empty_files(tmp_path: Path, content: bytes, cause: str) -> None:
    p = tmp_path / "empty.txt"
    p.write_bytes(content)
    assert cause in _one_line_error(p)


def test_a_file_name_with_control_characters_cannot_break_the_message(tmp_path: Path) -> None:
    name = tmp_path / "evil\x1b[31m\nname.txt"
    with pytest.raises(InputError) as info:
        load(name)
    msg = str(info.value)
    assert "\n" not in msg and "\x1b" not in msg and "no such file" in msg


def test_standard_input() -> None:
    loaded = load("-", stdin=ARTICLE.encode("utf-8"))
    assert loaded.source == "<stdin>" and loaded.text == ARTICLE
    with pytest.raises(InputError, match="<stdin>: is empty"):
        load("-", stdin=b"")


def test_load_text_sanitises_in_memory_strings() -> None:
    loaded = load_text("Hi \x1b[2J there", "mem")
    assert loaded.source == "mem" and "\x1b" not in loaded.text and loaded.notes
