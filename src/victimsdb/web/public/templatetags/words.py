"""Template filters for showing vocabulary values to people."""

from django import template

register = template.Library()


@register.filter
def words(value: object) -> str:
    """'camp_internment' -> 'camp internment'; 'at_risk_abroad' -> 'at risk abroad'."""
    return str(value).replace("_", " ")
