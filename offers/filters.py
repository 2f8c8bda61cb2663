import django_filters
from django import forms
from django.db.models import F, Value
from django.db.models.functions import Coalesce, Lower, NullIf
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from modeltranslation.utils import resolution_order

from actors.models import Actor

from . import search, terms
from .models import Offer
from .search import CONFIGS

MAX_QUERY_LENGTH = 200


class CheckboxFilter(django_filters.MultipleChoiceFilter):
    """A facet: several values are OR-ed, and facets are AND-ed with each other."""

    field_class = terms.TermsField

    def __init__(self, *args, relation, key="slug", **kwargs):
        kwargs.setdefault("widget", forms.CheckboxSelectMultiple)
        super().__init__(*args, method=self.filter_any, tag_field=relation, key=key, **kwargs)
        self.relation = relation

    def filter_any(self, queryset, name, value):
        if not value:
            return queryset
        # A subquery instead of a join keeps each offer once without DISTINCT.
        matching = Offer.objects.filter(**{f"{self.relation}__in": value}).values("pk")
        return queryset.filter(pk__in=matching)


class OfferFilter(django_filters.FilterSet):
    SORT_CHOICES = [
        ("relevance", _("Best match")),
        ("newest", _("Newest first")),
        ("title", _("A–Z")),
        ("date", _("Date (soonest first)")),
    ]

    q = django_filters.CharFilter(
        label=_("Search"), method="filter_search", max_length=MAX_QUERY_LENGTH
    )
    focus = CheckboxFilter(label=_("Topic"), relation="focus_areas")
    group = CheckboxFilter(label=_("Who are you?"), relation="target_groups")
    segment = CheckboxFilter(label=_("Life situation"), relation="segments")
    language = CheckboxFilter(label=_("Language used"), relation="languages", key="code")
    actor_kind = django_filters.MultipleChoiceFilter(
        label=_("Kind of organisation"),
        field_name="actor__kind",
        choices=Actor.Kind.choices,
        widget=forms.CheckboxSelectMultiple,
    )
    free = django_filters.BooleanFilter(
        label=_("Only free offers"),
        field_name="is_free",
        widget=forms.CheckboxInput,
        method="filter_free",
    )
    sort = django_filters.ChoiceFilter(
        label=_("Sort by"),
        choices=SORT_CHOICES,
        method="filter_sort",
        empty_label=None,
        null_label=None,
    )

    class Meta:
        model = Offer
        fields = []

    MULTIPLE = ("focus", "group", "segment", "language", "actor_kind")

    def __init__(self, data=None, *args, **kwargs):
        # "Best match" is the default order: by search rank when there is a search, and newest
        # first when there is none (the best match for "everything" is what is new). It is the
        # form's first choice, so a search typed into the form is ranked however it is sent.
        if data is not None:
            data = data.copy()
            # An empty value ("?focus=") means no choice, not a wrong one.
            for name in self.MULTIPLE:
                data.setlist(name, [value for value in data.getlist(name) if value])
            if not data.get("sort"):
                data["sort"] = "relevance"
        super().__init__(data, *args, **kwargs)

    def filter_search(self, queryset, name, value):
        return search.search(queryset, value) if value.strip() else queryset

    def filter_free(self, queryset, name, value):
        return queryset.filter(is_free=True) if value else queryset

    def filter_sort(self, queryset, name, value):
        # Sorting happens in `qs`, after every filter, so that search rank is known.
        return queryset

    @property
    def qs(self):
        queryset = super().qs
        data = self.form.cleaned_data if self.form.is_valid() else {}
        sort = data.get("sort")
        if sort == "title":
            # By the title the page shows: its language's, else English, else Norwegian.
            language = get_language() if get_language() in CONFIGS else "nb"
            titles = [NullIf(f"title_{code}", Value("")) for code in resolution_order(language)]
            title = Coalesce(*titles, F("title_nb")) if len(titles) > 1 else F("title_nb")
            return queryset.order_by(Lower(title), "pk")
        if sort == "date":
            return queryset.order_by(F("starts_at").asc(nulls_last=True), "-published_at", "pk")
        if sort == "relevance" and "rank" in queryset.query.annotations:
            return queryset.order_by("-rank", "-published_at", "pk")
        return queryset.order_by("-published_at", "-created_at", "pk")
