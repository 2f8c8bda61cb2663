from urllib.parse import urlencode

from django.core.paginator import Paginator
from django.shortcuts import get_object_or_404, render
from django.template.loader import render_to_string
from django.utils.functional import cached_property
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.generic import ListView

from actors.models import Actor
from narvik_tilflytter.pagecache import cached_page

from .. import feedback, needs, search, terms
from ..filters import OfferFilter
from ..models import Offer
from ..public_forms import FeedbackForm, UnmetNeedForm, unmet_need_initial
from ..terms import TAG_MODELS

# In the order the filter form shows them.
FACETS = ("group", "segment", "focus", "language", "actor_kind")


@cached_page
def home(request):
    # Four queries: the public version (the page cache), the terms' counts, the newest offers
    # and their tags; the terms themselves are cached (offers/terms.py).
    counts = terms.public_counts()
    return render(
        request,
        "offers/home.html",
        {
            "target_groups": counts["target_groups"],
            "segments": counts["segments"],
            "focus_areas": counts["focus_areas"],
            "newest": Offer.objects.public().with_cards().order_by("-published_at")[:6],
        },
    )


def _without(query, name, value=None):
    """The query string with one value of one filter removed (and back to page one)."""
    query = query.copy()
    query.pop("page", None)
    if value is None:
        query.pop(name, None)
    else:
        query.setlist(name, [v for v in query.getlist(name) if v != value])
    encoded = query.urlencode()
    return f"?{encoded}" if encoded else "?"


def active_filters(filterset, query):
    """Each active filter as (label, link that removes just that one)."""
    data = filterset.form.cleaned_data
    chips = []
    if data.get("q", "").strip():
        chips.append((_("Search: “%(text)s”") % {"text": data["q"]}, _without(query, "q")))
    for name in ("focus", "group", "segment", "language"):
        for term in data.get(name) or ():
            key = term.code if name == "language" else term.slug
            chips.append((term.public_name, _without(query, name, key)))
    for kind in data.get("actor_kind") or ():
        chips.append((Actor.Kind(kind).label, _without(query, "actor_kind", kind)))
    if data.get("free"):
        chips.append((_("Free"), _without(query, "free")))
    return chips


class CountedPaginator(Paginator):
    """Counts the list once per public version and day (offers.terms.cached_count): the count
    reads every matching public offer, the page only its twelve."""

    def __init__(self, *args, count_key, **kwargs):
        super().__init__(*args, **kwargs)
        self.count_key = count_key

    @cached_property
    def count(self):
        return terms.cached_count(self.object_list, self.count_key)


class OfferListView(ListView):
    template_name = "offers/offer_list.html"
    context_object_name = "offers"
    # Twelve cards a page: the list is read on phones, often on a newcomer's prepaid data, and
    # its first page stays under 5 KB gzipped with real summaries in either language (issue 13;
    # it was 20); twelve fill the grid's rows of one, two, three or four cards alike.
    paginate_by = 12

    def get(self, request, *args, **kwargs):
        self.filterset = OfferFilter(
            request.GET, queryset=Offer.objects.public().with_cards(), request=request
        )
        if not self.filterset.is_valid():
            context = {
                "form": self.filterset.form,
                "facets_html": self.facets_html(),
                "sort_choices": self.sort_choices(),
                "offers": [],
                "invalid": True,
            }
            return render(request, self.template_name, context, status=400)
        response = super().get(request, *args, **kwargs)
        if self.empty:
            # A list without results logs its search (needs.log_zero_result), once in
            # REPEAT_SECONDS: it is kept no longer, so the next visitor after that logs it again.
            response.page_cache_timeout = needs.REPEAT_SECONDS
        return response

    def facet_fields(self):
        """Each facet as its name, label and (value, label, checked) choices: the template
        writes the 38 checkboxes itself, and reading them off the form's bound fields (a
        widget's context for each) cost a third of the page's rendering (issue 13)."""
        form = self.filterset.form
        facets = []
        for name in FACETS:
            field = form[name]
            chosen = {str(value) for value in field.value() or ()}
            choices = [
                (str(value), str(label), str(value) in chosen)
                for value, label in field.field.choices
            ]
            facets.append(
                {"name": name, "label": field.label, "choices": choices, "open": bool(chosen)}
            )
        return facets

    def facets_html(self):
        """The facets' checkboxes (includes/facets.html), made once per language, taxonomy
        version and choice in this process (offers.terms.made_once)."""
        form = self.filterset.form
        chosen = tuple(tuple(sorted(map(str, form[name].value() or ()))) for name in FACETS)
        return terms.made_once(
            "offer-list-facets",
            chosen,
            lambda: render_to_string("includes/facets.html", {"facet_fields": self.facet_fields()}),
        )

    def sort_choices(self):
        chosen = str(self.filterset.form["sort"].value() or "")
        return [
            (str(value), label, str(value) == chosen) for value, label in OfferFilter.SORT_CHOICES
        ]

    def get_paginator(self, queryset, per_page, **kwargs):
        # What the count depends on: the filters (not the page or the order) and the page's
        # language (its search reads that language's text).
        filters = sorted(
            (name, value)
            for name, values in self.request.GET.lists()
            if name not in ("page", "sort")
            for value in values
        )
        key = ("offer-list", get_language(), filters)
        return CountedPaginator(queryset, per_page, count_key=key, **kwargs)

    def get_queryset(self):
        return self.filterset.qs

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        query = self.request.GET
        data = self.filterset.form.cleaned_data
        initial = unmet_need_initial(data)
        self.empty = not context["paginator"].count
        if not self.empty:
            # A link to the form, filled in with what the list says (no queries for its lists).
            context["unmet_query"] = f"?{urlencode(initial)}" if any(initial.values()) else ""
        else:
            needs.log_zero_result(data)
            context["unmet_form"] = UnmetNeedForm(initial=initial)
        context.update(
            # Very many matches are shown newest first, not ranked (offers.search.RANK_LIMIT).
            newest_first=(
                not self.empty
                and data.get("sort") == "relevance"
                and search.too_many_to_rank(self.object_list)
            ),
            form=self.filterset.form,
            facets_html=self.facets_html(),
            sort_choices=self.sort_choices(),
            active_filters=active_filters(self.filterset, query),
        )
        return context


offer_list = cached_page(OfferListView.as_view())


@cached_page
def offer_detail(request, slug):
    # Four queries: the public version (the page cache), the offer with its organisation and
    # feedback figures, its tags, and the comments shown.
    offers = feedback.with_figures(Offer.objects.public().with_cards(tags=TAG_MODELS))
    offer = get_object_or_404(offers, slug=slug)
    context = {
        "offer": offer,
        "figures": feedback.figures_for(offer),
        "comments": feedback.shown_comments(offer),
        "feedback_form": FeedbackForm(offer=offer),
        "feedback_thanks": request.GET.get("feedback") == "thanks",
        "min_answers": feedback.MIN_ANSWERS,
    }
    return render(request, "offers/offer_detail.html", context)
