"""Bulk import of offers (offers/imports.py): the portal's, for an organisation's admins, and the
project office's in admin. Every row through the offer form; nothing saved unless all are valid."""

import csv
import datetime
import io

import openpyxl
import pytest
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone, translation

from actors.models import Actor, Membership
from offers import imports
from offers.models import ModerationEvent, Offer
from tests.factories import make_actor, make_member, make_moderator, make_user
from tests.helpers import en, messages_of

pytestmark = pytest.mark.django_db
Status = Offer.Status


def row(number, **cells):
    """One good offer row: a free Norwegian course, with English."""
    data = {
        "title_nb": f"Norskkurs {number}",
        "summary_nb": f"Kurs nummer {number} i norsk for nye studenter.",
        "title_en": f"Norwegian course {number}",
        "summary_en": f"Course number {number} in Norwegian for new students.",
        "focus_areas": "norwegian",
        "segments": "students",
        "languages": "nb; en",
        "is_free": "ja",
        "place": "Campus Narvik",
    }
    data.update(cells)
    return data


def csv_file(rows, *, delimiter=";", bom=True, name="tilbud.csv", columns=None):
    columns = columns or list(rows[0])
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=delimiter)
    writer.writerow(columns)
    for cells in rows:
        writer.writerow([cells.get(column, "") for column in columns])
    text = ("\ufeff" if bom else "") + buffer.getvalue()
    return SimpleUploadedFile(name, text.encode("utf-8"), content_type="text/csv")


def xlsx_file(rows, *, name="tilbud.xlsx"):
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    columns = list(rows[0])
    sheet.append(columns)
    for cells in rows:
        sheet.append([cells.get(column) for column in columns])
    buffer = io.BytesIO()
    workbook.save(buffer)
    return SimpleUploadedFile(name, buffer.getvalue())


@pytest.fixture
def university(db):
    return make_actor(name="UiT Norges arktiske universitet", kind=Actor.Kind.EDUCATION)


@pytest.fixture
def uni_admin(university):
    return make_member(university, role=Membership.Role.ADMIN, language="en")


@pytest.fixture
def admin_client(client, uni_admin):
    client.force_login(uni_admin)
    return client


def upload(client, file, **data):
    return client.post(en("portal:offer_import"), {"file": file, **data})


def report_cells(response):
    return [(e.row, e.column) for e in response.context["report"].errors]


def test_the_university_imports_twelve_offers_after_fixing_the_row_the_report_named(
    admin_client, university
):
    other = make_actor(name="NAV Narvik")
    rows = [row(n) for n in range(1, 13)]
    rows[6] = row(7, focus_areas="norwegian, Sport", summary_nb="")
    response = upload(admin_client, csv_file(rows))
    assert response.status_code == 400
    assert not Offer.objects.exists()
    # The 7th offer is row 8 of the sheet: the header is row 1.
    assert report_cells(response) == [(8, "focus_areas"), (8, "summary_nb")]
    page = response.content.decode()
    assert "Nothing was imported" in page
    assert "1 of 12 rows needs fixing" in page
    assert "“Sport”" in page
    assert "This field is required." in page

    rows[6] = row(7)
    response = upload(admin_client, csv_file(rows))
    assert response.status_code == 302
    assert response.url == en("portal:dashboard")
    offers = Offer.objects.order_by("title_nb")
    assert offers.count() == 12
    assert {offer.actor for offer in offers} == {university}
    assert not other.offers.exists()
    assert {offer.status for offer in offers} == {Status.DRAFT}
    assert len({offer.slug for offer in offers}) == 12
    first = Offer.objects.get(title_nb="Norskkurs 1")
    assert first.slug == "norskkurs-1"
    assert first.is_free and first.place == "Campus Narvik"
    assert first.title_en == "Norwegian course 1"
    assert first.translated_from == {"en": first.norwegian_fingerprint()}
    assert [t.slug for t in first.focus_areas.all()] == ["norwegian"]
    assert [t.slug for t in first.segments.all()] == ["students"]
    assert sorted(t.code for t in first.languages.all()) == ["en", "nb"]
    assert not first.events.exists()  # a draft: no move yet
    dashboard = admin_client.get(response.url)
    assert "12 offers imported as drafts" in " ".join(messages_of(dashboard))


def test_xlsx_with_dates_numbers_booleans_and_tags_by_name_in_any_case(admin_client, university):
    rows = [
        row(
            1,
            focus_areas="LEARNING NORWEGIAN; Arbeid og rekruttering",
            target_groups="Refugees with a residence permit, labour-europe",
            languages="Ukrainian, norsk",
            is_free=False,
            price_nb="200 kr",
            signup_phone=76912345,
            starts_at=datetime.datetime(2030, 3, 1, 18, 0),
            ends_at=datetime.datetime(2030, 3, 1, 20, 0),
            valid_until=datetime.datetime(2030, 6, 30),
        ),
        row(2, is_free=True),
    ]
    response = upload(admin_client, xlsx_file(rows))
    assert response.status_code == 302, response.context and report_cells(response)
    offer = Offer.objects.get(title_nb="Norskkurs 1")
    assert offer.actor == university
    assert not offer.is_free and offer.price_nb == "200 kr"
    assert offer.signup_phone == "76912345"
    assert offer.valid_until == datetime.date(2030, 6, 30)
    assert timezone.localtime(offer.starts_at).hour == 18
    assert timezone.localtime(offer.ends_at).hour == 20
    assert {t.slug for t in offer.focus_areas.all()} == {"norwegian", "work"}
    assert {t.slug for t in offer.target_groups.all()} == {"refugees", "labour-europe"}
    assert {t.code for t in offer.languages.all()} == {"uk", "nb"}
    assert Offer.objects.get(title_nb="Norskkurs 2").is_free


def test_comma_separated_csv_without_bom(admin_client):
    response = upload(admin_client, csv_file([row(1), row(2)], delimiter=",", bom=False))
    assert response.status_code == 302
    assert Offer.objects.count() == 2


def test_the_form_rules_apply_to_each_row(admin_client):
    rows = [
        row(1),
        row(2, starts_at="2030-03-01 20:00", ends_at="2030-03-01 18:00"),
        row(3, is_free="kanskje"),
        row(4, is_free="nei"),  # costs money, but says nothing about what
        row(5, signup_email="not an e-mail", valid_until="2001-01-01"),
    ]
    response = upload(admin_client, csv_file(rows, columns=imports.COLUMNS))
    assert response.status_code == 400
    assert not Offer.objects.exists()
    assert report_cells(response) == [
        (3, "ends_at"),
        (4, "is_free"),
        (5, "price_nb"),
        (6, "signup_email"),
        (6, "valid_until"),
    ]


def test_blank_lines_are_skipped_and_row_numbers_stay_the_sheets(admin_client):
    rows = [row(1), {}, row(3, languages="")]
    response = upload(admin_client, csv_file(rows, columns=list(row(1))))
    assert response.status_code == 400
    assert report_cells(response) == [(4, "languages")]


def broken_xlsx():
    return SimpleUploadedFile("tilbud.xlsx", b"PK\x03\x04 not really a zip file")


def xlsx_missing_sheet():
    # A real zip, but not a workbook.
    buffer = io.BytesIO()
    import zipfile

    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("hello.txt", "hi")
    return SimpleUploadedFile("tilbud.xlsx", buffer.getvalue())


@pytest.mark.parametrize(
    ("make_file", "message"),
    [
        (lambda: SimpleUploadedFile("tilbud.csv", b""), "The submitted file is empty."),
        (lambda: SimpleUploadedFile("tilbud.csv", b"\n\n ; \n"), "The file is empty."),
        (lambda: SimpleUploadedFile("tilbud.xls", b"\xd0\xcf\x11\xe0"), "Older Excel files"),
        (lambda: SimpleUploadedFile("tilbud.pdf", b"%PDF-1.4"), "Upload a CSV file"),
        (broken_xlsx, "The Excel file could not be read"),
        (xlsx_missing_sheet, "The Excel file could not be read"),
        (
            lambda: SimpleUploadedFile(
                "tilbud.csv", "title_nb;summary_nb\nSkøyter".encode("latin-1")
            ),
            "not in UTF-8",
        ),
        (
            lambda: csv_file([row(1)], columns=["title_nb", "summary_nb", "focus_areas"]),
            "Missing columns: languages, is_free.",
        ),
        (
            lambda: csv_file([{**row(1), "tittel": "x", "Pris": "y"}]),
            "Unknown columns: tittel, pris.",
        ),
        (
            lambda: csv_file([row(1)], columns=[*row(1), "place"]),
            "These columns appear twice: place.",
        ),
        (
            lambda: SimpleUploadedFile(
                "tilbud.csv", ";".join(imports.REQUIRED_COLUMNS).encode() + b"\n"
            ),
            "The file has a header but no offers.",
        ),
    ],
)
def test_a_file_that_cannot_be_read_is_a_400_that_says_why(admin_client, make_file, message):
    response = upload(admin_client, make_file())
    assert response.status_code == 400
    assert message in response.content.decode()
    assert message in " ".join(response.context["form"].errors["file"])
    assert not Offer.objects.exists()


def test_a_csv_with_a_nul_byte_is_refused_not_a_500(admin_client):
    text = ";".join(imports.REQUIRED_COLUMNS) + "\nA;B\x00;norwegian;nb;ja\n"
    response = upload(admin_client, SimpleUploadedFile("tilbud.csv", text.encode()))
    assert response.status_code == 400
    assert not Offer.objects.exists()


def test_too_many_rows_and_too_big_files_are_refused(admin_client, monkeypatch):
    monkeypatch.setattr(imports, "MAX_ROWS", 3)
    response = upload(admin_client, csv_file([row(n) for n in range(4)]))
    assert response.status_code == 400
    assert "more than 3 offers" in response.content.decode()
    response = upload(admin_client, xlsx_file([row(n) for n in range(6)]))
    assert response.status_code == 400
    assert "more than 3 offers" in response.content.decode()
    monkeypatch.setattr(imports, "MAX_BYTES", 100)
    response = upload(admin_client, csv_file([row(1), row(2)]))
    assert response.status_code == 400
    assert "The file is too big" in response.content.decode()
    assert not Offer.objects.exists()


def test_no_file_chosen(admin_client):
    response = admin_client.post(en("portal:offer_import"), {})
    assert response.status_code == 400
    assert "Choose the file to import." in response.content.decode()


def test_a_member_who_is_not_an_admin_gets_404(client, university):
    client.force_login(make_member(university))
    assert client.get(en("portal:offer_import")).status_code == 404
    assert client.get(en("portal:offer_import_template") + "?format=csv").status_code == 404
    assert upload(client, csv_file([row(1)])).status_code == 404
    assert not Offer.objects.exists()


def test_an_admin_of_another_organisation_cannot_import_into_it(client, university):
    other = make_actor(name="Narvik Skiklubb")
    client.force_login(make_member(other, role=Membership.Role.ADMIN, language="en"))
    response = upload(client, csv_file([row(1)]), actor=university.slug)
    assert response.status_code == 400
    assert "actor" in response.context["form"].errors
    assert not Offer.objects.exists()
    # Without the forged choice, their own organisation.
    assert upload(client, csv_file([row(1)])).status_code == 302
    assert Offer.objects.get().actor == other


def test_an_admin_of_several_organisations_chooses_one(client, university):
    nav = make_actor(name="NAV Narvik")
    user = make_member(university, role=Membership.Role.ADMIN, language="en")
    Membership.objects.create(user=user, actor=nav, role=Membership.Role.ADMIN)
    # A member only, here: not offered.
    Membership.objects.create(user=user, actor=make_actor(name="Zz"), role=Membership.Role.MEMBER)
    client.force_login(user)
    page = client.get(en("portal:offer_import") + f"?actor={nav.slug}")
    choices = [slug for slug, _label in page.context["form"].fields["actor"].choices]
    assert [str(value) for value in choices] == [nav.slug, university.slug]
    assert page.context["form"]["actor"].value() == nav.slug
    assert f'<option value="{nav.slug}" selected>' in page.content.decode()
    assert upload(client, csv_file([row(1)]), actor=nav.slug).status_code == 302
    assert Offer.objects.get().actor == nav


def test_the_dashboard_links_the_import_for_admins_only(client, university, uni_admin):
    client.force_login(uni_admin)
    link = en("portal:offer_import") + f"?actor={university.slug}"
    assert link in client.get(en("portal:dashboard")).content.decode()
    client.force_login(make_member(university))
    assert link not in client.get(en("portal:dashboard")).content.decode()


def test_the_page_explains_every_column_and_the_allowed_values(admin_client):
    response = admin_client.get(en("portal:offer_import"))
    page = response.content.decode()
    assert response.status_code == 200
    assert page.count("<h1") == 1
    for column in imports.COLUMNS:
        assert f"<code>{column}</code>" in page
    assert "<code>refugees</code>" in page and "Refugees with a residence permit" in page
    assert "Flyktninger med oppholdstillatelse" in page  # the other language's name works too


def test_the_csv_template_has_the_columns_and_an_example_that_imports_as_it_is(admin_client):
    response = admin_client.get(en("portal:offer_import_template") + "?format=csv")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    assert "attachment" in response["Content-Disposition"]
    content = response.content
    assert content.startswith("\ufeff".encode())
    lines = list(csv.reader(io.StringIO(content.decode("utf-8-sig")), delimiter=";"))
    assert lines[0] == list(imports.COLUMNS)
    assert len(lines) == 2
    assert lines[1][imports.COLUMNS.index("is_free")] == "yes"  # the page's language
    assert upload(admin_client, SimpleUploadedFile("t.csv", content)).status_code == 302
    assert Offer.objects.get().title_nb == "Språkkafé på biblioteket"


def test_the_xlsx_template_explains_the_columns_on_its_second_sheet(admin_client):
    response = admin_client.get(en("portal:offer_import_template") + "?format=xlsx")
    assert response.status_code == 200
    workbook = openpyxl.load_workbook(io.BytesIO(response.content))
    first, second = workbook.worksheets
    assert [cell.value for cell in first[1]] == list(imports.COLUMNS)
    explained = {row[0] for row in second.iter_rows(values_only=True) if row}
    assert set(imports.COLUMNS) <= explained
    keys = {row[1] for row in second.iter_rows(values_only=True) if row and row[0] == "segments"}
    assert {"families", "youth", "students", "returnees"} <= keys
    assert upload(admin_client, SimpleUploadedFile("t.xlsx", response.content)).status_code == 302


def test_the_template_in_an_unknown_format_is_a_400(admin_client):
    response = admin_client.get(en("portal:offer_import_template") + "?format=pdf")
    assert response.status_code == 400
    assert "csv or xlsx" in response.content.decode()


def test_the_report_is_in_norwegian_on_the_norwegian_page(client, university):
    user = make_member(university, role=Membership.Role.ADMIN)
    client.force_login(user)
    response = client.post(
        reverse("portal:offer_import"), {"file": csv_file([row(1, summary_nb="")])}
    )
    assert response.status_code == 400
    page = response.content.decode()
    with translation.override("nb"):
        assert translation.gettext("This field is required.") in page
        assert translation.gettext("Nothing was imported") in page
    assert "Nothing was imported" not in page


# The project office's import, in admin.


@pytest.fixture
def office(db):
    return make_moderator(language="en")


def office_upload(client, file, **data):
    return client.post(reverse("admin:offers_offer_import"), {"file": file, **data})


def test_the_office_imports_as_drafts_for_any_organisation(client, office, university):
    client.force_login(office)
    page = client.get(reverse("admin:offers_offer_import"))
    assert page.status_code == 200
    response = office_upload(client, csv_file([row(1), row(2)]), actor=university.slug)
    assert response.status_code == 302
    assert response.url == reverse("admin:offers_offer_changelist")
    assert {(o.actor, o.status) for o in Offer.objects.all()} == {(university, Status.DRAFT)}


def test_the_office_publishes_at_once_through_the_lifecycle(client, office, university):
    make_member(university)
    client.force_login(office)
    mail.outbox.clear()
    response = office_upload(
        client, csv_file([row(1), row(2)]), actor=university.slug, publish="on"
    )
    assert response.status_code == 302
    offers = Offer.objects.all()
    assert {o.status for o in offers} == {Status.PUBLISHED}
    assert all(o.published_at and o.last_confirmed_at for o in offers)
    assert Offer.objects.public().count() == 2
    events = ModerationEvent.objects.order_by("offer", "pk")
    assert [(e.from_status, e.to_status) for e in events] == [
        (Status.DRAFT, Status.PENDING),
        (Status.PENDING, Status.PUBLISHED),
    ] * 2
    assert {e.by for e in events} == {office}
    assert all(e.note.startswith("Imported from tilbud.csv") for e in events)
    # The organisation hears once that its offers are published (not once per offer); the
    # office is not told of its own submissions.
    assert not [m for m in mail.outbox if office.email in m.to]
    assert len(mail.outbox) == 1
    assert "2 tilbud er publisert" in mail.outbox[0].subject
    assert all(f"/{offer.slug}/" in mail.outbox[0].body for offer in offers)


def test_the_office_cannot_publish_for_an_unapproved_organisation(client, office):
    waiting = make_actor(name="Ny forening", is_approved=False)
    client.force_login(office)
    response = office_upload(client, csv_file([row(1)]), actor=waiting.slug, publish="on")
    assert response.status_code == 400
    assert "publish" in response.context["form"].errors
    assert not Offer.objects.exists()
    assert office_upload(client, csv_file([row(1)]), actor=waiting.slug).status_code == 302
    assert Offer.objects.get().status == Status.DRAFT


def test_the_office_import_reports_bad_rows_and_bad_files(client, office, university):
    client.force_login(office)
    response = office_upload(client, csv_file([row(1), row(2, title_nb="")]), actor=university.slug)
    assert response.status_code == 400
    assert report_cells(response) == [(3, "title_nb")]
    response = office_upload(client, broken_xlsx(), actor=university.slug)
    assert response.status_code == 400
    assert "The Excel file could not be read" in response.content.decode()
    assert not Offer.objects.exists()


def test_the_admin_import_is_the_offices_only(client, university):
    staff = make_user(is_staff=True)  # staff, but not in the office's group
    client.force_login(staff)
    assert client.get(reverse("admin:offers_offer_import")).status_code == 403
    response = office_upload(client, csv_file([row(1)]), actor=university.slug)
    assert response.status_code == 403
    assert client.get(reverse("admin:offers_offer_import_template")).status_code == 403
    assert not Offer.objects.exists()


def test_the_changelist_links_the_import(client, office):
    client.force_login(office)
    page = client.get(reverse("admin:offers_offer_changelist")).content.decode()
    assert reverse("admin:offers_offer_import") in page


def test_the_office_downloads_the_template(client, office):
    client.force_login(office)
    response = client.get(reverse("admin:offers_offer_import_template") + "?format=xlsx")
    assert response.status_code == 200
    assert openpyxl.load_workbook(io.BytesIO(response.content)).sheetnames[0]


# Queries: a fixed number per row, however many tags a row has.


def count_queries(university, rows, user):
    with CaptureQueriesContext(connection) as queries:
        report = imports.import_offers(csv_file(rows), actor=university, by=user)
    assert report.ok, report.errors
    return len(queries)


def test_queries_grow_by_row_not_by_cell(university, uni_admin):
    few = "communication; norwegian"
    many = "communication; norwegian; education; work; housing; leisure; participation"
    counts = {}
    for n in (3, 6, 9):
        counts[n] = count_queries(
            university, [row(f"{n}-{i}", focus_areas=few) for i in range(n)], uni_admin
        )
    per_row = counts[6] - counts[3]
    assert counts[9] - counts[6] == per_row
    assert per_row <= 3 * 20
    tagged = count_queries(
        university,
        [row(f"t-{i}", focus_areas=many, languages="nb; en; uk; pl; lt; ar") for i in range(3)],
        uni_admin,
    )
    assert tagged == counts[3]


def test_the_office_chooses_the_organisation_none_is_taken_by_default(client, office, university):
    client.force_login(office)
    page = client.get(reverse("admin:offers_offer_import")).content.decode()
    assert '<option value="" selected>' in page
    response = office_upload(client, csv_file([row(1)]))
    assert response.status_code == 400
    assert "actor" in response.context["form"].errors
    assert not Offer.objects.exists()


@pytest.mark.parametrize("language", ["en", "nb"])
def test_norwegian_and_iso_dates_read_the_same_in_either_language(client, university, language):
    client.force_login(make_member(university, role=Membership.Role.ADMIN, language=language))
    rows = [
        row(
            1, valid_until="30.06.2030", starts_at="1.3.2030 kl. 18.00", ends_at="01.03.2030 20:00"
        ),
        row(2, valid_until="2030-06-30", starts_at="2030-03-01 18:00", ends_at="2030-03-01T20:00"),
    ]
    with translation.override(language):
        url = reverse("portal:offer_import")
    response = client.post(url, {"file": csv_file(rows, columns=imports.COLUMNS)})
    assert response.status_code == 302, report_cells(response)
    for offer in Offer.objects.all():
        assert offer.valid_until == datetime.date(2030, 6, 30)
        assert timezone.localtime(offer.starts_at).strftime("%d.%m %H:%M") == "01.03 18:00"
        assert timezone.localtime(offer.ends_at).strftime("%H:%M") == "20:00"
