"""The public report form. Its fields map onto the core's report spec, which
has the last word (the JSON API checks the same spec)."""

from __future__ import annotations

from typing import Any

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from victimsdb.core.intake.report import (
    EARLIEST_BIRTH_YEAR,
    MAX_LONG,
    MAX_NAME,
    MAX_SHORT,
    MAX_WHEN,
    Report,
    ReportInvalid,
    parse_report,
)

GENDERS = [("", "—"), ("female", _("Woman")), ("male", _("Man")), ("other", _("Other"))]
ETHNICITIES = [
    ("", "—"),
    ("kazakh", _("Kazakh")),
    ("uyghur", _("Uyghur")),
    ("kyrgyz", _("Kyrgyz")),
    ("hui", _("Hui")),
    ("uzbek", _("Uzbek")),
    ("tatar", _("Tatar")),
    ("tajik", _("Tajik")),
    ("han", _("Han")),
    ("other", _("Other")),
]


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class MultipleFileField(forms.FileField):
    """Several files in one input; cleaned to a list (checked later by content)."""

    def __init__(self, **kwargs: Any) -> None:
        kwargs.setdefault("widget", MultipleFileInput())
        super().__init__(**kwargs)

    def clean(self, data: Any, initial: Any = None) -> Any:
        files = data if isinstance(data, list | tuple) else [data] if data else []
        return [super(MultipleFileField, self).clean(item, initial) for item in files]


def _text(label: Any, limit: int, help_text: Any = "", **kwargs: Any) -> forms.CharField:
    return forms.CharField(
        label=label, max_length=limit, required=False, help_text=help_text, **kwargs
    )


class ReportForm(forms.Form):
    """Report a detained or missing person: no account needed."""

    name = _text(_("Full name"), MAX_NAME, _("In any script."))
    other_names = _text(
        _("Other names or spellings"),
        MAX_NAME * 10,
        _("One per line: other spellings, the name in Chinese documents."),
        widget=forms.Textarea(attrs={"rows": 3}),
    )
    gender = forms.ChoiceField(label=_("Gender"), choices=GENDERS, required=False)
    birth_year = forms.IntegerField(label=_("Year of birth"), required=False)
    ethnicity = forms.ChoiceField(label=_("Ethnicity"), choices=ETHNICITIES, required=False)
    hometown = _text(_("Hometown"), MAX_SHORT)
    what_happened = _text(
        _("What happened"),
        MAX_LONG,
        _("What happened to the person, and what you know now."),
        widget=forms.Textarea(attrs={"rows": 6}),
    )
    when = _text(_("When"), MAX_WHEN, _("A date or a year, for example 2018-03."))
    where = _text(_("Where"), MAX_SHORT, _("Where the person was taken or last seen."))
    reporter_name = _text(_("Your name"), MAX_SHORT)
    reporter_relation = _text(
        _("Your relation to the person"), MAX_SHORT, _("For example: daughter, brother.")
    )
    reporter_contact = _text(
        _("How can we contact you?"), MAX_SHORT, _("Phone, e-mail or messenger.")
    )
    publish_name = forms.BooleanField(label=_("You may publish the person's name"), required=False)
    publish_photo = forms.BooleanField(label=_("You may publish the photos I send"), required=False)
    attachments = MultipleFileField(
        label=_("Photos, ID scans or documents"),
        required=False,
        help_text=_("Up to 5 files, 10 MB each: JPEG, PNG, WebP or PDF."),
    )
    # A honeypot: hidden from people by the stylesheet, filled by careless robots.
    website = _text(_("Leave this field empty"), 200)

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["name"].required = True
        self.fields["what_happened"].required = True
        self.fields["birth_year"] = forms.IntegerField(
            label=_("Year of birth"),
            required=False,
            min_value=EARLIEST_BIRTH_YEAR,
            max_value=timezone.now().year,
        )
        self.fields["website"].widget.attrs.update(autocomplete="off", tabindex="-1")

    def clean_website(self) -> str:
        if self.cleaned_data.get("website"):
            raise forms.ValidationError(_("Leave this field empty."))
        return ""

    def report(self) -> Report:
        """The report as the core spec reads it (call after is_valid)."""
        return parse_report(self.as_data(), timezone.now().year)

    def as_data(self) -> dict[str, Any]:
        data = self.cleaned_data
        others = [line for line in data.get("other_names", "").splitlines() if line.strip()]
        victim = {
            "names": [data["name"], *others],
            "what_happened": data["what_happened"],
            "gender": data.get("gender") or None,
            "birth_year": data.get("birth_year"),
            "ethnicity": data.get("ethnicity") or None,
            **{key: data.get(key, "") for key in ("hometown", "when", "where")},
        }
        reporter = {key: data.get(f"reporter_{key}", "") for key in ("name", "relation", "contact")}
        consent = {key: bool(data.get(key)) for key in ("publish_name", "publish_photo")}
        return {"victim": victim, "reporter": reporter, "consent": consent}

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean() or {}
        if not self.errors:
            try:
                self.report()
            except ReportInvalid as invalid:
                raise forms.ValidationError(invalid.problems) from None
        return cleaned
