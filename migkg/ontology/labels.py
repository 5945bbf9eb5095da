"""Names: what part of a written name is an acronym, and the language tags label choice works with."""

from __future__ import annotations

import re

from migkg.errors import MigkgError

_ACRONYM = r"[A-Z][A-Z0-9&+-]*[A-Z0-9+]"
# "REPAIR (Reunification Pathways for Integration)", "REPAIR - Reunification ...", "REPAIR: ..."
_ACRONYM_FIRST = re.compile(rf"^(?P<acr>{_ACRONYM})\s*(?:\(.+\)|[-–—:]\s+\S.*)$")
# "Reunification Pathways for Integration (REPAIR)"
_ACRONYM_LAST = re.compile(rf"^\S.*\s\((?P<acr>{_ACRONYM})\)$")
_LANG_TAG = re.compile(r"^[A-Za-z]{1,8}(?:-[A-Za-z0-9]{1,8})*$")


def acronym_of(name: str) -> str | None:
    """The acronym a name spells out next to its long form, or None (a name that is only an acronym,
    such as "TREMPLIN", is its own label and has no separate acronym)."""
    text = " ".join(name.split())
    for pattern in (_ACRONYM_FIRST, _ACRONYM_LAST):
        m = pattern.match(text)
        if m and sum(c.isalpha() for c in m.group("acr")) >= 2:
            return m.group("acr")
    return None


def language(tag: str) -> str:
    """The primary language subtag, lower-case, of a BCP 47 tag ("en", "fr-BE" -> "fr"); `MigkgError`
    for anything that is not a language tag."""
    text = tag.strip()
    if not _LANG_TAG.match(text):
        raise MigkgError(f"{tag!r} is not a language tag (e.g. en, fr, nl)")
    return text.split("-")[0].lower()
