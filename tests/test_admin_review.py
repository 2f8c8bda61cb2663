"""The office's review in the admin: what waits on the front page, a change's diff first,
decisions that return to the queue, and an admin that speaks only Norwegian."""

import re
from urllib.parse import parse_qs, urlencode, urlsplit

import pytest
from django.urls import reverse

from offers import changes
from offers.models import Offer
from tests.factories import make_actor, make_moderator, make_offer, make_user

pytestmark = pytest.mark.django_db


@pytest.fixture
def moderator_client(client):
    client.force_login(make_moderator())
    return client


def make_change(live, **content):
    change = Offer(actor=live.actor, change_of=live, status="pending", slug=f"{live.slug}-endring")
    return changes.copy_content(live, change, **content)


def queue_links(body):
    section = re.search(r'<section[^>]*id="review-queue".*?</section>', body, re.S)
    assert section, "no review queue on the front page"
    return {
        re.sub(r"\s+", " ", text).strip(): href.replace("&amp;", "&")
        for href, text in re.findall(r'<a href="([^"]+)">([^<]+)</a>', section.group())
    }


def test_front_page_counts_what_waits_each_linking_to_its_list(moderator_client, actor):
    for _ in range(4):
        make_offer(actor=actor, status="pending")
    make_change(make_offer(actor=actor), title_nb="Ny tittel")
    make_offer(actor=actor)  # published, nothing waits
    make_actor(is_approved=False)
    make_actor(is_approved=False)

    links = queue_links(moderator_client.get(reverse("admin:index")).content.decode())

    assert set(links) == {
        "4 tilbud venter på godkjenning",
        "1 endring i et publisert tilbud venter på godkjenning",
        "2 organisasjoner venter på godkjenning",
        # Feedback comments and unmet needs (tests/test_gap_map.py counts them).
        "0 kommentarer venter på godkjenning",
        "0 udekkede behov er ikke fulgt opp ennå",
    }
    offers = moderator_client.get(links["4 tilbud venter på godkjenning"])
    assert offers.context["cl"].result_count == 4
    assert all(o.status == "pending" and not o.is_change for o in offers.context["cl"].result_list)
    with_change = moderator_client.get(
        links["1 endring i et publisert tilbud venter på godkjenning"]
    )
    # The link lists the changes themselves, each opening with its diff.
    assert [(o.status, o.is_change) for o in with_change.context["cl"].result_list] == [
        ("pending", True)
    ]
    actors = moderator_client.get(links["2 organisasjoner venter på godkjenning"])
    assert actors.context["cl"].result_count == 2


def test_front_page_shows_no_queue_outside_the_office(client, actor):
    make_offer(actor=actor, status="pending")
    client.force_login(make_user(is_staff=True, is_superuser=True))
    body = client.get(reverse("admin:index")).content.decode()
    assert 'id="review-queue"' not in body


def test_change_page_shows_the_diff_above_the_form(moderator_client, actor):
    live = make_offer(actor=actor, title="Gammel tittel")
    change = make_change(live, title_nb="Ny tittel")
    body = moderator_client.get(
        reverse("admin:offers_offer_change", args=[change.pk])
    ).content.decode()
    diff = body.index('id="change-diff"')
    assert body.index("<del>Gammel tittel</del>") > diff
    assert body.index("<ins>Ny tittel</ins>") > diff
    assert diff < body.index('name="title_nb"')
    assert body.count("<ins>Ny tittel</ins>") == 1


def test_an_offer_that_is_no_change_has_no_diff(moderator_client, actor):
    offer = make_offer(actor=actor, status="pending")
    body = moderator_client.get(
        reverse("admin:offers_offer_change", args=[offer.pk])
    ).content.decode()
    assert 'id="change-diff"' not in body


FILTERS = "status__exact=pending&actor__kind__exact=voluntary"


def change_page(client, offer):
    url = reverse("admin:offers_offer_change", args=[offer.pk])
    return client.get(url, {"_changelist_filters": FILTERS}).content.decode()


def assert_back_in_the_queue(response):
    assert response.status_code == 302
    target = urlsplit(response.url)
    assert target.path == reverse("admin:offers_offer_changelist")
    assert parse_qs(target.query) == parse_qs(FILTERS)


def test_approving_returns_to_the_queue_with_its_filters(moderator_client, actor):
    offer = make_offer(actor=actor, status="pending")
    body = change_page(moderator_client, offer)
    action = re.search(r'<form method="post" action="([^"]*/approve/[^"]*)"', body).group(1)
    response = moderator_client.post(action.replace("&amp;", "&"))
    offer.refresh_from_db()
    assert offer.status == "published"
    assert_back_in_the_queue(response)


def test_approving_a_change_returns_to_the_queue_with_its_filters(moderator_client, actor):
    live = make_offer(actor=actor)
    change = make_change(live, title_nb="Ny tittel")
    url = reverse("admin:offers_offer_approve", args=[change.pk])
    response = moderator_client.post(f"{url}?{urlencode({'_changelist_filters': FILTERS})}")
    live.refresh_from_db()
    assert live.title_nb == "Ny tittel"
    assert_back_in_the_queue(response)


def test_rejecting_returns_to_the_queue_with_its_filters(moderator_client, actor):
    offer = make_offer(actor=actor, status="pending")
    body = change_page(moderator_client, offer)
    link = re.search(r'<a href="([^"]*/reject/[^"]*)"', body).group(1).replace("&amp;", "&")
    page = moderator_client.get(link).content.decode()
    cancel = re.search(r'<a href="([^"]+)">Avbryt</a>', page).group(1).replace("&amp;", "&")
    assert parse_qs(urlsplit(cancel).query) == parse_qs(FILTERS)
    response = moderator_client.post(
        link, {"action": "reject_selected", "confirm": "1", "reason": "Skriv hvor kurset er."}
    )
    offer.refresh_from_db()
    assert offer.status == "rejected"
    assert_back_in_the_queue(response)


def test_changelist_explains_the_english_column(moderator_client, actor):
    make_offer(actor=actor)
    body = moderator_client.get(reverse("admin:offers_offer_changelist")).content.decode()
    assert "Engelsk oppdatert" in body
    assert 'id="english-up-to-date-help"' in body
    assert 'icon-yes.svg" alt="ja"' in body
    assert 'alt="True"' not in body


# Django 6.1's bokmål catalogue leaves these in English; narvik_tilflytter/admin_strings.py.
ENGLISH = [
    "- Select an option -",
    "Run",
    "Show counts",
    "Hide counts",
    "Search tilbud",
    "Pagination tilbud",
    "Select all objects on this page for an action",
    "Select this object for an action",
    "Breadcrumbs",
    "Sidebar",
    "Start typing to filter",
    "Filter navigation items",
    "Toggle theme",
    "Model name",
    "Add link",
    "Change or view list link",
]


@pytest.mark.parametrize("url_name", ["admin:offers_offer_changelist", "admin:index"])
def test_the_norwegian_admin_has_none_of_djangos_english(moderator_client, actor, url_name):
    make_offer(actor=actor, status="pending")
    body = moderator_client.get(reverse(url_name)).content.decode()
    body = re.sub(r"<script.*?</script>", "", body, flags=re.S)
    # Each as the start of a text or an attribute's value, so «Run» does not match «Rundt».
    assert [text for text in ENGLISH if re.search(rf'[>"]\s*{re.escape(text)}', body)] == []


def test_the_way_from_the_published_offer_to_its_change_keeps_the_queue(moderator_client, actor):
    live = make_offer(actor=actor)
    change = make_change(live, title_nb="Ny tittel")
    body = change_page(moderator_client, live)
    link = reverse("admin:offers_offer_change", args=[change.pk])
    assert f'href="{link}?_changelist_filters=' in body
