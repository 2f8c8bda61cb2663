"""The public organisation pages (`actors:list`, `actors:detail`): the organisations, with the
offers they run. They live here, beside the offers they list, so `actors` imports nothing from
`offers`."""

from django.core.paginator import InvalidPage
from django.http import Http404
from django.shortcuts import get_object_or_404, render

from actors.models import Actor

from ..models import with_public_offer_counts
from .public import CountedPaginator


def organisation_list(request):
    actors = with_public_offer_counts(Actor.objects.public())
    by_kind = {kind: [] for kind in Actor.Kind}
    for actor in actors:
        by_kind[actor.kind].append(actor)
    groups = [(Actor.Kind(kind).label, members) for kind, members in by_kind.items() if members]
    return render(request, "offers/organisation_list.html", {"groups": groups})


# Offers on one page of an organisation's page, as on the offer list: an organisation with many
# offers (NAV, the university) gets pages, not one long page.
OFFERS_PER_PAGE = 20


def organisation_detail(request, slug):
    actor = get_object_or_404(Actor.objects.public(), slug=slug)
    offers = actor.offers.public().with_cards().order_by("-published_at", "pk")
    # Counted once per public version and day (an organisation may have hundreds of offers).
    paginator = CountedPaginator(offers, OFFERS_PER_PAGE, count_key=("organisation", actor.pk))
    try:
        page = paginator.page(request.GET.get("page") or 1)
    except InvalidPage:
        raise Http404 from None
    context = {"actor": actor, "offers": page.object_list, "page_obj": page}
    return render(request, "offers/organisation_detail.html", context)
