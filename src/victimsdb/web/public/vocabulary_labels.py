"""Vocabulary values as words in the visitor's language ('camp_internment' -> 'camp internment').

Values are stored and exchanged in English (the API, CSV, fixtures); pages
show these labels. A value without a label shows as itself, underscores as
spaces, so a new vocabulary value is never hidden, only untranslated.
"""

from __future__ import annotations

from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _

LABELS: dict[str, str | Promise] = {
    # current status
    "in_camp": _("in camp"),
    "imprisoned": _("imprisoned"),
    "detained": _("detained"),
    "released": _("released"),
    "house_arrest": _("house arrest"),
    "missing": _("missing"),
    "deceased": _("deceased"),
    "at_risk_abroad": _("at risk abroad"),
    "safe_abroad": _("safe abroad"),
    "unknown": _("unknown"),
    # events
    "detention": _("detention"),
    "camp_internment": _("camp internment"),
    "sentencing": _("sentencing"),
    "imprisonment": _("imprisonment"),
    "release": _("release"),
    "forced_labor": _("forced labour"),
    "disappearance": _("disappearance"),
    "ill_treatment": _("ill-treatment"),
    "death_in_custody": _("death in custody"),
    "travel_ban": _("travel ban"),
    "pressure_on_relatives": _("pressure on relatives"),
    "detention_abroad": _("detention abroad"),
    "asylum_application": _("asylum application"),
    "asylum_decision": _("asylum decision"),
    "deportation_threat": _("deportation threat"),
    "prosecution_abroad": _("prosecution abroad"),
    "flight": _("flight abroad"),
    # verification
    "reported": _("reported"),
    "testimony": _("testimony"),
    "corroborated": _("corroborated"),
    "documented": _("documented"),
    # gender and ethnicity
    "female": _("female"),
    "male": _("male"),
    "other": _("other"),
    "kazakh": _("Kazakh"),
    "uyghur": _("Uyghur"),
    "kyrgyz": _("Kyrgyz"),
    "hui": _("Hui"),
    "uzbek": _("Uzbek"),
    "tatar": _("Tatar"),
    "tajik": _("Tajik"),
    "han": _("Han"),
    # kinds of name
    "primary": _("primary"),
    "alias": _("alias"),
    "patronymic": _("patronymic"),
    "chinese": _("Chinese rendering"),
    "transliteration": _("transliteration"),
    "misspelling": _("misspelling"),
    # what a claim is about
    "name": _("name"),
    "event": _("event"),
    "birth_year": _("year of birth"),
    "citizenship": _("citizenship"),
    "hometown": _("hometown"),
    "occupation": _("occupation"),
    "relationship": _("relationship"),
    # facets and testimonies
    "status": _("status"),
    "ethnicity": _("ethnicity"),
    "gender": _("gender"),
    "verification": _("verification"),
    "prefecture": _("prefecture"),
    "county": _("county"),
    "facility": _("facility"),
    "year": _("year detained"),
    "anonymous": _("anonymous"),
}


def label(value: object) -> str:
    """The word for a vocabulary value in the active language."""
    text = str(value)
    found = LABELS.get(text.replace(" ", "_"))
    return str(found) if found is not None else text.replace("_", " ")
