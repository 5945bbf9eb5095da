"""The annotated corpus in ../shared/corpus, read in process: documents, gold annotations and the
corpus's own scorer (imported from its file, never copied). Used by the training script and the
extraction benchmark; nothing in the package depends on it."""

from __future__ import annotations

import importlib.util
import json
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from types import ModuleType
from urllib.parse import urlparse

from migkg.loaders.document import Document

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"
SPLITS = ("dev", "dev2", "dev3")


@dataclass
class Annotated:
    split: str
    path: Path
    doc: Document
    gold: dict

    @property
    def publisher(self) -> str:
        host = urlparse(self.doc.url or "").hostname or self.path.stem
        parts = host.removeprefix("www.").split(".")
        return ".".join(parts[-2:]) if len(parts) > 2 else host.removeprefix("www.")


@cache
def scorer(corpus: Path = CORPUS) -> ModuleType:
    spec = importlib.util.spec_from_file_location("corpus_score", corpus / "score.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def read_document(path: Path) -> Document:
    """A corpus file (a header block, '---', the text) as the text loader's Document."""
    raw = path.read_bytes()
    head, _, text = raw.decode("utf-8").partition("\n---\n")
    meta = dict(line.split(": ", 1) for line in head.splitlines() if ": " in line)
    return Document(
        text=text.strip(),
        name=str(path),
        raw=raw,
        url=meta.get("URL"),
        title=meta.get("TITLE") or None,
        language=meta.get("LANG") or None,
    )


def load_split(split: str, corpus: Path = CORPUS) -> list[Annotated]:
    folder = corpus / split
    gold = {}
    for line in (folder / "gold.jsonl").read_text(encoding="utf-8").splitlines():
        if line.strip():
            g = json.loads(line)
            gold[g["doc"]] = g
    out = []
    for path in sorted(folder.glob("*.txt")):
        if path.name in gold:
            out.append(Annotated(split, path, read_document(path), gold[path.name]))
    return out


def gold_pairs(a: Annotated) -> set[tuple[str, str]]:
    """The gold (funder, implementer) pairs in the scorer's canonical names."""
    sc = scorer()
    orgs = a.gold.get("organisations", [])
    return {
        (f if f in sc.FUND_ALIASES else sc.canon_party(f, orgs), i)
        for p in a.gold.get("projects", [])
        for f in p.get("funders", [])
        for i in p.get("implementers", [])
    }


def canon(a: Annotated, name: str) -> str:
    """A system name (fund code, label) in the scorer's canonical form for this document."""
    return scorer().canon_party(name, a.gold.get("organisations", []))
