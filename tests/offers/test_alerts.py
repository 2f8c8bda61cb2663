"""E-mail alerts (issue 10, item 5): double opt-in, nothing to an unconfirmed address, a weekly
digest of only new public offers matching the filters (never one twice), one-click unsubscribe
without login, no cookie, the same answer whether an address is known or not."""

import email
import email.policy
import io
import time
from datetime import timedelta

import pytest
from django.core import mail, signing
from django.core.management import call_command
from django.db import models
from django.test import Client
from django.urls import reverse
from django.utils import timezone, translation

from offers import alerts, terms
from offers.models import Offer, Subscription
from tests.factories import make_actor, make_offer
from tests.helpers import en, guard_token, link_in, mails_to
from tests.offers.conftest import NOW

pytestmark = pytest.mark.django_db

ADDRESS = "amina@example.org"
FAMILY_LEISURE = "?focus=leisure&segment=families"


def answers(**fields):
    """A post of the form, shown half a minute ago."""
    return {"started": guard_token("subscribe", shown=NOW - 30), "website": "", **fields}


def subscribe_url(query=FAMILY_LEISURE):
    return en("offers:subscribe") + query


def ask(client, address=ADDRESS, query=FAMILY_LEISURE):
    return client.post(subscribe_url(query), answers(email=address))


def make_subscription(*, confirmed_days_ago=30, sent_days_ago=8, **fields):
    today = timezone.localdate()
    fields.setdefault("email", ADDRESS)
    fields.setdefault("filters", {"focus": ["leisure"], "segment": ["families"]})
    fields.setdefault("language", "en")
    return Subscription.objects.create(
        created_on=today - timedelta(days=(confirmed_days_ago or 0) + 1),
        confirmed_on=None if confirmed_days_ago is None else today - timedelta(confirmed_days_ago),
        last_sent_at=None
        if sent_days_ago is None
        else timezone.now() - timedelta(days=sent_days_ago),
        **fields,
    )


def digests(commit):
    call_command("send_digests", stdout=io.StringIO())
    commit()
    return [m for m in mail.outbox if "List-Unsubscribe" in m.extra_headers]


def family_leisure(**fields):
    return make_offer(focus=("leisure",), segments=("families",), **fields)


def assert_no_cookie(response):
    assert not response.cookies, response.cookies
    assert "Set-Cookie" not in response.headers


# What is stored


def test_an_alert_stores_the_email_filters_language_and_dates_only():
    fields = {field.name for field in Subscription._meta.get_fields()}
    assert fields == {
        "id",
        "email",
        "filters",
        "language",
        "created_on",
        "confirmed_on",
        "last_sent_at",
    }
    assert not any(
        isinstance(field, (models.GenericIPAddressField, models.ForeignKey))
        for field in Subscription._meta.get_fields()
    )


# Asking for an alert


def test_the_form_names_the_filters_in_words_and_sets_no_cookie(client):
    response = client.get(subscribe_url(FAMILY_LEISURE + "&q=ski&page=2&sort=title"))
    assert response.status_code == 200
    assert_no_cookie(response)
    body = response.content.decode()
    with translation.override("en"):
        assert response.context["filters"] == [
            "Search: “ski”",
            "Leisure and volunteering",
            "Families with children",
        ]
    assert "Leisure and volunteering" in body and "Families with children" in body
    assert 'name="started"' in body and 'name="website"' in body
    # The post keeps the filters, not the page or the order.
    assert 'action="/en/e-mail-alerts/?focus=leisure&amp;segment=families&amp;q=ski"' in body


def test_the_list_links_the_form_for_its_filters(client, offer):
    body = client.get(en("offers:list") + FAMILY_LEISURE + "&page=1").content.decode()
    assert (
        f'href="{en("offers:subscribe")}?focus=leisure&amp;segment=families">'
        "Get an e-mail about new offers like these</a>"
    ) in body


def test_double_opt_in_confirms_only_with_the_button_of_the_link(client, clock):
    response = ask(client)
    assert response.status_code == 302
    assert response.url == en("offers:subscribe") + FAMILY_LEISURE + "&sent=1"
    assert_no_cookie(response)
    subscription = Subscription.objects.get()
    assert subscription.email == ADDRESS
    assert subscription.filters == {"focus": ["leisure"], "segment": ["families"]}
    assert subscription.language == "en"
    assert subscription.confirmed_on is None
    assert subscription.created_on == timezone.localdate()

    [message] = mails_to(ADDRESS)
    assert message.subject == "Confirm: e-mails about new offers in Narvik"
    assert "- Leisure and volunteering\n- Families with children\n" in message.body
    link = link_in(message)
    # Opening the link (as a mail scanner would) confirms nothing.
    page = client.get(link)
    assert page.status_code == 200
    assert_no_cookie(page)
    assert "Yes, send me these e-mails" in page.content.decode()
    subscription.refresh_from_db()
    assert subscription.confirmed_on is None

    done = Client(enforce_csrf_checks=True).post(link)
    assert done.status_code == 200
    assert_no_cookie(done)
    assert "The e-mails have started" in done.content.decode()
    subscription.refresh_from_db()
    assert subscription.confirmed_on == timezone.localdate()
    assert subscription.last_sent_at is not None


def test_the_page_after_asking_says_the_same_whether_the_address_is_known(client, clock):
    first = ask(client)
    first_page = client.get(first.url)
    assert "If the address is right, you will get an e-mail" in first_page.content.decode()
    assert_no_cookie(first_page)
    again = ask(client, address=" Amina@Example.ORG ")
    assert again.status_code == 302 and again.url == first.url
    assert Subscription.objects.count() == 1
    # One confirmation an hour per address, however often it is asked.
    assert len(mails_to(ADDRESS)) == 1

    Subscription.objects.update(confirmed_on=timezone.localdate())
    ask(client, query="?focus=leisure")  # other filters for the same address: within the hour
    assert len(mails_to(ADDRESS)) == 1
    assert Subscription.objects.count() == 1


def test_a_confirmed_address_asking_again_gets_the_renewal_mail_only(client, clock):
    subscription = make_subscription(confirmed_days_ago=100)
    response = ask(client)
    assert response.status_code == 302
    assert Subscription.objects.count() == 1
    [message] = mails_to(ADDRESS)
    assert message.subject == "Keep getting e-mails about new offers in Narvik?"
    Client().post(link_in(message))
    subscription.refresh_from_db()
    assert subscription.confirmed_on == timezone.localdate()


def test_search_words_are_stored_normalised(client, clock):
    ask(client, query="?q=+Norsk-KURS!+&free=1")
    assert Subscription.objects.get().filters == {"free": True, "q": "norsk kurs"}


def test_the_guard_refuses_robots_and_keeps_the_address(client, clock):
    honeypot = client.post(subscribe_url(), answers(email=ADDRESS, website="http://spam"))
    assert honeypot.status_code == 400
    fast = client.post(
        subscribe_url(),
        {"started": guard_token("subscribe", shown=NOW - 1), "website": "", "email": ADDRESS},
    )
    assert fast.status_code == 400
    assert "quicker than a person" in fast.content.decode()
    assert f'value="{ADDRESS}"' in fast.content.decode()
    assert_no_cookie(fast)
    assert not Subscription.objects.exists()
    assert not mail.outbox


def test_a_bad_address_or_unknown_filter_is_a_400(client, clock):
    bad = client.post(subscribe_url(), answers(email="amina@"))
    assert bad.status_code == 400
    assert "Write the whole e-mail address" in bad.content.decode()
    assert 'value="amina@"' in bad.content.decode()
    unknown = subscribe_url("?focus=no-such-topic")
    assert client.get(unknown).status_code == 400
    assert client.post(unknown, answers(email=ADDRESS)).status_code == 400
    assert not Subscription.objects.exists()


def test_asking_is_rate_limited_per_client(client, clock):
    from narvik_tilflytter.ratelimit import SUBSCRIBE_LIMIT

    for number in range(SUBSCRIBE_LIMIT.requests):
        assert ask(client, address=f"person{number}@example.org").status_code == 302
    assert ask(client, address="one-more@example.org").status_code == 429
    assert Subscription.objects.count() == SUBSCRIBE_LIMIT.requests


# The digests


def test_nothing_is_sent_to_an_unconfirmed_address(commit):
    make_subscription(confirmed_days_ago=None, sent_days_ago=None)
    family_leisure(title_en="Family skiing")
    assert digests(commit) == []
    assert not mail.outbox


def test_the_digest_has_only_new_public_offers_matching_the_filters(commit):
    subscription = make_subscription()
    new = family_leisure(title_en="Family skiing", published_days_ago=2)
    family_leisure(title_en="Old family hike", published_days_ago=10)
    make_offer(focus=("work",), segments=("families",), title_en="Job club")
    make_offer(focus=("leisure",), title_en="Chess for adults")
    family_leisure(title_en="Draft trip", status=Offer.Status.DRAFT)
    family_leisure(title_en="Ended trip", valid_until=timezone.localdate() - timedelta(days=1))
    family_leisure(title_en="Unapproved trip", actor=make_actor(is_approved=False))

    [digest] = digests(commit)
    assert digest.to == [ADDRESS]
    assert digest.subject == "1 new offer in Narvik"
    assert "Family skiing" in digest.body
    with translation.override("en"):
        assert f"http://127.0.0.1:8000{new.get_absolute_url()}" in digest.body
    for other in ("Old family hike", "Job club", "Chess", "Draft", "Ended", "Unapproved"):
        assert other not in digest.body
    subscription.refresh_from_db()
    assert timezone.now() - subscription.last_sent_at < timedelta(minutes=1)


def test_the_digest_is_in_the_subscribers_language(commit):
    make_subscription(language="nb")
    family_leisure(title="Familieski", title_en="Family skiing")
    [digest] = digests(commit)
    assert digest.subject == "1 nytt tilbud i Narvik"
    assert "Familieski" in digest.body and "Family skiing" not in digest.body
    assert "/nb/" in digest.extra_headers["List-Unsubscribe"]


def test_running_daily_sends_one_digest_a_week_and_no_offer_twice(commit):
    subscription = make_subscription()
    family_leisure(title_en="Family skiing")
    assert len(digests(commit)) == 1
    assert len(digests(commit)) == 1  # the second run the same day sends nothing new
    assert len(mail.outbox) == 1

    # A week later, with one more offer: only that one.
    Subscription.objects.filter(pk=subscription.pk).update(
        last_sent_at=timezone.now() - timedelta(days=7)
    )
    Offer.objects.filter(title_en="Family skiing").update(
        published_at=timezone.now() - timedelta(days=7, minutes=1)
    )
    family_leisure(title_en="Family swimming", published_days_ago=0)
    sent = digests(commit)
    assert len(sent) == 2
    assert "Family swimming" in sent[1].body and "Family skiing" not in sent[1].body


def test_no_new_offers_no_mail(commit):
    subscription = make_subscription()
    family_leisure(title_en="Family skiing", published_days_ago=9)
    assert digests(commit) == []
    subscription.refresh_from_db()
    # The mark stays: an offer that appears tomorrow is still new.
    assert timezone.now() - subscription.last_sent_at > timedelta(days=7)


def test_a_long_digest_links_the_list_for_the_rest(commit):
    make_subscription()
    for number in range(alerts.DIGEST_MAX + 1):
        family_leisure(title_en=f"Family outing {number:02}", published_days_ago=0)
    [digest] = digests(commit)
    assert digest.subject == f"{alerts.DIGEST_MAX} new offers in Narvik"
    assert digest.body.count("Family outing") == alerts.DIGEST_MAX
    assert "There are more. See them all on the site:" in digest.body
    assert "/en/offers/?focus=leisure&segment=families" in digest.body


def test_the_digest_has_list_unsubscribe_headers(commit):
    subscription = make_subscription()
    family_leisure(title_en="Family skiing")
    [digest] = digests(commit)
    with translation.override("en"):
        url = reverse("offers:unsubscribe", args=[alerts.unsubscribe_token(subscription)])
    assert digest.extra_headers["List-Unsubscribe"] == f"<http://127.0.0.1:8000{url}>"
    assert digest.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert f"http://127.0.0.1:8000{url}" in digest.body
    # As the SMTP backend writes it: the URL on one line, not folded into encoded words.
    raw = digest.message(policy=email.policy.SMTP).as_bytes()
    assert f"\r\nList-Unsubscribe: <http://127.0.0.1:8000{url}>\r\n".encode() in raw
    parsed = email.message_from_bytes(raw, policy=email.policy.default)
    assert parsed["List-Unsubscribe"] == f"<http://127.0.0.1:8000{url}>"
    assert parsed["Subject"] == "1 new offer in Narvik"


# Unsubscribing


def unsubscribe_link(subscription):
    return en("offers:unsubscribe", alerts.unsubscribe_token(subscription))


def test_unsubscribe_without_login_shows_a_button_then_deletes(client):
    subscription = make_subscription()
    page = client.get(unsubscribe_link(subscription))
    assert page.status_code == 200
    assert_no_cookie(page)
    assert "Stop the e-mails" in page.content.decode()
    assert Subscription.objects.exists()
    done = Client(enforce_csrf_checks=True).post(unsubscribe_link(subscription))
    assert done.status_code == 200
    assert_no_cookie(done)
    assert "We have deleted your address" in done.content.decode()
    assert not Subscription.objects.exists()
    # The link again: it says the e-mails have stopped.
    assert client.get(unsubscribe_link(subscription)).status_code == 200


def test_one_click_unsubscribe_by_the_mail_programs_post(commit):
    subscription = make_subscription()
    family_leisure(title_en="Family skiing")
    [digest] = digests(commit)
    url = digest.extra_headers["List-Unsubscribe"].strip("<>").removeprefix("http://127.0.0.1:8000")
    response = Client(enforce_csrf_checks=True).post(
        url, "List-Unsubscribe=One-Click", content_type="application/x-www-form-urlencoded"
    )
    assert response.status_code == 200
    assert not Subscription.objects.filter(pk=subscription.pk).exists()


# Bad links


@pytest.mark.parametrize("name", ["offers:subscription_confirm", "offers:unsubscribe"])
def test_a_bad_token_is_a_400_page(client, name):
    subscription = make_subscription()
    good = (
        alerts.confirm_token(subscription)
        if name == "offers:subscription_confirm"
        else alerts.unsubscribe_token(subscription)
    )
    other_salt = (
        alerts.unsubscribe_token(subscription)
        if name == "offers:subscription_confirm"
        else alerts.confirm_token(subscription)
    )
    for token in ["junk", good[:-2], good + "x", other_salt, signing.dumps({"s": "x"})]:
        for method in (client.get, client.post):
            response = method(en(name, token))
            assert response.status_code == 400, token
            assert "The link does not work" in response.content.decode()
            assert_no_cookie(response)
    assert Subscription.objects.get().confirmed_on == subscription.confirmed_on


def test_an_old_confirmation_link_has_expired(client, monkeypatch):
    subscription = make_subscription(confirmed_days_ago=None, sent_days_ago=None)
    then = int(time.time()) - (alerts.CONFIRM_DAYS + 1) * 24 * 3600
    monkeypatch.setattr(signing.TimestampSigner, "timestamp", lambda self: signing.b62_encode(then))
    token = alerts.confirm_token(subscription)
    monkeypatch.undo()
    response = client.post(en("offers:subscription_confirm", token))
    assert response.status_code == 400
    assert "more than 7 days old" in response.content.decode()
    subscription.refresh_from_db()
    assert subscription.confirmed_on is None


def test_a_confirmation_link_of_a_deleted_alert_is_gone(client):
    subscription = make_subscription(confirmed_days_ago=None, sent_days_ago=None)
    token = alerts.confirm_token(subscription)
    subscription.delete()
    response = client.post(en("offers:subscription_confirm", token))
    assert response.status_code == 400
    assert "These e-mails have been stopped" in response.content.decode()
    assert not Subscription.objects.exists()


# Deleting and renewing


def test_unconfirmed_alerts_are_deleted_after_a_week(commit):
    today = timezone.localdate()
    old = make_subscription(confirmed_days_ago=None, sent_days_ago=None, email="old@example.org")
    Subscription.objects.filter(pk=old.pk).update(
        created_on=today - timedelta(days=alerts.CONFIRM_DAYS)
    )
    recent = make_subscription(confirmed_days_ago=None, sent_days_ago=None)
    Subscription.objects.filter(pk=recent.pk).update(created_on=today - timedelta(days=1))
    digests(commit)
    assert list(Subscription.objects.all()) == [recent]


def test_an_alert_not_confirmed_for_a_year_is_deleted(commit):
    make_subscription(confirmed_days_ago=alerts.KEEP_DAYS)
    family_leisure(title_en="Family skiing")
    assert digests(commit) == []
    assert not Subscription.objects.exists()


def test_the_last_digests_ask_to_keep_the_alert_and_the_link_renews_it(client, commit):
    subscription = make_subscription(confirmed_days_ago=alerts.KEEP_DAYS - 10)
    # No new offers, but the alert is about to end: the digest still comes, to ask.
    [digest] = digests(commit)
    assert digest.subject == "Keep getting e-mails about new offers in Narvik?"
    assert "Keep getting these e-mails" in digest.body
    renew = [line for line in digest.body.splitlines() if "/confirm/" in line]
    assert len(renew) == 1
    client.post(renew[0].removeprefix("http://127.0.0.1:8000"))
    subscription.refresh_from_db()
    assert subscription.confirmed_on == timezone.localdate()


def test_a_digest_far_from_the_end_does_not_ask_to_keep_it(commit):
    make_subscription(confirmed_days_ago=30)
    family_leisure(title_en="Family skiing")
    [digest] = digests(commit)
    assert "Keep getting these e-mails" not in digest.body
    assert "/confirm/" not in digest.body


# Done when


def test_a_newcomer_subscribes_to_leisure_for_families_confirms_and_gets_one_digest(
    client, clock, commit
):
    family_leisure(title_en="Older family day", published_days_ago=30)
    listing = client.get(en("offers:list") + FAMILY_LEISURE)
    assert "Get an e-mail about new offers like these" in listing.content.decode()
    form = client.get(subscribe_url())
    assert form.status_code == 200
    ask(client)
    Client().post(link_in(mails_to(ADDRESS)[0]))
    assert Subscription.objects.get().confirmed_on == timezone.localdate()

    # A new offer for families is approved; a week passes.
    family_leisure(title_en="Family skiing in Narvikfjellet", published_days_ago=0)
    Subscription.objects.update(last_sent_at=timezone.now() - timedelta(days=7, minutes=5))
    Offer.objects.filter(title_en="Family skiing in Narvikfjellet").update(
        published_at=timezone.now() - timedelta(days=1)
    )
    sent = digests(commit)
    assert len(sent) == 1
    assert "Family skiing in Narvikfjellet" in sent[0].body
    assert "Older family day" not in sent[0].body
    assert digests(commit) == sent


def test_links_do_not_carry_the_address_and_fit_only_their_own_alert(client):
    subscription = make_subscription()
    token = alerts.unsubscribe_token(subscription)
    payload = signing.loads(token, salt=alerts.UNSUBSCRIBE_SALT)
    assert ADDRESS not in str(payload) and "amina" not in token
    # The same id with another address (an id used again): the link is for nobody.
    Subscription.objects.filter(pk=subscription.pk).update(email="someone@example.org")
    response = client.post(en("offers:unsubscribe", token))
    assert response.status_code == 200
    assert Subscription.objects.filter(pk=subscription.pk).exists()
    confirm = client.post(en("offers:subscription_confirm", alerts.confirm_token(subscription)))
    assert confirm.status_code == 400


def test_the_confirmed_page_links_the_list_on_this_site(client):
    subscription = make_subscription(confirmed_days_ago=None, sent_days_ago=None)
    done = client.post(en("offers:subscription_confirm", alerts.confirm_token(subscription)))
    assert 'href="/en/offers/?focus=leisure&amp;segment=families"' in done.content.decode()


# Queries


def test_the_form_reads_only_the_terms_it_names(client, django_assert_num_queries):
    client.get(subscribe_url())  # reads the taxonomy into the process's cache (offers/terms.py)
    with django_assert_num_queries(1):  # the public version; the terms named are cached
        assert client.get(subscribe_url()).status_code == 200


@pytest.mark.parametrize("alerts_due", [1, 4])
def test_each_digest_costs_the_same_queries(commit, django_assert_num_queries, alerts_due):
    for number in range(alerts_due):
        make_subscription(email=f"person{number}@example.org")
    family_leisure(title_en="Family skiing")
    terms.terms()  # reads the taxonomy into the process's cache (offers/terms.py)
    # Two deletions, the alerts and (once, when the first filter is read) the public version;
    # then each: the offers, the mark's update, and the savepoint around them (2).
    with django_assert_num_queries(4 + 4 * alerts_due):
        assert len(digests(commit)) == alerts_due


def test_an_alert_with_search_words_gets_the_offers_the_search_finds(commit):
    make_subscription(filters={"q": "skiing"})
    make_offer(title="Skiskole", title_en="Skiing for families", summary_en="Skiing together.")
    make_offer(title="Norskkurs", title_en="Norwegian course", summary_en="Learn Norwegian.")
    [digest] = digests(commit)
    assert "Skiing for families" in digest.body
    assert "Norwegian course" not in digest.body
    assert "- Search: “skiing”" in digest.body
