"""decode_text and detect_language: encodings, binary data, size, and the four main languages."""

from __future__ import annotations

import random

import pytest
from loader_samples import EN, NL

from migkg.errors import InputError
from migkg.loaders.decode import (
    MAX_TEXT_BYTES,
    clean_url,
    decode_text,
    detect_language,
    normalise_language,
)

FR = (
    "Le projet Passerelle, financé par le FAMI à hauteur de 240 000 €, est mené par l’asbl Exemple "
    "à Namur. Il accompagne une centaine de personnes réfugiées vers l’emploi chaque année."
)
DE = (
    "Das Projekt Brücke wird vom AMIF mit 300.000 € gefördert und vom Verein Beispiel in Köln "
    "umgesetzt. Geflüchtete Jugendliche erhalten dort Unterstützung beim Übergang in die Ausbildung."
)
IT = (
    "Il progetto Ponte, finanziato dal FAMI, è gestito dalla cooperativa Esempio a Torino. "
    "Offre corsi di lingua e orientamento al lavoro per le persone rifugiate."
)


def test_utf8_with_and_without_bom() -> None:
    assert decode_text(FR.encode("utf-8"), "a.txt") == FR
    assert decode_text(b"\xef\xbb\xbf" + FR.encode("utf-8"), "a.txt") == FR


def test_newlines_and_nfc() -> None:
    raw = "Cafe\u0301 de l'accueil\r\nligne deux\rligne trois".encode()
    assert decode_text(raw, "a.txt") == "Café de l'accueil\nligne deux\nligne trois"


def test_utf16_with_bom() -> None:
    assert decode_text(NL.encode("utf-16"), "a.txt") == NL


@pytest.mark.parametrize("text", [FR, DE, NL, EN, "Été: 5 €", "naïve café"])
def test_cp1252_comes_out_right(text: str) -> None:
    assert decode_text(text.encode("cp1252"), "old.txt") == text


@pytest.mark.parametrize("text", [IT, "Là où la mère écrivait, le père lisait très tôt à côté."])
def test_latin1_comes_out_right(text: str) -> None:
    assert decode_text(text.encode("latin-1"), "old.txt") == text


def test_other_eu_code_pages() -> None:
    pl = "Projekt Most, finansowany przez AMIF, pomaga małym grupom uchodźców w Łodzi. Zajęcia są bezpłatne."
    bg = "Проектът Мост се финансира от фонд Убежище, миграция и интеграция в София."
    assert decode_text(pl.encode("cp1250"), "pl.txt") == pl
    assert decode_text(bg.encode("cp1251"), "bg.txt") == bg


def test_declared_encoding_is_used() -> None:
    assert decode_text(FR.encode("cp1252"), "p.html", declared="iso-8859-1") == FR
    assert decode_text(FR.encode("cp1252"), "p.html", declared="no-such-charset") == FR


@pytest.mark.parametrize(
    "data",
    [
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00" + bytes(range(256)),
        b"text with a NUL\x00 byte",
        bytes(range(1, 32)) * 20,
        random.Random(7).randbytes(2048),
    ],
)
def test_binary_is_refused(data: bytes) -> None:
    with pytest.raises(InputError, match="binary data, not text") as info:
        decode_text(data, "picture.txt")
    assert info.value.name == "picture.txt"


def test_too_large() -> None:
    with pytest.raises(InputError) as info:
        decode_text(b"a" * (MAX_TEXT_BYTES + 1), "dump.txt")
    assert str(info.value) == "dump.txt: too large for an article (5 MiB; the limit is 5 MiB)"
    assert decode_text(b"a" * (MAX_TEXT_BYTES + 1), "batch.jsonl", max_bytes=None)


@pytest.mark.parametrize(("text", "code"), [(FR, "fr"), (NL, "nl"), (EN, "en"), (DE, "de"), (IT, "it")])
def test_detect_language(text: str, code: str) -> None:
    assert detect_language(text) == code


def test_detect_language_unsure_on_short_text() -> None:
    assert detect_language("AMIF 2021") is None
    assert detect_language("") is None


@pytest.mark.parametrize(
    ("given", "code"),
    [
        ("fr", "fr"),
        ("FR-be", "fr"),
        ("nl_BE", "nl"),
        ("deu", "de"),
        ("English", "en"),
        ("klingon", None),
        (3, None),
    ],
)
def test_normalise_language(given: object, code: str | None) -> None:
    assert normalise_language(given) == code


def test_clean_url() -> None:
    assert clean_url(" https://exemple.be/passerelle?x=1 ") == "https://exemple.be/passerelle?x=1"
    assert clean_url("urn:uuid:0f8c8a52-3b1e-4c2f-9a57-1c1f0a3f2b11") is not None
    assert clean_url("exemple.be") is None
    assert clean_url("https://exemple.be/a b") is None
    assert clean_url("ftp://exemple.be/x") is None
    assert clean_url(None) is None
