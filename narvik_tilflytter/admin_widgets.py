"""Admin pieces that take bad input without a 500 (autocomplete widgets, bounded searches),
many-to-many fields as checkboxes, and modeltranslation's language tabs made accessible.

Django's autocomplete widget redraws an invalid form by looking up what was posted: a posted
`actor=abc` becomes `filter(id__in=["abc"])`, a ValueError, a 500. Here the redraw leaves out
what cannot be an id (the form already says the choice is invalid).
"""

from django.contrib.admin.widgets import (
    AutocompleteSelect,
    AutocompleteSelectMultiple,
    RelatedFieldWidgetWrapper,
)
from django.core.exceptions import ValidationError
from django.db.models import ManyToManyField
from django.forms import CheckboxSelectMultiple, Script
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _


class _IgnoresWhatCannotBeAnId:
    def optgroups(self, name, value, attr=None):
        remote = self.field.remote_field
        opts = remote.model._meta
        field_name = getattr(remote, "field_name", None)
        target = opts.get_field(field_name) if field_name else opts.pk
        usable = []
        for item in value:
            try:
                target.to_python(item)
            except (ValidationError, TypeError, ValueError, OverflowError):
                continue
            usable.append(item)
        return super().optgroups(name, usable, attr)


class TolerantAutocompleteSelect(_IgnoresWhatCannotBeAnId, AutocompleteSelect):
    pass


class TolerantAutocompleteSelectMultiple(_IgnoresWhatCannotBeAnId, AutocompleteSelectMultiple):
    pass


class TolerantAutocompleteMixin:
    """For a ModelAdmin or an inline with `autocomplete_fields`."""

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        if "widget" not in kwargs and db_field.name in self.get_autocomplete_fields(request):
            kwargs["widget"] = TolerantAutocompleteSelect(
                db_field, self.admin_site, using=kwargs.get("using")
            )
        return super().formfield_for_foreignkey(db_field, request, **kwargs)

    def formfield_for_manytomany(self, db_field, request, **kwargs):
        if "widget" not in kwargs and db_field.name in self.get_autocomplete_fields(request):
            kwargs["widget"] = TolerantAutocompleteSelectMultiple(
                db_field, self.admin_site, using=kwargs.get("using")
            )
        return super().formfield_for_manytomany(db_field, request, **kwargs)


# An admin search looks at this many words, this many characters at most: a longer one would
# only make a query too deep for the database (SQLite stops at 1,000 terms), never a better one.
ADMIN_SEARCH_MAX_WORDS = 10
ADMIN_SEARCH_MAX_LENGTH = 200


class BoundedSearchMixin:
    """For a ModelAdmin with `search_fields`."""

    def get_search_results(self, request, queryset, search_term):
        words = search_term[:ADMIN_SEARCH_MAX_LENGTH].split()[:ADMIN_SEARCH_MAX_WORDS]
        return super().get_search_results(request, queryset, " ".join(words))


class TranslationTabsMixin:
    """For a ModelAdmin on modeltranslation's TabbedTranslationAdmin: its language tabs without
    the faults axe-core finds (a link inside each tab, a select with no name), fixed by
    static/js/admin_translation_tabs.js once modeltranslation has made the tabs. The select's
    label comes from here, so it is in the admin's language."""

    class Media:
        js = [
            "modeltranslation/js/tabbed_translation_fields.js",
            Script(
                "js/admin_translation_tabs.js",
                **{"data-switch-label": _("Show all fields in")},
            ),
        ]


class CheckboxesMixin:
    """For a ModelAdmin: its many-to-many fields as checkboxes, all choices in sight, with no
    JavaScript (instead of filter_horizontal's two scrolling lists, whose filter icons carry an
    aria-label axe-core rejects: aria-prohibited-attr).

    Django's admin wraps the checkboxes in RelatedFieldWidgetWrapper (the + beside them), and the
    wrapper does not pass on CheckboxSelectMultiple's refusal of the `required` attribute: a
    required field would get `required` on every box, and the browser would not send the form
    until every box is ticked. The wrapper here asks the checkboxes, as Django means it to."""

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        chosen_elsewhere = {*self.get_autocomplete_fields(request), *self.raw_id_fields}
        if (
            isinstance(db_field, ManyToManyField)
            and "widget" not in kwargs
            and db_field.name not in chosen_elsewhere
        ):
            kwargs["widget"] = CheckboxSelectMultiple
        formfield = super().formfield_for_dbfield(db_field, request, **kwargs)
        widget = getattr(formfield, "widget", None)
        if isinstance(widget, RelatedFieldWidgetWrapper) and isinstance(
            widget.widget, CheckboxSelectMultiple
        ):
            widget.use_required_attribute = widget.widget.use_required_attribute
        return formfield


class LabelledListEditableMixin:
    """For a ModelAdmin with `list_editable`: Django draws those fields in the list with no label
    (axe: label), so a screen reader says only «spin button, 3». Each gets a name that says its
    column and its row: «Rekkefølge: Jobb»."""

    def get_changelist_form(self, request, **kwargs):
        form = super().get_changelist_form(request, **kwargs)

        class LabelledChangelistForm(form):
            def __init__(self, *args, **kwargs):
                super().__init__(*args, **kwargs)
                for field in self.fields.values():
                    field.widget.attrs["aria-label"] = f"{capfirst(field.label)}: {self.instance}"

        return LabelledChangelistForm
