"""The extractor never raises on odd text: empty, punctuation soup, cue words in random order."""

from __future__ import annotations

import random
import string
from pathlib import Path

import pytest

from migkg.loaders.document import Document
from migkg.loaders.extract.pipeline import extract_facts

CUE_SOUP = [
    "projet", "project", "Projekt", "financé", "par", "FAMI", "AMIF", "funded", "by", "Fedasil", "vzw", "asbl",
    "e.V.", "2022-2025", "€", "12.000", "million", "(", ")", ":", "•", "\n", "Le premier", "Project title:",
    "Code:", "AMIF-01-02", "entre", "2024", "et", "l'asbl", "van", "Budget:", "trois projets", "«", "»",
]  # fmt: skip


@pytest.mark.parametrize("lang", ["fr", "nl", "en", "de", None])
def test_empty_text_does_not_crash_the_layout(lang: str | None) -> None:
    # Regression: an empty text made the layout zip two lists of different lengths.
    result = extract_facts(Document(text="", name="empty.txt", raw=b"", language=lang))
    assert result.projects == [] and result.aggregates == []


@pytest.mark.parametrize("seed", range(4))
def test_random_text_never_raises(seed: int) -> None:
    rng = random.Random(seed)
    alphabet = string.ascii_letters + string.digits + " \n\t.,;:()«»“”'’-–•€%/éèàçÉÀ"
    for k in range(60):
        if k % 2:
            text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 600)))
        else:
            text = " ".join(rng.choice(CUE_SOUP) for _ in range(rng.randint(0, 120)))
        lang = rng.choice(["fr", "nl", "en", "de", None])
        result = extract_facts(Document(text=text, name="soup.txt", raw=text.encode(), language=lang))
        for p in result.projects:
            assert p.label and p.funders  # only funded projects are reported


WRITTEN = Path(__file__).resolve().parents[2] / "bench" / "written"


def _written_documents() -> list[Path]:
    return sorted(WRITTEN.glob("*/*.txt"))


@pytest.mark.parametrize("path", _written_documents(), ids=lambda p: p.name[:3])
def test_written_test_set_document_extracts_whole_facts(path: Path) -> None:
    # The written test set's pages (tables, partnership tables, grant lists, calls): every reported
    # project has a funder, its evidence lies inside the text and its years run forward.
    head, _, text = path.read_text(encoding="utf-8").partition("\n---\n")
    meta = dict(line.split(": ", 1) for line in head.splitlines() if ": " in line)
    doc = Document(text=text, name=path.name, raw=text.encode(), url=meta.get("URL"), title=meta.get("TITLE"),
                   language=meta.get("LANG"))  # fmt: skip
    result = extract_facts(doc)
    for p in result.projects:
        assert p.label and p.funders
        assert 0 <= p.evidence.start <= p.evidence.end <= len(text)
        assert p.start_year is None or p.end_year is None or p.start_year <= p.end_year
