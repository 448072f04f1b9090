"""Name rows for names typed at intake: script and orthography detected, never guessed wrong."""

from __future__ import annotations

from victimsdb.core.names import detect_orthography, detect_script
from victimsdb.core.vocabulary import NameKind, Publication, Script, Visibility
from victimsdb.web.records.models import Name, Person, Source

SCRIPTS = {script.value for script in Script}


def add_names(
    person: Person,
    texts: list[str],
    source: Source,
    visibility: Visibility = Visibility.PUBLIC,
    publication: Publication = Publication.DRAFT,
) -> list[Name]:
    """Add the names the person does not have yet; the first becomes primary if none is."""
    known = set(Name.all_objects.filter(person=person).values_list("text", flat=True))
    has_primary = Name.objects.filter(person=person, kind=NameKind.PRIMARY).exists()
    added = []
    for text in texts:
        if text in known:
            continue
        script = detect_script(text)
        kind = NameKind.ALIAS if has_primary else NameKind.PRIMARY
        added.append(
            Name.objects.create(
                person=person,
                text=text,
                script=script if script in SCRIPTS else "",
                language=detect_orthography(text) or "",
                kind=kind,
                source=source,
                visibility=visibility,
                publication=publication,
            )
        )
        known.add(text)
        has_primary = True
    return added
