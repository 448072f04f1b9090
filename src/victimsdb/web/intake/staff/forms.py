"""Staff forms: drafting from a report, review steps with a reason, the intake sitting."""

from __future__ import annotations

from typing import Any

from django import forms
from django.utils import timezone

from victimsdb.core.intake.report import EARLIEST_BIRTH_YEAR, MAX_LONG, MAX_NAME, MAX_SHORT
from victimsdb.core.vocabulary import (
    Disclosure,
    Ethnicity,
    EventType,
    Gender,
    PlaceGranularity,
    RelationKind,
    choices,
)
from victimsdb.web.intake.forms import MultipleFileField
from victimsdb.web.intake.recording import WITNESS

LANGUAGES = [
    ("kk", "Kazakh"),
    ("ug", "Uyghur"),
    ("ky", "Kyrgyz"),
    ("ru", "Russian"),
    ("zh", "Chinese"),
    ("en", "English"),
    ("other", "other"),
]
RELATIONS = [
    (RelationKind.SPOUSE.value, "spouse"),
    (RelationKind.PARENT.value, "parent (the testifier is the victim's mother or father)"),
    (RelationKind.CHILD.value, "child (the testifier is the victim's daughter or son)"),
    (RelationKind.SIBLING.value, "sibling"),
    (RelationKind.OTHER_RELATIVE.value, "other relative"),
    (WITNESS, "not a relative (a witness)"),
]


class DraftForm(forms.Form):
    """Draft a new entry from the report, or link it to an existing one."""

    entry_no = forms.IntegerField(required=False, min_value=1)
    event_type = forms.ChoiceField(choices=choices(EventType), initial=EventType.DETENTION.value)


class ReasonForm(forms.Form):
    reason = forms.CharField(required=False, max_length=2000, widget=forms.Textarea)


class IntakeForm(forms.Form):
    """A relative's testimony, taken in one sitting at the office."""

    testifier_name = forms.CharField(max_length=MAX_SHORT, label="Testifier's name")
    testifier_contact = forms.CharField(
        max_length=MAX_SHORT, required=False, label="Testifier's contact", widget=forms.Textarea
    )
    relation = forms.ChoiceField(choices=RELATIONS, label="The testifier is the victim's")
    relation_detail = forms.CharField(max_length=100, required=False, label="Relation, in words")
    transcript = forms.CharField(max_length=MAX_LONG * 5, widget=forms.Textarea)
    language = forms.ChoiceField(choices=LANGUAGES)
    translation = forms.CharField(max_length=MAX_LONG * 5, required=False, widget=forms.Textarea)
    day = forms.DateField(label="Date of the testimony", initial=timezone.localdate)
    media_files = MultipleFileField(required=False, label="Photos, documents, recordings, video")
    victim_disclosure = forms.ChoiceField(
        choices=choices(Disclosure),
        initial=Disclosure.ANONYMOUS.value,
        label="Show the victim as (new entries)",
    )
    testifier_disclosure = forms.ChoiceField(
        choices=choices(Disclosure),
        initial=Disclosure.ANONYMOUS.value,
        label="Show the testifier as",
    )
    publish_photo = forms.BooleanField(required=False, label="Photos may be published")
    place_granularity = forms.ChoiceField(
        choices=choices(PlaceGranularity),
        initial=PlaceGranularity.COUNTY.value,
        label="Public place detail",
    )
    # A new entry, when no existing one is chosen:
    victim_names = forms.CharField(
        required=False,
        max_length=MAX_NAME * 10,
        widget=forms.Textarea(attrs={"rows": 3}),
        label="Victim's names (one per line, any script)",
    )
    victim_gender = forms.ChoiceField(choices=choices(Gender), initial="unknown", required=False)
    victim_birth_year = forms.IntegerField(required=False, min_value=EARLIEST_BIRTH_YEAR)
    victim_ethnicity = forms.ChoiceField(
        choices=choices(Ethnicity), initial="unknown", required=False
    )
    victim_hometown = forms.CharField(max_length=MAX_SHORT, required=False)

    def __init__(self, *args: Any, new_victim: bool = True, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.new_victim = new_victim
        if not new_victim:
            for name in [n for n in self.fields if n.startswith("victim_")]:
                del self.fields[name]

    def clean_victim_names(self) -> list[str]:
        names = [line.strip() for line in self.cleaned_data["victim_names"].splitlines()]
        names = [name for name in names if name]
        if self.new_victim and not names:
            raise forms.ValidationError("Give at least one name, or choose an existing entry.")
        return names
