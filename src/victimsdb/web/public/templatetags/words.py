"""Template filters for showing vocabulary values to people."""

from django import template

from victimsdb.web.public.vocabulary_labels import label

register = template.Library()


@register.filter
def words(value: object) -> str:
    """'camp_internment' -> 'camp internment', in the visitor's language."""
    return label(value)
