"""Stored XSS (issue 8, item 7): what an organisation or a newcomer types comes out escaped.

Every text field a person can fill gets an XSS polyglot, through the real flow: a club registers
through the form, confirms its e-mail, the office approves it in the admin, the club fills in
its profile, writes an offer through the portal's form and submits it; the office rejects it
with a reason (typed too), the club sends it again, the office approves it; a change to the
published offer is rejected; a newcomer asks to join with a message. Then every page, feed,
calendar, e-mail and export that shows those fields is read back:

- HTML and XML never contain the payload's markup raw (`<script>`, `<img … onerror`,
  `<svg/onload`, `<x>`), and no parsed element carries it; the escaped text is there wherever
  the field is shown; no `href` is a `javascript:` URL (the URL fields refuse one: tested too);
- the Atom feed and the sitemap are well-formed XML, the payload is text, never an element;
- the calendars parse, the payload is a property's value, and the line break in a title adds
  no property;
- e-mail is plain text, so the payload is there as typed; a line break in a title or a name
  adds no header;
- the privacy download is JSON (not HTML), the payload as typed.

A new surface is one line in SURFACES: a name, how to fetch it, and which fields it shows.
"""

import json
import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from datetime import timedelta
from email import message_from_string
from html.parser import HTMLParser
from types import SimpleNamespace

import pytest
from django.core import mail
from django.core.cache import cache
from django.core.signals import request_finished
from django.db import DEFAULT_DB_ALIAS, connections, transaction
from django.test import Client
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.html import escape
from django.utils.http import urlencode
from icalendar import Calendar

from actors.models import Actor, JoinRequest, User
from offers import freshness
from offers.models import FocusArea, Language, Offer
from tests.factories import make_moderator, make_user
from tests.helpers import en, link_in, mails_to, offer_form_data, registration_data

pytestmark = pytest.mark.django_db

# The polyglot: script, attribute break-out with an event handler, a <title> break-out, a
# template expression, a CDATA end, an element, a right-to-left override, text that is already
# escaped (must not be unescaped on the way), and both quotes.
PAYLOAD = (
    '<script>alert(1)</script>"><img src=x onerror=alert(1)></title><svg/onload=alert(1)>'
    "{{ 7*7 }}]]><x>\u202e&lt;already escaped&gt;'\""
)
# For fields that hold 40 characters.
SHORT = "<svg/onload=alert(1)>'\"&lt;"
# A line break that would add a mail header, or an iCalendar property, if it got through.
INJECTION = "\r\nBcc: evil@example.org\r\nATTENDEE:mailto:evil@example.org"
NAME_INJECTION = "\r\nBcc: evil@example.org"

# What each field is given. URLs and e-mail addresses hold what their validators let through
# (no spaces; a quoted local part); `javascript:` URLs are refused (the tests at the end).
TYPED = {
    "title_nb": "Kurs " + PAYLOAD + INJECTION,
    "summary_nb": "Kort " + PAYLOAD,
    "description_nb": "Om " + PAYLOAD,
    "price_nb": "Pris " + PAYLOAD,
    "schedule_nb": "Når " + PAYLOAD,
    "title_en": "Course " + PAYLOAD + INJECTION,
    "summary_en": "Short " + PAYLOAD,
    "description_en": "About " + PAYLOAD,
    "price_en": "Price " + PAYLOAD,
    "schedule_en": "When " + PAYLOAD,
    "place": "Sted " + PAYLOAD,
    "address": "Adresse " + PAYLOAD,
    "signup_url": 'https://signup.example/"><svg/onload=alert(1)>\'"',
    "signup_email": '"<svg/onload=alert(1)>"@signup.example',
    "signup_phone": "+47 " + SHORT,
    # The change to the published offer (rejected), shown in the preview and the admin's diff.
    "change_title_nb": "Endret " + PAYLOAD,
    "actor_name": "Klubb " + PAYLOAD + NAME_INJECTION,
    "actor_description_nb": "Klubben " + PAYLOAD,
    "actor_description_en": "The club " + PAYLOAD,
    "actor_website": 'https://club.example/"><svg/onload=alert(1)>\'"',
    "actor_email": '"<svg/onload=alert(1)>"@club.example',
    "actor_phone": "+47 " + SHORT,
    "actor_address": "Gate " + PAYLOAD,
    "full_name": "Kari <script>alert(1)</script>\"><img src=x onerror=alert(1)>&lt;'"
    + NAME_INJECTION,
    "joiner_name": "Ola <script>alert(1)</script>\"><img src=x onerror=alert(1)>&lt;'"
    + NAME_INJECTION,
    "join_message": "Hei " + PAYLOAD,
    "reason": "Grunn " + PAYLOAD,
}

# Markup of the payload that must never reach HTML or XML as it was typed.
RAW = ("<script>alert", "<img src=x onerror", "<svg/onload", "<x>", "</title><svg")
JAVASCRIPT_HREF = re.compile(r"""href\s*=\s*["']?\s*javascript:""", re.IGNORECASE)


def _flat(text):
    """Whitespace collapsed: a template may break a line, and a typed line break is shown as a
    space or a line end, never as markup."""
    return " ".join(text.split())


class _Elements(HTMLParser):
    """Every start tag with its attributes, and the text inside <script> elements."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.tags, self.scripts, self._in_script = [], [], False

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        self._in_script = tag == "script"

    def handle_endtag(self, tag):
        self._in_script = False

    def handle_data(self, data):
        if self._in_script:
            self.scripts.append(data)


def assert_safe_markup(text):
    for raw in RAW:
        assert raw not in text, f"raw {raw!r} in the output"
    assert not JAVASCRIPT_HREF.search(text), "a javascript: link"


def assert_safe_html(html):
    assert_safe_markup(html)
    parser = _Elements()
    parser.feed(html)
    # The admin's own icons are <img> and <svg>; the payload's are an <x>, or an <img src=x>.
    assert not [tag for tag, attrs in parser.tags if tag == "x" or attrs.get("src") == "x"]
    for tag, attrs in parser.tags:
        handlers = {name: value for name, value in attrs.items() if name.startswith("on")}
        assert not handlers, f"<{tag}> has event handlers {handlers}"
    assert not [script for script in parser.scripts if "alert(1)" in script]


# Surfaces ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Surface:
    name: str
    fetch: object  # world -> response (or the stored text)
    kind: str = "html"  # html, atom, sitemap, ics
    shows: tuple = ()  # the TYPED keys whose (escaped) text must be on it
    status: int = 200

    def __str__(self):
        return self.name


def _get(client_name, url_of):
    return lambda w: getattr(w, client_name).get(url_of(w))


def public(url_of):
    return _get("public", url_of)


def club(url_of):
    return _get("club", url_of)


def office(url_of):
    return _get("office", url_of)


NB_OFFER = ("title_nb", "summary_nb", "description_nb", "price_nb", "schedule_nb")
EN_OFFER = ("title_en", "summary_en", "description_en", "price_en", "schedule_en")
OFFER_PLAIN = ("place", "address", "signup_url", "signup_email", "signup_phone")
ACTOR_CONTACT = ("actor_email", "actor_phone", "actor_website")
CARD_NB = ("title_nb", "summary_nb", "actor_name")
CARD_EN = ("title_en", "summary_en", "actor_name")

SURFACES = [
    # The public site.
    Surface("home", public(lambda w: reverse("home"))),
    Surface("home en", public(lambda w: en("home"))),
    Surface("offer list", public(lambda w: reverse("offers:list")), shows=CARD_NB),
    Surface("offer list en", public(lambda w: en("offers:list")), shows=CARD_EN),
    Surface(
        "offer list, searching for a word of it",
        public(lambda w: reverse("offers:list") + "?q=Kurs"),
        shows=CARD_NB,
    ),
    Surface(
        "offer list, searching for the payload",
        public(lambda w: reverse("offers:list") + "?" + w.query),
        shows=("search",),
    ),
    Surface(
        "offer detail",
        public(lambda w: reverse("offers:detail", args=[w.offer.slug])),
        shows=(*NB_OFFER, *OFFER_PLAIN, "actor_name", *ACTOR_CONTACT),
    ),
    Surface(
        "offer detail en",
        public(lambda w: en("offers:detail", w.offer.slug)),
        shows=(*EN_OFFER, *OFFER_PLAIN, "actor_name", *ACTOR_CONTACT),
    ),
    Surface("organisation list", public(lambda w: reverse("actors:list")), shows=("actor_name",)),
    Surface(
        "organisation detail",
        public(lambda w: reverse("actors:detail", args=[w.actor.slug])),
        shows=("actor_name", "actor_description_nb", "actor_address", *ACTOR_CONTACT, *CARD_NB),
    ),
    Surface(
        "organisation detail en",
        public(lambda w: en("actors:detail", w.actor.slug)),
        shows=("actor_name", "actor_description_en", "actor_address", *ACTOR_CONTACT, *CARD_EN),
    ),
    Surface("sitemap.xml", public(lambda w: reverse("sitemap")), kind="sitemap"),
    Surface(
        "Atom feed",
        public(lambda w: reverse("offers:feed")),
        kind="atom",
        shows=("title_nb", "summary_nb", "actor_name"),
    ),
    Surface(
        "Atom feed en",
        public(lambda w: en("offers:feed")),
        kind="atom",
        shows=("title_en", "summary_en", "actor_name"),
    ),
    Surface(
        "calendar",
        public(lambda w: reverse("offers:calendar")),
        kind="ics",
        shows=("title_nb", "summary_nb", "place", "address"),
    ),
    Surface(
        "the offer's calendar",
        public(lambda w: en("offers:event", w.offer.slug)),
        kind="ics",
        shows=("title_en", "summary_en", "place", "address"),
    ),
    Surface(
        "the still-current link's page",
        public(lambda w: reverse("offers:confirm", args=[freshness.confirm_token(w.offer)])),
        shows=("title_nb",),
    ),
    # Messages shown once, on the page after the form.
    Surface("after registering", lambda w: w.after_registering),
    Surface("after asking to join", lambda w: w.after_joining, shows=("actor_name",)),
    # The portal.
    Surface(
        "portal dashboard",
        club(lambda w: reverse("portal:dashboard")),
        shows=("actor_name", "title_nb", "reason"),
    ),
    Surface(
        "portal preview",
        club(lambda w: reverse("portal:offer_preview", args=[w.offer.pk])),
        shows=("change_title_nb", "title_en", "summary_nb", "summary_en", *OFFER_PLAIN),
    ),
    Surface(
        "portal offer form",
        club(lambda w: reverse("portal:offer_edit", args=[w.offer.pk])),
        shows=("change_title_nb", *NB_OFFER[1:], *EN_OFFER, *OFFER_PLAIN, "reason"),
    ),
    Surface(
        "portal organisation page",
        club(lambda w: reverse("portal:actor_detail", args=[w.actor.slug])),
        shows=(
            "actor_name",
            "actor_description_nb",
            "actor_description_en",
            "actor_address",
            *ACTOR_CONTACT,
            "full_name",
            "joiner_name",
            "join_message",
        ),
    ),
    Surface(
        "portal organisation form",
        club(lambda w: reverse("portal:actor_edit", args=[w.actor.slug])),
        shows=("actor_description_nb", "actor_description_en", "actor_address", *ACTOR_CONTACT),
    ),
    Surface("portal account", club(lambda w: reverse("portal:account")), shows=("full_name",)),
    Surface(
        "the newcomer's dashboard",
        _get("joiner", lambda w: reverse("portal:dashboard")),
        shows=("actor_name",),
    ),
    Surface(
        "the newcomer's account",
        _get("joiner", lambda w: reverse("portal:account")),
        shows=("joiner_name", "actor_name"),
    ),
    # The admin.
    Surface(
        "admin offer list",
        office(lambda w: reverse("admin:offers_offer_changelist")),
        shows=("title_nb", "change_title_nb", "actor_name"),
    ),
    Surface(
        "admin offer search for the payload",
        office(lambda w: reverse("admin:offers_offer_changelist") + "?" + w.query),
        shows=("search",),
    ),
    Surface(
        "admin offer page",
        office(lambda w: reverse("admin:offers_offer_change", args=[w.offer.pk])),
        shows=(*NB_OFFER, *EN_OFFER, *OFFER_PLAIN, "reason"),
    ),
    Surface(
        "admin page of the change, with its diff",
        office(lambda w: reverse("admin:offers_offer_change", args=[w.change.pk])),
        shows=("title_nb", "change_title_nb"),
    ),
    Surface(
        "admin offer history",
        office(lambda w: reverse("admin:offers_offer_history", args=[w.offer.pk])),
        shows=("title_nb",),
    ),
    Surface(
        "admin rejection page",
        office(lambda w: reverse("admin:offers_offer_reject", args=[w.offer.pk])),
        shows=("title_nb",),
    ),
    Surface(
        "admin organisation list",
        office(lambda w: reverse("admin:actors_actor_changelist")),
        shows=("actor_name",),
    ),
    Surface(
        "admin organisation page",
        office(lambda w: reverse("admin:actors_actor_change", args=[w.actor.pk])),
        shows=(
            "actor_name",
            "actor_description_nb",
            "actor_description_en",
            "actor_address",
            *ACTOR_CONTACT,
            "title_nb",
        ),
    ),
    Surface(
        "admin user list",
        office(lambda w: reverse("admin:actors_user_changelist")),
        shows=("full_name", "joiner_name"),
    ),
    Surface(
        "admin user page",
        office(lambda w: reverse("admin:actors_user_change", args=[w.user.pk])),
        shows=("full_name",),
    ),
    Surface(
        "admin join request list",
        office(lambda w: reverse("admin:actors_joinrequest_changelist")),
        shows=("joiner_name", "actor_name"),
    ),
    Surface(
        "admin join request page",
        office(lambda w: reverse("admin:actors_joinrequest_change", args=[w.join_request.pk])),
        shows=("joiner_name", "actor_name", "join_message"),
    ),
    Surface(
        "admin membership autocomplete",
        office(
            lambda w: (
                reverse("admin:autocomplete")
                + "?app_label=actors&model_name=membership&field_name=user&term=Kari"
            )
        ),
        kind="json",
        shows=("full_name",),
    ),
]


def _offer_form(**overrides):
    # A month ahead: inside what the list's calendar holds (offers/feeds.py).
    day = (timezone.localdate() + timedelta(days=30)).isoformat()
    data = offer_form_data(
        **{key: TYPED[key] for key in (*NB_OFFER, *EN_OFFER, *OFFER_PLAIN)},
        starts_at=f"{day}T18:00",
        ends_at=f"{day}T20:00",
    )
    data["is_free"] = "costs"  # a price is shown only when the offer is not free
    data["languages"] = [Language.objects.get(code="nb").pk]
    data["focus_areas"] = [FocusArea.objects.get(slug="leisure").pk]
    data.update(overrides)
    return data


def _profile_form():
    return {
        "description_nb": TYPED["actor_description_nb"],
        "description_en": TYPED["actor_description_en"],
        "email": TYPED["actor_email"],
        "phone": TYPED["actor_phone"],
        "website": TYPED["actor_website"],
        "address": TYPED["actor_address"],
        "organisation_number": "",
    }


def _ok(response):
    assert response.status_code == 302, response.content.decode()[:3000]
    return response


@pytest.fixture(scope="module")
def world(django_db_setup, django_db_blocker):
    """Everything typed, published through the real flow, as the clients that read it back.

    Built once for the module, in a transaction rolled back at its end (each test runs in a
    savepoint inside it), so forty surfaces cost one flow."""
    with django_db_blocker.unblock(), translation.override("nb"), transaction.atomic():
        cache.clear()  # the rate limits count here
        mail.outbox = []
        request_finished.connect(_run_on_commit)
        try:
            w = _publish_everything()
        finally:
            request_finished.disconnect(_run_on_commit)
        w.mails = list(mail.outbox)
        yield w
        transaction.set_rollback(True)


def _run_on_commit(**kwargs):
    """At the end of each request, what it left for the commit (its e-mails) runs, as on a
    server; tests/conftest.py does the same for each test, but the world is built before."""
    connection = connections[DEFAULT_DB_ALIAS]
    pending, connection.run_on_commit = connection.run_on_commit, []
    for _savepoints, callback, _robust in pending:
        callback()


def _publish_everything():
    w = SimpleNamespace(public=Client(), club=Client(), office=Client(), joiner=Client())
    w.query = urlencode({"q": PAYLOAD})
    moderator = make_moderator(email="moderator@narvik.example")
    w.office.force_login(moderator)

    # The club registers and confirms its address.
    data = registration_data(
        language="nb",
        full_name=TYPED["full_name"],
        **{
            "org-name": TYPED["actor_name"],
            "org-email": TYPED["actor_email"],
            "org-phone": TYPED["actor_phone"],
            "org-website": TYPED["actor_website"],
            "org-address": TYPED["actor_address"],
            "org-organisation_number": "",
        },
    )
    w.after_registering = w.club.post(reverse("portal:register"), data, follow=True)
    w.user = User.objects.get(email="kari.nordmann@example.org")
    w.actor = Actor.objects.get()
    w.club.get(link_in(mails_to(w.user.email)[0]))
    # Whether registering logs the person in or not, with the address confirmed they are in.
    w.club.force_login(w.user)

    # The office approves the organisation; its admin writes the profile.
    approve = {"action": "approve_selected", "_selected_action": [w.actor.pk]}
    _ok(w.office.post(reverse("admin:actors_actor_changelist"), approve))
    _ok(w.club.post(reverse("portal:actor_edit", args=[w.actor.slug]), _profile_form()))

    # The offer: written and submitted, rejected with a reason, sent again, approved.
    _ok(w.club.post(reverse("portal:offer_create"), _offer_form(action="submit")))
    w.offer = Offer.objects.get()
    reject = reverse("admin:offers_offer_reject", args=[w.offer.pk])
    _ok(w.office.post(reject, {"confirm": "1", "reason": TYPED["reason"]}))
    edit = reverse("portal:offer_edit", args=[w.offer.pk])
    _ok(w.club.post(edit, _offer_form(action="submit")))
    _ok(w.office.post(reverse("admin:offers_offer_approve", args=[w.offer.pk])))
    w.offer.refresh_from_db()
    assert w.offer.status == Offer.Status.PUBLISHED

    # A change to it, rejected with the same reason: the dashboard and the form show it.
    _ok(w.club.post(edit, _offer_form(title_nb=TYPED["change_title_nb"], action="submit")))
    w.change = Offer.objects.get(change_of=w.offer)
    reject = reverse("admin:offers_offer_reject", args=[w.change.pk])
    _ok(w.office.post(reject, {"confirm": "1", "reason": TYPED["reason"]}))

    # A newcomer asks to join.
    joiner = make_user(email="ola@example.org", full_name=TYPED["joiner_name"])
    w.joiner.force_login(joiner)
    w.after_joining = w.joiner.post(
        reverse("portal:actor_add"),
        {"choice-choice": "join", "join-actor": w.actor.pk, "join-message": TYPED["join_message"]},
        follow=True,
    )
    w.join_request = JoinRequest.objects.get()
    w.actor.refresh_from_db()
    return w


def test_what_was_typed_is_stored_as_typed(world):
    """The flow kept every character: the checks below read what people really typed."""
    offer, actor = world.offer, world.actor
    for key in (*NB_OFFER, *EN_OFFER, *OFFER_PLAIN):
        assert getattr(offer, key) == TYPED[key], key
    assert world.change.title_nb == TYPED["change_title_nb"]
    for key in ("name", "description_nb", "description_en", "email", "phone", "website"):
        assert getattr(actor, key) == TYPED[f"actor_{key}" if key != "name" else "actor_name"]
    assert world.user.full_name == TYPED["full_name"]
    assert world.join_request.message == TYPED["join_message"]
    assert world.offer.rejection_reason() == TYPED["reason"]


def _body(response):
    content = b"".join(response.streaming_content) if response.streaming else response.content
    return content.decode()


def _shown(key):
    return PAYLOAD if key == "search" else TYPED[key]


def _check_html(surface, body):
    assert_safe_html(body)
    flat = _flat(body)
    for key in surface.shows:
        assert _flat(escape(_shown(key))) in flat, f"{key} is not shown escaped"


def _check_atom(surface, body):
    assert_safe_markup(body)
    root = ET.fromstring(body)  # well-formed, or this raises
    names = {element.tag.split("}")[-1] for element in root.iter()}
    assert not names & {"script", "img", "svg", "x", "title\u202e"}
    assert names <= {
        "feed",
        "title",
        "subtitle",
        "link",
        "id",
        "updated",
        "entry",
        "summary",
        "published",
        "author",
        "name",
        "category",
    }, names
    texts = [element.text or "" for element in root.iter()]
    texts += [element.get("term", "") for element in root.iter()]
    for key in surface.shows:
        typed = TYPED[key].replace("\r\n", "\n")
        assert typed in texts, f"{key} is not an element's text as typed"


def _check_sitemap(surface, body):
    assert_safe_markup(body)
    ET.fromstring(body)


ICS_EVENT_PROPERTIES = {
    "UID",
    "DTSTAMP",
    "DTSTART",
    "DTEND",
    "SUMMARY",
    "DESCRIPTION",
    "URL",
    "LOCATION",
}


def _check_ics(surface, body):
    calendar = Calendar.from_ical(body)
    assert set(calendar) <= {"PRODID", "VERSION", "X-WR-CALNAME"}, set(calendar)
    (event,) = calendar.walk("VEVENT")
    assert [component.name for component in calendar.subcomponents] == ["VEVENT"]
    assert set(event) <= ICS_EVENT_PROPERTIES, set(event)
    values = [str(event[name]) for name in ("SUMMARY", "DESCRIPTION", "LOCATION")]
    for key in surface.shows:
        typed = TYPED[key].replace("\r\n", "\n")
        assert any(typed in value for value in values), f"{key} is not a value as typed"
    # Unfolded, every line is a property of its own; none was made by a typed line break.
    unfolded = re.sub(r"\r\n[ \t]", "", body)
    assert not re.search(r"^(ATTENDEE|BCC)", unfolded, re.MULTILINE | re.IGNORECASE)


def _check_json(surface, body):
    data = json.loads(body)
    flat = json.dumps(data, ensure_ascii=False)
    for key in surface.shows:
        assert json.dumps(TYPED[key], ensure_ascii=False)[1:-1] in flat, key


CHECKS = {
    "html": _check_html,
    "atom": _check_atom,
    "sitemap": _check_sitemap,
    "ics": _check_ics,
    "json": _check_json,
}


@pytest.mark.parametrize("surface", SURFACES, ids=str)
def test_typed_text_comes_out_escaped(world, surface):
    response = surface.fetch(world)
    assert response.status_code == surface.status
    CHECKS[surface.kind](surface, _body(response))


# E-mail and the privacy download -------------------------------------------------------------

# HTML escaping that must not happen to plain text (the payload itself holds "&lt;" and "&gt;").
ESCAPED_FORMS = ("&lt;script", "&quot;", "&#x27;", "&amp;", "&gt;<")


def test_emails_are_plain_text_as_typed_and_headers_stay_headers(world):
    messages = world.mails
    assert len(messages) >= 8
    for message in messages:
        assert "\n" not in message.subject and "\r" not in message.subject, message.subject
        assert not message.bcc and not message.cc
        headers = message_from_string(message.message().as_string())
        assert headers.get_all("Bcc") is None, message.subject
        assert headers.get_all("ATTENDEE") is None, message.subject
        assert len(message.to) == 1
        for escaped in ESCAPED_FORMS:
            assert escaped not in message.subject + message.body, (escaped, message.subject)

    subjects = [_flat(message.subject) for message in messages]
    bodies = [message.body for message in messages]
    # Titles and names in subjects, line breaks and all, on one line. (The request to join
    # names the person by address, not by the name they typed: actors.services.)
    for key in ("title_nb", "actor_name"):
        assert any(_flat(TYPED[key]) in subject for subject in subjects), (key, subjects)
    # The reason and the join message in the body, exactly as typed.
    # (A request to join mails no text the person typed: actors.services.)
    for key in ("reason", "title_nb"):
        typed = TYPED[key].split("\r\n")[0]
        assert any(typed in body for body in bodies), key


def test_the_privacy_download_is_json_with_the_text_as_typed(world):
    response = world.joiner.get(reverse("portal:account_data"))
    assert response["Content-Type"] == "application/json"
    assert response["Content-Disposition"].startswith("attachment;")
    assert response["X-Content-Type-Options"] == "nosniff"
    data = json.loads(response.content)
    assert data["user"]["full_name"] == TYPED["joiner_name"]
    assert data["join_requests"][0]["message"] == TYPED["join_message"]
    assert data["join_requests"][0]["organisation"] == TYPED["actor_name"]


# javascript: URLs are refused where a URL is typed -------------------------------------------

JAVASCRIPT_URL = "javascript:alert(1)"


def _refused(response, form, field):
    assert response.status_code == 400
    errors = form.errors[field]
    assert errors
    assert escape(errors[0]) in response.content.decode()
    assert_safe_html(response.content.decode())


def test_the_offer_form_refuses_a_javascript_url(world):
    url = reverse("portal:offer_create")
    response = world.club.post(url, _offer_form(signup_url=JAVASCRIPT_URL))
    _refused(response, response.context["form"], "signup_url")


def test_the_profile_form_refuses_a_javascript_url(world):
    url = reverse("portal:actor_edit", args=[world.actor.slug])
    response = world.club.post(url, {**_profile_form(), "website": JAVASCRIPT_URL})
    _refused(response, response.context["form"], "website")


def test_registration_refuses_a_javascript_url(db):
    typed = {
        "org-name": TYPED["actor_name"],
        "org-address": TYPED["actor_address"],
        "org-phone": TYPED["actor_phone"],
    }
    data = registration_data(
        full_name=TYPED["full_name"], **typed, **{"org-website": JAVASCRIPT_URL}
    )
    response = Client().post(reverse("portal:register"), data)
    _refused(response, response.context["registration"].actor, "website")
