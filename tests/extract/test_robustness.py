"""The extractor never raises on odd text: empty, punctuation soup, cue words in random order."""

from __future__ import annotations

import random
import string

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
