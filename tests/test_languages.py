"""Every interface language (settings.LANGUAGES), each page and each e-mail: a new language is
picked up by every test here without a change.

- Every public and portal page answers in every language with one <h1>, the right
  `<html lang dir>`, and none of a set of English interface strings left untranslated.
- Every e-mail the site sends goes out in its recipient's language: the translated subject (never
  the English one), a translated line of the body, and links under that language's prefix.
- Search finds an offer by a word in the page's own language, and by its Norwegian (and, where
  the page falls back to English, English) words, on SQLite and on PostgreSQL.
- The list page makes as many queries in Arabic as in bokmål, for 3 offers as for 12.
- A coordinator writes a summary in Polish on the portal's form; once published, /pl/ shows it.
"""

import html
import re
from datetime import timedelta

import pytest
from django.conf import settings
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext, ngettext

from actors import needs, services
from actors.models import NEED_REMIND_AFTER, Actor, Membership
from offers import alerts, freshness, imports, moderation
from offers.models import FocusArea, Offer, Subscription
from tests.factories import (
    make_actor,
    make_member,
    make_moderator,
    make_need,
    make_offer,
    make_user,
)
from tests.helpers import guard_token, html_tag, mails_to, offer_form_data, registration_data
from tests.test_pages import public_urls

pytestmark = pytest.mark.django_db

LANGUAGES = [code for code, _name in settings.LANGUAGES]


def in_language(language, function, *args, **kwargs):
    with translation.override(language):
        return function(*args, **kwargs)


def url(language, name, *args, query=""):
    return in_language(language, reverse, name, args=args) + query


# Untranslated interface text ------------------------------------------------------------------

# English interface strings a page shows, each translated in every catalogue: on a page in
# another language, seeing one means it was left untranslated. The first ones are in every
# page's footer (templates/base.html).
FRAME_MARKERS = ["Accessibility statement", "Privacy statement"]
MARKERS = [
    *FRAME_MARKERS,
    "Skip to main content",
    "All offers",
    "Log in for organisations",
    "Your account",
    "Log out",
    "How to sign up",
    "Who the offer is for",
    "About the offer",
    "Who runs it",
    "Language of the offer",
    "Ask the organiser",
    "Save draft",
    "Save and send for review",
    "Recruitment needs",
    "What newcomers said",
]


def visible_text(body):
    body = re.sub(r"<(script|style)\b.*?</\1>", " ", body, flags=re.S)
    return html.unescape(re.sub(r"<[^>]+>", " ", body))


def untranslated(language, body):
    """The markers shown in English on a page in `language` (whose translation differs)."""
    if language == "en":
        return []
    text = visible_text(body)
    return [
        marker
        for marker in MARKERS
        if in_language(language, gettext, marker) != marker and marker in text
    ]


@pytest.mark.parametrize("language", [code for code in LANGUAGES if code != "en"])
def test_every_marker_is_translated_in_every_catalogue(language):
    # Otherwise the pages below would pass without checking anything in that language.
    missing = [marker for marker in MARKERS if in_language(language, gettext, marker) == marker]
    assert not missing, f"not translated in locale/{language}: {missing}"


def doubled_full_stops(text):
    """A date whose format ends in a full stop (Lithuanian «2026 m. gruodžio 11 d.») at the end
    of a sentence must not make two: the words where it does ("..." is an ellipsis)."""
    text = " ".join(text.split())
    return re.findall(r".{0,50}[^.\s]\.\.(?!\.).{0,30}", text)


def check_page(response, language, url, problems=None):
    """The page's status, <h1>, <html> tag, and its words in `language`. Problems with the
    words (untranslated, doubled full stops) go to `problems` if given, so one test reports
    every page's."""
    assert response.status_code == 200, url
    body = response.content.decode()
    assert body.count("<h1") == 1, (url, body.count("<h1"))
    assert html_tag(language) in body, url
    found = []
    leaked = untranslated(language, body)
    if leaked:
        found.append(f"{url} shows English interface text: {leaked}")
    # (tags removed without a space: "<time>11 d.</time>." reads "11 d..")
    doubled = doubled_full_stops(html.unescape(re.sub(r"<[^>]+>", "", body)))
    if doubled:
        found.append(
            f"{url} has a doubled full stop (a date format ending in '.' before a sentence's "
            f"own full stop; the catalogue's msgstr needs rewording): {doubled}"
        )
    if language != "en":
        # The check is not empty: the frame's strings are there, translated.
        text = visible_text(body)
        for marker in FRAME_MARKERS:
            assert in_language(language, gettext, marker) in text, (url, marker)
    if problems is None:
        assert not found, "\n".join(found)
    else:
        problems += found
    return body


@pytest.fixture
def site(offer):
    """Test_pages' offers (a translated one and `bare-norsk`, Norwegian only), one of them dated
    and in Ukrainian too, so the calendar has an event and /uk/ has Ukrainian text."""
    offer.title_uk = "Лижна школа для початківців"
    offer.starts_at = timezone.now() + timedelta(days=10)
    offer.save()
    make_offer(actor=offer.actor, title="Bare norsk", title_en="", slug="bare-norsk")
    return offer


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_public_page_is_in_the_language_of_its_address(client, site, language):
    with translation.override(language):
        urls = [
            *public_urls(site),
            reverse("offers:list") + "?q=ski",
            reverse("offers:list") + "?q=ski&focus=leisure&language=en",
        ]
    problems = []
    for page in urls:
        assert page.startswith(f"/{language}/"), page
        check_page(client.get(page), language, page, problems)
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_missing_page_is_in_the_language_of_its_address(client, db, language):
    missing = url(language, "offers:detail", "finnes-ikke")
    response = client.get(missing)
    assert response.status_code == 404
    body = response.content.decode()
    assert body.count("<h1") == 1
    assert html_tag(language) in body
    assert not untranslated(language, body), missing


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_feed_and_the_calendar_are_in_the_language_of_their_address(client, site, language):
    feed = client.get(url(language, "offers:feed", query="?focus=leisure"))
    assert feed.status_code == 200
    assert feed["Content-Type"].startswith("application/atom+xml")
    body = feed.content.decode()
    assert f'xml:lang="{language}"' in body
    title = in_language(language, gettext, "Offers for newcomers to Narvik")
    assert f"<title>{title}</title>" in body
    with translation.override(language):
        assert f"<title>{site.title}</title>" in body
        assert f"{site.get_absolute_url()}" in body
    if language != "en":
        assert "<title>Offers for newcomers to Narvik</title>" not in body

    calendar = client.get(url(language, "offers:calendar"))
    assert calendar.status_code == 200
    assert calendar["Content-Type"] == "text/calendar; charset=utf-8"
    text = calendar.content.decode().replace("\r\n ", "")
    assert f"X-WR-CALNAME:{title}" in text
    assert in_language(language, site.get_absolute_url) in text


@pytest.fixture
def portal(site, client):
    """A member (an admin) of an employer's organisation, logged in, with a draft, a published
    offer that leaves the site soon, and a recruitment need."""
    actor = site.actor
    actor.kind = Actor.Kind.BUSINESS
    actor.save()
    client.force_login(make_member(actor, role=Membership.Role.ADMIN))
    # Leaving the site soon: the dashboard says when.
    site.valid_until = timezone.localdate() + timedelta(days=10)
    site.save()
    draft = make_offer(actor=actor, status=Offer.Status.DRAFT, title="Utkast")
    need = make_need(actor=actor)
    return {"actor": actor, "draft": draft, "published": site, "need": need}


def portal_urls(language, portal):
    actor, draft, published = portal["actor"], portal["draft"], portal["published"]
    with translation.override(language):
        return [
            reverse("portal:dashboard"),
            reverse("portal:offer_create"),
            reverse("portal:offer_edit", args=[draft.pk]),
            reverse("portal:offer_edit", args=[published.pk]),
            # (not the preview: it shows the offer in the other languages too, on purpose)
            reverse("portal:actor_detail", args=[actor.slug]),
            reverse("portal:actor_edit", args=[actor.slug]),
            reverse("portal:needs", args=[actor.slug]),
            reverse("portal:need_add", args=[actor.slug]),
            reverse("portal:need_edit", args=[actor.slug, portal["need"].pk]),
            reverse("portal:offer_feedback", args=[published.pk]),
            reverse("portal:offer_import"),
            reverse("portal:account"),
            reverse("password_change"),
        ]


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_portal_page_is_in_the_language_of_its_address(client, portal, language):
    problems = []
    for page in portal_urls(language, portal):
        assert page.startswith(f"/{language}/"), page
        check_page(client.get(page), language, page, problems)
    assert not problems, "\n".join(problems)


def test_every_marker_is_on_some_english_page(client, portal):
    """So its absence from the other languages' pages means something."""
    with translation.override("en"):
        public = public_urls(portal["published"])
    text = ""
    for page in public + portal_urls("en", portal):
        text += visible_text(client.get(page).content.decode())
    client.logout()
    text += visible_text(client.get(url("en", "home")).content.decode())
    assert [marker for marker in MARKERS if marker not in text] == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_offer_form_folds_away_the_other_languages(client, portal, language):
    body = check_page(
        client.get(url(language, "portal:offer_create")),
        language,
        url(language, "portal:offer_create"),
    )
    folds = re.findall(r'<details class="language-fold"[^>]*>', body)
    more = [code for code in LANGUAGES if code not in ("nb", "en")]
    assert len(folds) == len(more)
    for code in more:
        assert f'name="title_{code}"' in body
        rtl = translation.get_language_info(code)["bidi"]
        field = re.search(rf'<input[^>]*name="title_{code}"[^>]*>', body).group(0)
        assert f'lang="{code}"' in field
        assert ('dir="rtl"' in field) == rtl, field


# E-mail -----------------------------------------------------------------------------------------


class Text:
    """A msgid and its placeholders, as a template's translate or blocktranslate has them."""

    def __init__(self, msgid, plural=None, number=None, **params):
        self.msgid, self.plural, self.number, self.params = msgid, plural, number, params

    def into(self, language):
        """Translated into `language`, placeholders filled; whitespace collapsed, as a
        subject's is."""
        with translation.override(language):
            if self.plural:
                text = ngettext(self.msgid, self.plural, self.number)
            else:
                text = gettext(self.msgid)
            if self.params:
                text = text % {key: str(value) for key, value in self.params.items()}
        return " ".join(text.split())


def title_in(language, offer):
    return in_language(language, lambda: offer.title)


@pytest.fixture
def world(db):
    """An approved organisation with a Ukrainian offer title; its admin and the office's
    moderator are told what happens."""
    actor = make_actor(name="Ofoten Malm og Logistikk", kind=Actor.Kind.BUSINESS)
    offer = make_offer(
        actor=actor,
        title="Sveisekurs",
        title_en="Welding course",
        title_uk="Курс зварювання",
        title_ar="دورة اللحام",
        slug="sveisekurs",
        status=Offer.Status.DRAFT,
        languages=("nb", "en"),
    )
    return {"actor": actor, "offer": offer}


# Each case: (set up and send in `language` → (recipient, subject, body line, has links)). The
# recipient (a person, the office's moderator or a subscriber) has `language` as theirs; what
# the sender does runs in another language (bokmål, or English where a page does it).


def case_registration(language, world, client, commit):
    email = "kari.nordmann@example.org"
    response = client.post(
        url("en", "portal:register"), registration_data(email=email, language=language)
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    return (
        email,
        Text("Confirm your e-mail address for Narvik newcomers"),
        Text("Open this link to confirm that this e-mail address is yours:"),
    )


@pytest.mark.parametrize("language", LANGUAGES)
def test_registering_on_a_page_chooses_its_language_for_the_e_mails(client, db, language):
    body = client.get(url(language, "portal:register")).content.decode()
    chosen = re.findall(r'<input[^>]*name="language"[^>]*>', body)
    assert len(chosen) == len(LANGUAGES)
    (checked,) = [tag for tag in chosen if "checked" in tag]
    assert f'value="{language}"' in checked


def case_register_existing(language, world, client, commit):
    user = make_user(language=language)
    services.tell_owner_of_registration_attempt(user.email)
    return (
        user.email,
        Text("You already have an account on Narvik newcomers"),
        Text("Forgotten your password? Choose a new one here:"),
    )


def case_password_reset(language, world, client, commit):
    user = make_user(language=language)
    response = client.post(url("en", "password_reset"), {"email": user.email})
    assert response.status_code == 302
    return (
        user.email,
        Text("Set a new password for Narvik newcomers"),
        Text("Open this link to choose a new password:"),
    )


def case_invitation(language, world, client, commit):
    admin = make_member(world["actor"], role=Membership.Role.ADMIN)
    invitee = make_user(language=language)
    services.invite(
        actor=world["actor"], email=invitee.email, role=Membership.Role.MEMBER, by=admin
    )
    return (
        invitee.email,
        Text(
            "Invitation to join %(actor)s on Narvik newcomers",
            actor=world["actor"].name,
        ),
        Text("Open this link to accept:"),
    )


def case_join_request(language, world, client, commit):
    admin = make_member(world["actor"], role=Membership.Role.ADMIN, language=language)
    person = make_user()
    services.request_to_join(user=person, actor=world["actor"])
    return (
        admin.email,
        Text("%(email)s asks to join %(actor)s", email=person.email, actor=world["actor"]),
        Text(
            "Read their message, and let them in or decline, on the organisation's page:",
        ),
    )


def _answered_join_request(language, world, answer):
    admin = make_member(world["actor"], role=Membership.Role.ADMIN)
    person = make_user(language=language)
    join_request = services.request_to_join(user=person, actor=world["actor"])
    answer(join_request, by=admin)
    return person


def case_join_request_accepted(language, world, client, commit):
    person = _answered_join_request(language, world, services.accept_join_request)
    return (
        person.email,
        Text("You are now a member of %(actor)s", actor=world["actor"]),
        Text(
            "Your request has been accepted: you are now a member of %(actor)s on Narvik "
            "newcomers, and can write its offers.",
            actor=world["actor"],
        ),
    )


def case_join_request_declined(language, world, client, commit):
    person = _answered_join_request(language, world, services.decline_join_request)
    return (
        person.email,
        Text("Your request to join %(actor)s", actor=world["actor"]),
        Text("If you think this is a mistake, contact the organisation directly."),
    )


def case_actor_registered(language, world, client, commit):
    moderator = make_moderator(language=language)
    new = Actor(name="Narvik Klatreklubb", kind=Actor.Kind.VOLUNTARY, email="post@klatre.example")
    services.create_actor(actor=new, by=make_user())
    return (
        moderator.email,
        Text("New organisation waiting for approval: %(actor)s", actor=new.name),
        Text("Check it and approve it in the admin:"),
    )


def case_actor_approved(language, world, client, commit):
    actor = make_actor(name="Narvik Klatreklubb", is_approved=False)
    admin = make_member(actor, role=Membership.Role.ADMIN, language=language)
    services.approve_actor(actor, by=make_moderator())
    return (
        admin.email,
        Text("%(name)s is approved", name=actor.name),
        Text("Go to your page:"),
    )


def case_need_reminder(language, world, client, commit):
    admin = make_member(world["actor"], role=Membership.Role.ADMIN, language=language)
    now = timezone.now()
    make_need(actor=world["actor"], confirmed_at=now - NEED_REMIND_AFTER - timedelta(days=1))
    assert needs.send_need_reminders(now=now) == 1
    return (
        admin.email,
        Text("Does %(actor)s still need these people?", actor=world["actor"]),
        Text(
            "The project office uses this to plan Norwegian courses and other help for newcomers.",
        ),
    )


def case_offer_submitted(language, world, client, commit):
    moderator = make_moderator(language=language)
    member = make_member(world["actor"])
    moderation.submit(world["offer"], by=member)
    return (
        moderator.email,
        Text(
            "New offer waiting for review: “%(title)s”",
            title=title_in(language, world["offer"]),
        ),
        Text("Review it in the admin:"),
    )


def _pending(world, language):
    member = make_member(world["actor"], language=language)
    moderation.submit(world["offer"], by=make_member(world["actor"]))
    return member


def case_offer_approved(language, world, client, commit):
    member = _pending(world, language)
    moderation.approve(world["offer"], by=make_moderator())
    return (
        member.email,
        Text("“%(title)s” is published", title=title_in(language, world["offer"])),
        Text("Thank you for helping newcomers find their way in Narvik."),
    )


def case_offer_rejected(language, world, client, commit):
    member = _pending(world, language)
    moderation.reject(world["offer"], by=make_moderator(), reason="Skriv når kurset er.")
    return (
        member.email,
        Text(
            "“%(title)s” needs changes before it can be published",
            title=title_in(language, world["offer"]),
        ),
        Text("Edit it and send it again from your page:"),
    )


def case_offer_archived(language, world, client, commit):
    member = _pending(world, language)
    moderation.approve(world["offer"], by=make_moderator())
    commit()
    mail.outbox.clear()
    moderation.archive(world["offer"], by=make_moderator())
    return (
        member.email,
        Text("“%(title)s” is archived", title=title_in(language, world["offer"])),
        Text("You can make a copy of it from your page if you want to run it again:"),
    )


def _published(world, **fields):
    offer = world["offer"]
    offer.status = Offer.Status.PUBLISHED
    for name, value in fields.items():
        setattr(offer, name, value)
    offer.save()
    return offer


def case_offer_expiring(language, world, client, commit):
    member = make_member(world["actor"], language=language)
    offer = _published(world, valid_until=timezone.localdate() + timedelta(days=10))
    assert freshness.send_reminders()["expiring"] == 1
    return (
        member.email,
        Text("“%(title)s” leaves the site soon", title=title_in(language, offer)),
        Text("If it ends then, you need not do anything."),
    )


def case_offer_still_current(language, world, client, commit):
    member = make_member(world["actor"], language=language)
    offer = _published(world, last_confirmed_at=timezone.now() - timedelta(days=200))
    assert freshness.send_reminders()["unconfirmed"] == 1
    return (
        member.email,
        Text("Is “%(title)s” still current?", title=title_in(language, offer)),
        Text(
            "If everything is still right, confirm it with one click (no login needed):",
        ),
    )


def case_offers_imported(language, world, client, commit):
    member = make_member(world["actor"], language=language)
    rows = (
        "title_nb;summary_nb;title_en;focus_areas;languages;is_free\n"
        "Norskkurs;Kurs i norsk for nye ansatte.;Norwegian course;norwegian;nb;ja\n"
    )
    upload = SimpleUploadedFile("tilbud.csv", rows.encode(), content_type="text/csv")
    with translation.override("nb"):
        report = imports.import_offers(
            upload, actor=world["actor"], by=make_moderator(), publish=True
        )
    assert len(report.offers) == 1, report.errors
    return (
        member.email,
        Text(
            "%(counter)s offer is published",
            "%(counter)s offers are published",
            1,
            counter=1,
        ),
        Text("You can change them on your page, like any other offer."),
    )


def case_subscription_confirm(language, world, client, commit):
    address = "amina@example.org"
    alerts.subscribe(email=address, filters={"focus": ["leisure"]}, language=language)
    return (
        address,
        Text("Confirm: e-mails about new offers in Narvik"),
        Text("To start the e-mails, open this link and click the button:"),
    )


def case_digest(language, world, client, commit):
    address = "amina@example.org"
    Subscription.objects.create(
        email=address,
        filters={"focus": ["leisure"]},
        language=language,
        created_on=timezone.localdate() - timedelta(days=31),
        confirmed_on=timezone.localdate() - timedelta(days=30),
        last_sent_at=timezone.now() - timedelta(days=8),
    )
    _published(world, published_at=timezone.now() - timedelta(days=1))
    assert alerts.send_digests()["sent"] == 1
    return (
        address,
        Text("%(count)s new offer in Narvik", "%(count)s new offers in Narvik", 1, count=1),
        Text("See the offers on the site:"),
    )


CASES = {
    name.removeprefix("case_"): case
    for name, case in globals().items()
    if name.startswith("case_") and callable(case)
}


def test_every_e_mail_template_has_a_case():
    """A new e-mail (templates/email/*/<name>_subject.txt) needs a case above."""
    from pathlib import Path

    templates = sorted(
        path.name.removesuffix("_subject.txt")
        for path in (Path(settings.BASE_DIR) / "templates/email").glob("*/*_subject.txt")
    )
    covered = {
        "actor_registered": "actor_registered",
        "approved": ("actor_approved", "offer_approved"),
        "archived": "offer_archived",
        "digest": "digest",
        "expiring": "offer_expiring",
        "imported": "offers_imported",
        "invitation": "invitation",
        "join_request": "join_request",
        "join_request_accepted": "join_request_accepted",
        "join_request_declined": "join_request_declined",
        "need_reminder": "need_reminder",
        "password_reset": "password_reset",
        "register_existing": "register_existing",
        "rejected": "offer_rejected",
        "still_current": "offer_still_current",
        "submitted": "offer_submitted",
        "subscription_confirm": "subscription_confirm",
        "verify_email": "registration",
    }
    assert sorted(set(templates)) == sorted(covered)
    names = [
        name
        for value in covered.values()
        for name in ([value] if isinstance(value, str) else value)
    ]
    assert sorted(names) == sorted(CASES)


def links(body):
    """The site paths of the links in an e-mail."""
    return re.findall(re.escape(settings.SITE_URL) + r"(/\S*)", body)


# The e-mails whose only links are to the admin (no language in its address), or with none.
ADMIN_LINKS = {"actor_registered", "offer_submitted"}
NO_LINKS = {"join_request_declined"}


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("case", sorted(CASES))
def test_every_e_mail_is_in_its_recipients_language(client, world, commit, case, language):
    # Bokmål is active (tests/conftest.py): what the sender does is in another language than
    # the recipient's (or the sender is a page in English).
    recipient, subject, line = CASES[case](language, world, client, commit)
    commit()
    messages = [message for message in mail.outbox if recipient in message.to]
    assert len(messages) == 1, [(m.to, m.subject) for m in mail.outbox]
    (message,) = messages
    assert message.subject == subject.into(language)
    assert line.into(language) in " ".join(message.body.split()), message.body
    if language != "en":
        assert message.subject != subject.into("en"), (
            f"the {case} e-mail to a reader of {language} has its subject in English"
        )
        assert line.into("en") != line.into(language), (
            f"the {case} e-mail to a reader of {language} has English in its body: "
            f"{line.msgid!r} is not translated"
        )
    doubled = doubled_full_stops(message.subject + "\n" + message.body)
    assert not doubled, (
        f"the {case} e-mail in {language} has a doubled full stop (a date format ending in '.' "
        f"before the sentence's own; the catalogue's msgstr needs rewording): {doubled}"
    )
    paths = links(message.body)
    assert paths or case in NO_LINKS, message.body
    public = [path for path in paths if not path.startswith("/admin/")]
    assert public or case in ADMIN_LINKS | NO_LINKS, message.body
    for path in public:
        assert path.startswith(f"/{language}/"), (path, message.body)


# Where the recipient has no language of their own, the page's is theirs.


def leisure_in(language):
    with translation.override(language):
        return FocusArea.objects.get(slug="leisure").public_name


@pytest.mark.parametrize("language", LANGUAGES)
def test_an_alert_asked_for_on_a_page_comes_in_that_pages_language(
    client, monkeypatch, commit, language
):
    from narvik_tilflytter import guard

    now = 1_800_000_000
    monkeypatch.setattr(guard, "clock", lambda: now)
    address = "amina@example.org"
    response = client.post(
        url(language, "offers:subscribe", query="?focus=leisure"),
        {"email": address, "started": guard_token("subscribe", shown=now - 30), "website": ""},
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    assert Subscription.objects.get(email=address).language == language
    (message,) = mail.outbox
    subject = Text("Confirm: e-mails about new offers in Narvik")
    assert message.subject == subject.into(language)
    assert language == "en" or message.subject != subject.into("en")
    # The alert's filters in the reader's words, and its link in their language.
    assert leisure_in(language) in message.body
    assert language == "en" or leisure_in("en") not in message.body
    assert links(message.body)
    assert all(path.startswith(f"/{language}/") for path in links(message.body))


@pytest.mark.parametrize("language", LANGUAGES)
def test_an_invitation_to_a_new_address_is_in_the_inviters_page_language(
    client, world, commit, language
):
    admin = make_member(world["actor"], role=Membership.Role.ADMIN, language="nb")
    client.force_login(admin)
    address = "ny.kollega@example.org"
    response = client.post(
        url(language, "portal:member_invite", world["actor"].slug),
        {"email": address, "role": Membership.Role.MEMBER},
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    (message,) = mails_to(address)
    subject = Text("Invitation to join %(actor)s on Narvik newcomers", actor=world["actor"].name)
    assert message.subject == subject.into(language)
    assert all(path.startswith(f"/{language}/") for path in links(message.body))


# Search -----------------------------------------------------------------------------------------

# A word of each language's own text, like nothing in the offer's Norwegian or English text (so
# no prefix or trigram match there finds it): found from that language's page only. (Bokmål and
# English are the fallback languages, searched below.)
OWN_WORDS = {
    "uk": ("title_uk", "Казки в бібліотеці", "бібліотеці"),
    "pl": ("description_pl", "Zajęcia odbywają się w czytelni miejskiej.", "czytelni"),
    "lt": ("summary_lt", "Pasakos vaikams lietuvių kalba.", "Pasakos"),
    "ar": ("title_ar", "قصص للأطفال في المكتبة", "المكتبة"),
}


@pytest.fixture
def searchable(db):
    texts = {field: text for field, text, _word in OWN_WORDS.values()}
    return make_offer(
        title="Eventyrstund på biblioteket",
        title_en="Fairy tales at the library",
        summary_nb="Høytlesning for barn hver lørdag.",
        summary_en="Reading aloud for children every Saturday.",
        **texts,
    )


def found(client, language, query):
    """The slugs of the offers the list shows for `query` (read from the page, which may come
    from the page cache, without a template context)."""
    response = client.get(url(language, "offers:list"), {"q": query})
    assert response.status_code == 200
    detail = re.escape(url(language, "offers:detail", "SLUG")).replace("SLUG", r"([\w-]+)")
    cards = re.findall(r'<article class="card">.*?</article>', response.content.decode(), re.S)
    return [re.search(rf'href="{detail}"', card).group(1) for card in cards]


def test_every_language_but_norwegian_and_english_has_a_word_here():
    assert sorted(OWN_WORDS) == sorted(set(LANGUAGES) - {"nb", "en"})


@pytest.mark.parametrize("language", sorted(OWN_WORDS))
def test_a_word_in_the_pages_language_finds_the_offer(client, searchable, language):
    _field, _text, word = OWN_WORDS[language]
    assert found(client, language, word) == [searchable.slug], connection.vendor
    # The same word in other case (where its script has case), as a phone may write it.
    if word.upper() != word:
        assert found(client, language, word.upper()) == [searchable.slug]


@pytest.mark.parametrize("language", sorted(OWN_WORDS))
def test_a_pages_search_skips_languages_it_does_not_show(client, searchable, language):
    """A page searches its language, English and Norwegian: a word of another language's text
    (which no page here shows) finds nothing, from any other page."""
    word = OWN_WORDS[language][2]
    for page in LANGUAGES:
        if page != language:
            assert found(client, page, word) == [], (page, connection.vendor)


@pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL's stemmers")
@pytest.mark.parametrize(
    "language, word",
    [
        ("lt", "pasakų"),  # the genitive plural of «pasaka», written «Pasakos»
        ("ar", "مكتبة"),  # «library» without the article of «المكتبة»
    ],
)
def test_postgresql_finds_another_form_of_the_word(client, searchable, language, word):
    assert found(client, language, word) == [searchable.slug]


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_norwegian_word_finds_the_offer_from_every_page(client, searchable, language):
    assert found(client, language, "høytlesning") == [searchable.slug], connection.vendor
    assert found(client, language, "Eventyrstund") == [searchable.slug]


@pytest.mark.parametrize("language", LANGUAGES)
def test_an_english_word_finds_the_offer_from_every_page(client, searchable, language):
    # The Norwegian page too, though it shows Norwegian only: offers.search.searched_languages.
    assert found(client, language, "aloud") == [searchable.slug], connection.vendor
    assert found(client, language, "fairy tales") == [searchable.slug]


def test_search_is_on_the_database_the_run_uses():
    # Run this file on SQLite (the default) and on PostgreSQL (DATABASE_URL=postgres://…).
    assert connection.vendor in {"sqlite", "postgresql"}


# Query counts -----------------------------------------------------------------------------------


def add_offers(count):
    for number in range(count):
        texts = {"title_uk": f"Пропозиція {number}"} if number % 2 else {}
        make_offer(
            actor=make_actor(),
            focus=("leisure", "work"),
            groups=("refugees",),
            segments=("youth",),
            languages=("nb", "en", "ar"),
            schedule_nb="Tirsdager",
            price_nb="100 kr",
            **texts,
        )


def list_queries(client, language, query=""):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url(language, "offers:list", query=query))
    assert response.status_code == 200
    return len(queries)


@pytest.mark.usefixtures("terms_read")
@pytest.mark.parametrize("query", ["", "?q=Tilbud&focus=leisure"], ids=["plain", "searched"])
def test_the_list_makes_as_many_queries_in_every_language_for_few_or_many(client, query):
    add_offers(3)
    few = {language: list_queries(client, language, query) for language in LANGUAGES}
    add_offers(9)
    many = {language: list_queries(client, language, query) for language in LANGUAGES}
    assert few["ar"] == few["nb"], few
    assert set(few.values()) == {few["nb"]}, few
    assert many == few, (few, many)


# A coordinator writes in Polish ----------------------------------------------------------------


def test_the_university_writes_a_summary_in_polish_and_pl_shows_it(client, commit):
    university = make_actor(name="UiT Norges arktiske universitet", kind=Actor.Kind.EDUCATION)
    coordinator = make_member(university, language="pl")
    client.force_login(coordinator)
    polish = "Bezpłatny kurs języka norweskiego dla nowych pracowników i studentów."
    response = client.post(
        url("pl", "portal:offer_create"),
        offer_form_data(
            title_nb="Norskkurs for nyansatte",
            title_en="Norwegian for new staff",
            summary_pl=polish,
        ),
    )
    assert response.status_code == 302, response.content.decode()[:3000]
    draft = Offer.objects.get(actor=university, title_nb="Norskkurs for nyansatte")
    assert draft.status == Offer.Status.DRAFT
    assert draft.summary_pl == polish
    assert not draft.title_pl
    assert "pl" in draft.translated_from  # its Polish matches today's Norwegian
    # Back on the form, the Polish fold is open (it holds text); the others stay folded.
    form = client.get(url("pl", "portal:offer_edit", draft.pk)).content.decode()
    folds = {
        code: bool(is_open)
        for is_open, code in re.findall(
            r'<details class="language-fold"( open)?>\s*<summary lang="(\w+)">', form
        )
    }
    assert folds == {code: code == "pl" for code in LANGUAGES if code not in ("nb", "en")}
    assert polish in form

    moderation.submit(draft, by=coordinator)
    moderation.approve(draft, by=make_moderator())
    commit()
    # The coordinator hears of it in Polish (the title falls back to English there too).
    (message,) = mails_to(coordinator.email)
    published = Text("“%(title)s” is published", title="Norwegian for new staff")
    assert message.subject == published.into("pl")
    client.logout()
    body = client.get(in_language("pl", draft.get_absolute_url)).content.decode()
    assert html_tag("pl") in body
    assert f'<p class="lead">{polish}</p>' in body
    # The title has no Polish: it falls back to English, and says so.
    assert '<h1 lang="en">Norwegian for new staff</h1>' in body
    assert in_language("pl", gettext, "The title is only in Norwegian and English.") in body
    assert in_language("pl", gettext, "The summary is only in Norwegian and English.") not in body
    # Other pages do not show the Polish.
    for language in ("nb", "en", "uk"):
        assert (
            polish not in client.get(in_language(language, draft.get_absolute_url)).content.decode()
        )
