"""The offer list as CSV (offers:csv) and as the reception desk's sheet (offers:print): the list's
offers for the same filters, in its order; public offers only; text in both languages; cells
Excel would run as formulas escaped; QR codes that decode to the offer's page; bounded."""

import csv
import io
import re
from datetime import datetime, timedelta

import pytest
import zxingcpp
from django.conf import settings
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import formats, timezone, translation
from PIL import Image, ImageDraw

from actors.models import Actor
from offers import changes
from offers.models import Feedback, ModerationEvent, Subscription
from offers.views import export
from tests.factories import make_actor, make_member, make_moderator, make_need, make_offer
from tests.offers.test_public_rule import HIDDEN, make_hidden

pytestmark = pytest.mark.django_db

FILTERS = "?focus=norwegian&group=refugees"


@pytest.fixture
def courses(db):
    """Norwegian courses for refugees (three, one dated, one only in Norwegian) and others."""
    school = make_actor(name="Narvik voksenopplæring", kind=Actor.Kind.EDUCATION)
    start = timezone.make_aware(datetime(2027, 1, 15, 17, 30))
    return {
        "evening": make_offer(
            actor=school,
            title="Norskkurs om kvelden",
            title_en="Evening Norwegian course",
            summary_nb="Norsk for voksne, to kvelder i uka.",
            summary_en="Norwegian for adults, two evenings a week.",
            description_nb="Lang tekst på norsk.",
            description_en="Long text in English.",
            price_nb="4200 kr per semester",
            price_en="NOK 4,200 per term",
            schedule_nb="Mandager 18–20",
            schedule_en="Mondays 6–8 pm",
            focus=("norwegian", "education"),
            groups=("refugees", "family-reunification"),
            segments=("youth",),
            languages=("nb", "en"),
            place="Voksenopplæringa",
            address="Frydenlunds gate 10, 8514 Narvik",
            signup_url="https://example.org/norskkurs",
            signup_email="kurs@example.org",
            signup_phone="+47 769 00 160",
            valid_until=timezone.localdate() + timedelta(days=200),
            last_confirmed_at=timezone.now() - timedelta(days=3),
            starts_at=start,
            ends_at=start + timedelta(days=9, hours=2, minutes=30),
            published_days_ago=3,
        ),
        "cafe": make_offer(
            title="Språkkafé",
            title_en="Language café",
            focus=("norwegian",),
            groups=("refugees",),
            is_free=True,
            published_days_ago=2,
        ),
        "only_nb": make_offer(
            title="Norsk på jobben",
            title_en="",
            focus=("norwegian",),
            groups=("refugees",),
            published_days_ago=1,
        ),
        "not_for_refugees": make_offer(
            title="Norsk for studenter", focus=("norwegian",), groups=("labour-europe",)
        ),
        "ski": make_offer(title="Skiskole", focus=("leisure",), groups=("refugees",)),
    }


def csv_rows(response):
    body = response.content.decode("utf-8")
    assert body.startswith("\ufeff")
    delimiter = ";" if response["Content-Language"] == "nb" else ","
    return list(csv.reader(io.StringIO(body[1:]), delimiter=delimiter))


def csv_dicts(response):
    header, *rows = csv_rows(response)
    return [dict(zip(header, row, strict=True)) for row in rows]


def list_slugs(client, query):
    response = client.get(reverse("offers:list") + query)
    return [offer.slug for offer in response.context["offers"]]


def decode_qr(svg):
    """Draw segno's SVG path again, module by module, and read it back with zxing-cpp: what a
    phone's camera would read from the sheet. (tests/browser/test_print.py reads the printed
    page itself.)"""
    size = int(re.search(r'viewBox="0 0 (\d+) \1"', svg)[1])
    path = re.search(r'<path stroke="#000" d="([^"]+)"', svg)[1]
    image = Image.new("L", (size, size), 255)
    draw = ImageDraw.Draw(image)
    x = y = 0.0
    for command, numbers in re.findall(r"([MmHh])([-\d. ]+)", path):
        values = [float(n) for n in numbers.split()]
        if command == "M":
            x, y = values
        elif command == "m":
            x, y = x + values[0], y + values[1]
        else:
            length = values[0]
            draw.rectangle([x, int(y), x + length - 1, int(y)], fill=0)
            x += length
    image = image.resize((size * 8, size * 8), Image.NEAREST)
    results = zxingcpp.read_barcodes(image)
    assert len(results) == 1
    return results[0].text


# --- CSV --------------------------------------------------------------------------------------


def test_csv_holds_the_lists_offers_for_the_filters_in_its_order(client, courses):
    response = client.get(reverse("offers:csv") + FILTERS)
    assert response.status_code == 200
    rows = csv_dicts(response)
    slugs = [row["Lenke (Norsk)"].rstrip("/").rsplit("/", 1)[1] for row in rows]
    assert slugs == list_slugs(client, FILTERS)
    assert slugs == [courses[name].slug for name in ("only_nb", "cafe", "evening")]
    # Another order, the list's too.
    query = FILTERS + "&sort=title"
    rows = csv_dicts(client.get(reverse("offers:csv") + query))
    assert [row["Tittel (Norsk)"] for row in rows] == [
        "Norsk på jobben",
        "Norskkurs om kvelden",
        "Språkkafé",
    ]
    assert len(list_slugs(client, query)) == 3


def test_csv_is_utf8_with_a_bom_as_an_attachment_named_by_the_date(client, courses):
    response = client.get(reverse("offers:csv") + FILTERS)
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response.content.startswith(b"\xef\xbb\xbf")
    today = timezone.localdate().isoformat()
    assert response["Content-Disposition"] == f'attachment; filename="narvik-tilbud-{today}.csv"'
    assert "æ" in response.content.decode("utf-8")  # "Språkkafé", "opplæring" as written
    assert not response.cookies


def test_csv_row_has_both_languages_and_tags_as_names(client, courses):
    (row,) = [
        row
        for row in csv_dicts(client.get(reverse("offers:csv") + FILTERS))
        if row["Tittel (Norsk)"] == "Norskkurs om kvelden"
    ]
    assert row["Tittel (Engelsk)"] == "Evening Norwegian course"
    assert row["Sammendrag (Norsk)"] == "Norsk for voksne, to kvelder i uka."
    assert row["Sammendrag (Engelsk)"] == "Norwegian for adults, two evenings a week."
    assert row["Beskrivelse (Norsk)"] == "Lang tekst på norsk."
    assert row["Beskrivelse (Engelsk)"] == "Long text in English."
    assert row["Pris (Norsk)"] == "4200 kr per semester"
    assert row["Pris (Engelsk)"] == "NOK 4,200 per term"
    assert row["Når (Norsk)"] == "Mandager 18–20"
    assert row["Når (Engelsk)"] == "Mondays 6–8 pm"
    assert row["Organisasjon"] == "Narvik voksenopplæring"
    # The names the public pages use (FocusArea.public_name), in the page's language.
    assert row["Tema"] == "Lære norsk, Skole og utdanning"
    assert row["Målgrupper"] == "Flyktninger med oppholdstillatelse, Familiegjenforente"
    assert row["Livssituasjon"] == "Ungdom"
    assert row["Språk"] == "Norsk, Engelsk"
    assert row["Gratis"] == "nei"
    assert row["Starter"] == "2027-01-15T17:30+01:00"
    assert row["Slutter"] == "2027-01-24T20:00+01:00"
    assert row["Sted"] == "Voksenopplæringa"
    assert row["Adresse"] == "Frydenlunds gate 10, 8514 Narvik"
    assert row["Påmeldingsside"] == "https://example.org/norskkurs"
    assert row["E-post for påmelding"] == "kurs@example.org"
    # A phone number starting with + would be a formula to Excel: text instead.
    assert row["Telefon for påmelding"] == "'+47 769 00 160"
    offer = courses["evening"]
    assert row["Gyldig til"] == offer.valid_until.isoformat()
    assert row["Sist bekreftet"] == timezone.localdate(offer.last_confirmed_at).isoformat()
    assert row["Lenke (Norsk)"] == f"{settings.SITE_URL}/nb/tilbud/{offer.slug}/"
    assert row["Lenke (Engelsk)"] == f"{settings.SITE_URL}/en/offers/{offer.slug}/"
    (cafe,) = [row for row in csv_dicts(client.get(reverse("offers:csv"))) if "kafé" in str(row)]
    assert cafe["Gratis"] == "ja"
    assert cafe["Starter"] == cafe["Gyldig til"] == cafe["Sist bekreftet"] == ""


def test_an_offer_only_in_norwegian_has_empty_english_cells(client, courses):
    rows = csv_dicts(client.get(reverse("offers:csv") + FILTERS))
    (row,) = [row for row in rows if row["Tittel (Norsk)"] == "Norsk på jobben"]
    assert row["Tittel (Engelsk)"] == row["Sammendrag (Engelsk)"] == ""


def test_english_csv_has_an_english_header_and_commas(client, courses):
    with translation.override("en"):
        url = reverse("offers:csv") + FILTERS
    assert url.startswith("/en/offers/offers.csv")
    response = client.get(url)
    assert response["Content-Disposition"].startswith('attachment; filename="narvik-offers-')
    header, *rows = csv_rows(response)
    names = ["Norwegian", "English", "Ukrainian", "Polish", "Lithuanian", "Arabic"]
    assert header[:7] == [*(f"Title ({name})" for name in names), "Summary (Norwegian)"]
    assert header[-6:] == [f"Link ({name})" for name in names]
    row = dict(zip(header, rows[-1], strict=True))
    assert row["Title (English)"] == "Evening Norwegian course"
    assert row["Topics"] == "Learning Norwegian, School and education"
    assert row["Free"] == "no"


def test_a_cell_excel_would_run_as_a_formula_is_text(client):
    make_offer(
        title='=HYPERLINK("https://evil.example","Klikk")',
        summary_nb="-2+3",
        place="@SUM(A1)",
        signup_phone="+47 900 00 000",
    )
    (row,) = csv_dicts(client.get(reverse("offers:csv")))
    assert row["Tittel (Norsk)"] == '\'=HYPERLINK("https://evil.example","Klikk")'
    assert row["Sammendrag (Norsk)"] == "'-2+3"
    assert row["Sted"] == "'@SUM(A1)"
    assert row["Telefon for påmelding"] == "'+47 900 00 000"


@pytest.mark.parametrize("kind", HIDDEN)
def test_csv_holds_no_hidden_offer(client, kind):
    hidden = make_hidden(kind)
    shown = make_offer(title="Synlig tilbud", title_en="Visible offer")
    for query in ("", "?q=Skjult", "?focus=leisure&sort=date"):
        body = client.get(reverse("offers:csv") + query).content.decode()
        for trace in (hidden.title_nb, hidden.title_en, hidden.slug):
            assert trace not in body, (query, trace)
    assert shown.title_nb in client.get(reverse("offers:csv")).content.decode()


def test_csv_holds_no_personal_data_nor_a_pending_change(client, courses):
    offer = courses["evening"]
    member = make_member(offer.actor, email="medlem.person@example.org")
    moderator = make_moderator(email="moderator.person@example.org")
    ModerationEvent.objects.create(
        offer=offer,
        by=moderator,
        from_status="pending",
        to_status="published",
        note="Intern merknad",
    )
    Feedback.objects.create(
        offer=offer, used="yes", quality=2, comment="Hemmelig kommentar", comment_status="pending"
    )
    make_need(
        actor=offer.actor, contact_name="Kari Kontaktperson", contact_email="kari@bedrift.example"
    )
    Actor.objects.filter(pk=offer.actor.pk).update(email="post@org.example", phone="900 11 222")
    Subscription.objects.create(
        email="abonnent.person@example.org",
        filters={"focus": ["norwegian"]},
        language="nb",
        confirmed_on=timezone.localdate(),
    )
    change, _initial = changes.start(offer)
    change.title_nb = "Ikke godkjent endring"
    change.slug = f"{offer.slug}-endring"
    change.status = "pending"
    change.save()
    body = client.get(reverse("offers:csv")).content.decode()
    for private in (
        member.email,
        moderator.email,
        "Intern merknad",
        "Hemmelig kommentar",
        "Kari Kontaktperson",
        "kari@bedrift.example",
        "post@org.example",
        "900 11 222",
        "Ikke godkjent endring",
        "abonnent.person@example.org",
    ):
        assert private not in body, private
    assert "Norskkurs om kvelden" in body


@pytest.mark.parametrize("query", ["?focus=nope", "?language=xx", "?q=" + "a" * 201])
def test_bad_filter_in_the_csv_link_is_a_400_with_the_lists_message(client, query):
    response = client.get(reverse("offers:csv") + query)
    assert response.status_code == 400
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    assert response.content.decode().startswith("Noen av valgene i denne lenken er ugyldige\n")


def test_csv_is_bounded_and_says_how_many_matched(client, monkeypatch):
    for _ in range(3):
        make_offer()
    response = client.get(reverse("offers:csv"))
    assert response["X-Total-Count"] == "3"
    monkeypatch.setattr(export, "CSV_MAX_ROWS", 2)
    response = client.get(reverse("offers:csv"))
    assert len(csv_dicts(response)) == 2
    assert response["X-Total-Count"] == "3"
    assert response["X-Row-Limit"] == "2"


def add_offers(count):
    for _ in range(count):
        make_offer(
            actor=make_actor(),
            focus=("norwegian", "work"),
            groups=("refugees",),
            segments=("youth",),
            languages=("nb", "en", "pl"),
        )


def count_queries(client, url):
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


@pytest.mark.usefixtures("terms_read")
@pytest.mark.parametrize("name", ["offers:csv", "offers:print"])
@pytest.mark.parametrize("query", ["", FILTERS])
def test_query_count_does_not_grow_with_offers(client, name, query):
    url = reverse(name) + query
    add_offers(3)
    few = count_queries(client, url)
    add_offers(30)
    assert count_queries(client, url) == few


def test_csv_queries(client, django_assert_num_queries):
    add_offers(10)
    client.get(reverse("offers:csv"))  # reads the taxonomy into the process's cache
    # the public version, the offers with their organisations, then all their tags (topics,
    # languages, groups and life situations) in one query
    with django_assert_num_queries(3):
        client.get(reverse("offers:csv"))


# --- print ------------------------------------------------------------------------------------


def printed(client, query=FILTERS, language="en"):
    with translation.override(language):
        url = reverse("offers:print") + query
    response = client.get(url)
    assert response.status_code == 200
    return response, response.content.decode()


def test_print_view_lists_the_lists_offers_with_a_qr_code_to_each_page(client, courses):
    response, body = printed(client)
    offers = response.context["offers"]
    with translation.override("en"):
        assert [offer.slug for offer in offers] == list_slugs(client, FILTERS)
    svgs = re.findall(r"<svg [^>]*class=\"qr\".*?</svg>", body, flags=re.S)
    # One for the list, one for each offer.
    assert len(svgs) == len(offers) + 1 == 4
    list_url = f"{settings.SITE_URL}/en/offers/{FILTERS}"
    assert decode_qr(svgs[0]) == list_url
    for offer, svg in zip(offers, svgs[1:], strict=True):
        url = f"{settings.SITE_URL}/en/offers/{offer.slug}/"
        assert decode_qr(svg) == url
        assert f">{url}</a>" in body  # written out under the code
        assert 'role="img"' in svg
    assert 'aria-label="QR code: the page of “Evening Norwegian course”"' in body


def test_print_view_in_norwegian_points_at_the_norwegian_pages(client, courses):
    _response, body = printed(client, language="nb")
    offer = courses["evening"]
    svg = re.search(
        rf"<svg [^>]*aria-label=\"QR-kode: siden om «{offer.title_nb}»\".*?</svg>", body, re.S
    )[0]
    assert decode_qr(svg) == f"{settings.SITE_URL}/nb/tilbud/{offer.slug}/"


def test_print_view_names_the_filters_the_date_and_the_count(client, courses):
    _response, body = printed(client, FILTERS + "&free=1&q=Språkkafé", language="nb")
    assert "Valgt: Søk: «Språkkafé», Lære norsk, Flyktninger med oppholdstillatelse, Gratis" in body
    today = timezone.localdate()
    assert f'Skrevet ut <time datetime="{today.isoformat()}">{today.day}. ' in body
    assert "1 tilbud ·" in body
    _response, body = printed(client, "", language="en")
    assert "All offers" in body
    assert "5 offers ·" in body
    with translation.override("en"):
        date = formats.date_format(today, "DATE_FORMAT")  # 1 December 2026
    assert f'Printed <time datetime="{today.isoformat()}">{date}</time>' in body


def test_print_view_shows_what_a_newcomer_needs_to_come(client, courses):
    _response, body = printed(client)
    for text in (
        "Evening Norwegian course",
        "Narvik voksenopplæring",
        "Norwegian for adults, two evenings a week.",
        "Mondays 6–8 pm",
        "Voksenopplæringa, Frydenlunds gate 10, 8514 Narvik",
        "NOK 4,200 per term",
        "Norwegian, English",
        ">https://example.org/norskkurs</a>",
        ">kurs@example.org</a>",
        ">+47 769 00 160</a>",
    ):
        assert text in body, text
    # Shown in Norwegian, and marked so.
    assert '<h2 lang="nb">Norsk på jobben</h2>' in body
    assert "Only in Norwegian" in body


def test_print_view_loads_nothing_from_other_hosts_runs_no_script_and_sets_no_cookie(
    client, courses
):
    response, body = printed(client)
    assert body.count("<h1") == 1
    assert "<script" not in body
    # What the page loads (images, styles, icons) comes from the site itself.
    loaded = re.findall(r'src="([^"]*)"', body)
    loaded += re.findall(r'<link rel="(?:stylesheet|icon)" href="([^"]*)"', body)
    assert loaded and all(url.startswith("/static/") for url in loaded), loaded
    assert "/static/css/print.css" in loaded
    assert not response.cookies


def test_print_view_has_no_english_left_in_bokmal(client, courses):
    _response, body = printed(client, language="nb")
    visible = re.sub(r"<[^>]+>", " ", body)
    for english in ("Print", "QR code", "offers", "Chosen", "Back to the list", "sign up"):
        assert english not in visible, english


def test_print_view_is_bounded_and_says_so(client, courses, monkeypatch):
    monkeypatch.setattr(export, "PRINT_MAX", 2)
    response, body = printed(client, language="nb")
    assert len(response.context["offers"]) == 2
    assert "Bare de 2 første av 3 tilbud er med på arket." in body
    _response, body = printed(client, "?focus=leisure", language="nb")
    assert "første av" not in body


def test_print_view_without_offers_says_so(client, courses):
    _response, body = printed(client, "?q=finnesikke", language="nb")
    assert "Ingen tilbud passer med alle valgene dine." in body
    assert 'class="qr"' in body  # the list's own code only


@pytest.mark.parametrize("query", ["?focus=nope", "?group=x&group=y", "?q=" + "a" * 201])
def test_bad_filter_in_the_print_link_is_a_400_with_the_lists_message(client, query):
    response = client.get(reverse("offers:print") + query)
    assert response.status_code == 400
    body = response.content.decode()
    assert "Noen av valgene i denne lenken er ugyldige" in body
    assert 'class="qr"' not in body


def test_the_list_links_its_print_view_and_csv_with_the_same_filters(client, courses):
    body = client.get(reverse("offers:list") + FILTERS + "&page=1").content.decode()
    query = FILTERS.replace("&", "&amp;")
    assert f'<a href="/nb/skriv-ut/{query}">Skriv ut listen</a>' in body
    assert f'<a href="/nb/tilbud/tilbud.csv{query}">Last ned som CSV (Excel)</a>' in body


def test_csv_has_a_column_for_each_language_an_offer_is_written_in():
    assert tuple(export.CONTENT_LANGUAGES) == settings.MODELTRANSLATION_LANGUAGES
