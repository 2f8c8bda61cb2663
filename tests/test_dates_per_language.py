"""Dates and times are written the way each interface language writes them (issue 11).

Bokmål as Språkrådet recommends: «fredag 11. desember 2026 kl. 11.00»; English day-month-year
with a 24-hour clock: «Friday 11 December 2026, 11:00». The formats live in one module per
language (narvik_tilflytter/formats/<lang>/formats.py); templates only name them."""

import datetime
import importlib
import re
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from django.conf import settings
from django.core import mail
from django.db.models import F
from django.urls import reverse
from django.utils import formats, translation

from actors.models import Membership
from narvik_tilflytter.formats import PROJECT_FORMATS
from offers import freshness
from offers.models import Offer
from tests.factories import make_member, make_offer
from tests.helpers import en, mails_to

OSLO = ZoneInfo("Europe/Oslo")
# A Friday.
STARTS = datetime.datetime(2026, 12, 11, 11, 0, tzinfo=OSLO)
TEMPLATES = Path(settings.BASE_DIR) / "templates"

# What each language writes for STARTS, and for a Last changed/until date on that day.
EXPECTED = {
    "nb": {
        "weekday_datetime": "fredag 11. desember 2026 kl. 11.00",
        "datetime": "11. desember 2026 kl. 11.00",
        "date": "11. desember 2026",
        "range": "fredag 11. desember 2026 kl. 11.00</time>–<time",
        "end": ">13.00</time>",
    },
    "en": {
        "weekday_datetime": "Friday 11 December 2026, 11:00",
        "datetime": "11 December 2026, 11:00",
        "date": "11 December 2026",
        "range": "Friday 11 December 2026, 11:00</time>–<time",
        "end": ">13:00</time>",
    },
}


def url(language, name, *args):
    return en(name, *args) if language == "en" else reverse(name, args=args)


@pytest.fixture
def dated_offer(actor):
    offer = make_offer(
        actor=actor,
        title="Språkkafé",
        title_en="Language café",
        slug="sprakkafe",
        starts_at=STARTS,
        ends_at=STARTS.replace(hour=13),
        last_confirmed_at=STARTS,
    )
    # updated_at is auto_now: set it behind the model's back.
    Offer.objects.filter(pk=offer.pk).update(updated_at=STARTS)
    return offer


# The format modules -------------------------------------------------------------------------


@pytest.mark.parametrize("language", [code for code, _name in settings.LANGUAGES])
def test_every_language_has_a_format_module_with_the_project_formats(language):
    module = importlib.import_module(f"narvik_tilflytter.formats.{language}.formats")
    for name in ("DATE_FORMAT", "TIME_FORMAT", "DATETIME_FORMAT", "SHORT_DATE_FORMAT"):
        assert getattr(module, name, None), (language, name)
    for name in PROJECT_FORMATS:
        # Django returns an unknown name as it is, and |date would format its letters.
        assert getattr(module, name, None), (language, name)
        assert formats.get_format(name, lang=language) == getattr(module, name)


@pytest.mark.parametrize(
    ("language", "value", "name", "expected"),
    [
        ("nb", STARTS, "WEEKDAY_DATETIME_FORMAT", "fredag 11. desember 2026 kl. 11.00"),
        ("nb", STARTS, "DATETIME_FORMAT", "11. desember 2026 kl. 11.00"),
        ("nb", STARTS, "DATE_FORMAT", "11. desember 2026"),
        ("nb", STARTS, "SHORT_DATE_FORMAT", "11.12.2026"),
        ("nb", STARTS, "SHORT_DATETIME_FORMAT", "11.12.2026 kl. 11.00"),
        ("nb", STARTS, "TIME_FORMAT", "11.00"),
        ("nb", STARTS, "MONTH_DAY_FORMAT", "11. desember"),
        ("en", STARTS, "WEEKDAY_DATETIME_FORMAT", "Friday 11 December 2026, 11:00"),
        ("en", STARTS, "DATETIME_FORMAT", "11 December 2026, 11:00"),
        ("en", STARTS, "DATE_FORMAT", "11 December 2026"),
        ("en", STARTS, "SHORT_DATE_FORMAT", "11 Dec 2026"),
        ("en", STARTS, "SHORT_DATETIME_FORMAT", "11 Dec 2026, 11:00"),
        ("en", STARTS, "TIME_FORMAT", "11:00"),
        ("en", STARTS, "MONTH_DAY_FORMAT", "11 December"),
    ],
)
def test_each_named_format_reads_as_the_language_writes_it(language, value, name, expected):
    with translation.override(language):
        assert formats.date_format(value, name) == expected


def test_an_afternoon_time_is_on_the_24_hour_clock_in_both_languages():
    afternoon = STARTS.replace(hour=14, minute=30)
    with translation.override("nb"):
        assert formats.date_format(afternoon, "DATETIME_FORMAT") == "11. desember 2026 kl. 14.30"
    with translation.override("en"):
        assert formats.date_format(afternoon, "DATETIME_FORMAT") == "11 December 2026, 14:30"


# Public pages -------------------------------------------------------------------------------


@pytest.mark.parametrize("language", ["nb", "en"])
def test_the_offer_page_shows_weekday_date_and_time_range(client, dated_offer, language):
    response = client.get(url(language, "offers:detail", dated_offer.slug))
    body = response.content.decode()
    expected = EXPECTED[language]
    assert response.status_code == 200
    assert expected["range"] in body
    assert f'datetime="2026-12-11T13:00:00+01:00" lang="{language}"{expected["end"]}' in body
    assert f'<time datetime="2026-12-11T11:00:00+01:00" lang="{language}">' in body
    # Last confirmed and last changed: the date alone.
    assert f'<time datetime="2026-12-11T11:00:00+01:00">{expected["date"]}</time>' in body


@pytest.mark.parametrize("language", ["nb", "en"])
def test_an_offer_over_several_days_shows_both_days_in_full(client, dated_offer, language):
    Offer.objects.filter(pk=dated_offer.pk).update(ends_at=F("starts_at") + datetime.timedelta(1))
    body = client.get(url(language, "offers:detail", dated_offer.slug)).content.decode()
    end = {
        "nb": "lørdag 12. desember 2026 kl. 11.00",
        "en": "Saturday 12 December 2026, 11:00",
    }[language]
    assert f"{EXPECTED[language]['weekday_datetime']}</time>–<time" in body
    assert f">{end}</time>" in body


def test_the_english_dates_of_a_norwegian_only_offer_are_marked_english(client, actor):
    offer = make_offer(actor=actor, title_en="", slug="bare-norsk", starts_at=STARTS)
    body = client.get(en("offers:detail", offer.slug)).content.decode()
    assert 'lang="nb"' in body  # the offer's text
    assert (
        '<time datetime="2026-12-11T11:00:00+01:00" lang="en">Friday 11 December 2026, 11:00</time>'
        in body
    )


@pytest.mark.parametrize("language", ["nb", "en"])
def test_the_offer_card_shows_date_and_time(client, dated_offer, language):
    body = client.get(url(language, "offers:list")).content.decode()
    assert (
        f'<time datetime="2026-12-11T11:00:00+01:00">{EXPECTED[language]["datetime"]}</time>'
        in body
    )


# The portal ---------------------------------------------------------------------------------


@pytest.fixture
def member_client(client, actor):
    client.force_login(make_member(actor, role=Membership.Role.ADMIN))
    return client


@pytest.mark.parametrize("language", ["nb", "en"])
def test_the_dashboard_says_when_an_offer_changed(member_client, dated_offer, language):
    body = member_client.get(url(language, "portal:dashboard")).content.decode()
    changed = {"nb": "endret 11. desember 2026", "en": "changed 11 December 2026"}[language]
    assert f'<span class="meta">{changed}</span>' in body


def test_the_preview_writes_each_language_its_own_way(member_client, dated_offer):
    for language in ("nb", "en"):
        body = member_client.get(
            url(language, "portal:offer_preview", dated_offer.pk)
        ).content.decode()
        assert EXPECTED["nb"]["range"] in body
        assert EXPECTED["en"]["range"] in body
        assert 'lang="nb">13.00</time>' in body
        assert 'lang="en">13:00</time>' in body


# E-mail -------------------------------------------------------------------------------------


def test_the_expiry_reminder_gives_the_date_in_each_readers_language(actor, commit):
    norwegian = make_member(actor, role=Membership.Role.ADMIN, language="nb")
    english = make_member(actor, language="en")
    make_offer(actor=actor, title="Juleverksted", valid_until=STARTS.date())
    sent = freshness.send_reminders(now=datetime.datetime(2026, 12, 1, 9, 0, tzinfo=OSLO))
    assert sent["expiring"] == 1
    commit()
    [nb_mail] = mails_to(norwegian.email)
    [en_mail] = mails_to(english.email)
    assert "ligger på nettsiden til og med 11. desember 2026." in nb_mail.body
    assert "is on the site until 11 December 2026." in en_mail.body
    assert len(mail.outbox) == 2


# Templates name formats; they never spell one out --------------------------------------------

FILTER_WITH_FORMAT = re.compile(r"\|\s*(date|time)\s*:\s*(['\"])(.*?)\2")
NAMED_FORMAT = re.compile(r"[A-Z][A-Z_]*_FORMAT")
# Formats for machines, never for readers: ISO dates are the same in every language.
MACHINE_FORMATS = {
    "Ymd",  # includes/offer_article.html compares the local days of an offer's start and end
    "Y-m-d",  # a <time datetime> value (statements/accessibility.html; |datetime_attr does too)
}


def test_no_template_writes_a_date_format_of_its_own():
    literal = []
    for path in sorted(TEMPLATES.rglob("*")):
        if not path.is_file() or path.suffix not in {".html", ".txt", ".xml", ".ics"}:
            continue
        name = path.relative_to(TEMPLATES).as_posix()
        for match in FILTER_WITH_FORMAT.finditer(path.read_text()):
            format_ = match.group(3)
            if NAMED_FORMAT.fullmatch(format_) or format_ in MACHINE_FORMATS:
                continue
            literal.append(f"{name}: {match.group(0)}")
    assert literal == [], "name a format from narvik_tilflytter/formats instead"


def test_the_structural_check_finds_a_literal_format():
    source = '{{ a|date:"j. F Y" }} {{ b|time:\'H:i\' }} {{ c | date : "DATE_FORMAT" }}'
    found = [m.group(3) for m in FILTER_WITH_FORMAT.finditer(source)]
    assert found == ["j. F Y", "H:i", "DATE_FORMAT"]
    assert [f for f in found if not NAMED_FORMAT.fullmatch(f)] == ["j. F Y", "H:i"]


@pytest.mark.parametrize("language", [code for code, _name in settings.LANGUAGES])
def test_every_format_a_template_names_exists_in_every_language(language):
    named = {
        match.group(3)
        for path in TEMPLATES.rglob("*.*")
        if path.is_file()
        for match in FILTER_WITH_FORMAT.finditer(path.read_text(errors="replace"))
        if NAMED_FORMAT.fullmatch(match.group(3))
    }
    assert "WEEKDAY_DATETIME_FORMAT" in named
    for name in named:
        # An unknown name comes back unchanged.
        assert formats.get_format(name, lang=language) != name, name
