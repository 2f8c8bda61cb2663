"""The bulk import in a real browser, on a 390 px phone: the university downloads the template,
uploads twelve offers with one bad row, reads the report, fixes the row and imports them; the
page, its report and the office's import page have no WCAG 2.1 AA violations and no sideways
scroll. The upload works without JavaScript."""

import csv
import io

import openpyxl
import pytest
from axe_playwright_python.sync_playwright import Axe
from django.urls import reverse
from django.utils import translation

from actors.models import Actor, Membership
from offers import imports
from offers.models import Offer
from tests.factories import PASSWORD, make_actor, make_member, make_moderator

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

WCAG_21_AA = {
    "runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]},
    "resultTypes": ["violations"],
}
PHONE = {"width": 390, "height": 844}


def nb(name):
    with translation.override("nb"):
        return reverse(name)


def spreadsheet(tmp_path, *, bad_row=None):
    columns = ["title_nb", "summary_nb", "title_en", "focus_areas", "languages", "is_free"]
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";")
    writer.writerow(columns)
    for n in range(1, 13):
        summary = "" if n == bad_row else f"Kurs {n} for nye studenter."
        writer.writerow([f"Studiekurs {n}", summary, f"Study course {n}", "education", "nb", "ja"])
    path = tmp_path / f"tilbud-{bad_row}.csv"
    path.write_text(buffer.getvalue(), encoding="utf-8-sig")
    return path


def log_in(page, base_url, user, login_url):
    page.goto(base_url + login_url)
    page.fill("input[name=username]", user.email)
    page.fill("input[name=password]", PASSWORD)
    page.locator("input[name=password]").press("Enter")
    page.wait_for_load_state()


def check(page, name, problems):
    results = Axe().run(page, options=WCAG_21_AA)
    if results.violations_count:
        problems.append(f"{name}: {results.generate_report()}")
    width = page.evaluate("document.documentElement.scrollWidth")
    if width > PHONE["width"]:
        problems.append(f"{name}: {width} px wide")


def test_the_university_imports_twelve_offers_on_a_phone(live_server, make_context, tmp_path):
    university = make_actor(name="UiT campus Narvik", kind=Actor.Kind.EDUCATION)
    admin = make_member(university, role=Membership.Role.ADMIN)
    problems = []

    # Without JavaScript: download the template, upload, read the report, fix, import.
    page = make_context(viewport=PHONE, java_script_enabled=False).new_page()
    log_in(page, live_server.url, admin, nb("login"))
    page.goto(live_server.url + nb("portal:dashboard"))
    page.get_by_role("link", name="Importer tilbud fra et regneark").click()
    assert page.locator("h1").inner_text() == "Importer tilbud fra et regneark"
    with page.expect_download() as download:
        page.get_by_role("link", name="Mal for Excel (.xlsx)").click()
    assert download.value.suggested_filename == "offers-template.xlsx"
    workbook = openpyxl.load_workbook(io.BytesIO(download.value.path().read_bytes()))
    assert [cell.value for cell in workbook.worksheets[0][1]] == list(imports.COLUMNS)
    assert workbook.sheetnames[1] == "Forklaring"

    page.get_by_label("Filen du har fylt ut").set_input_files(spreadsheet(tmp_path, bad_row=7))
    page.get_by_role("button", name="Importer som utkast").click()
    report = page.locator("#import-report")
    assert "Ingenting ble importert" in report.inner_text()
    cells = report.locator("tbody tr").first.locator("th, td").all_inner_texts()
    assert cells[0] == "8" and cells[1].startswith("summary_nb")
    assert not Offer.objects.exists()

    page.get_by_label("Filen du har fylt ut").set_input_files(spreadsheet(tmp_path))
    page.get_by_role("button", name="Importer som utkast").click()
    page.wait_for_url("**" + nb("portal:dashboard"))
    assert "12 tilbud er importert som utkast" in page.locator("main").inner_text()
    assert Offer.objects.filter(actor=university, status=Offer.Status.DRAFT).count() == 12

    # With JavaScript, for axe: the page, with a report, and the office's page.
    page = make_context(viewport=PHONE).new_page()
    log_in(page, live_server.url, admin, nb("login"))
    page.goto(live_server.url + nb("portal:offer_import"))
    check(page, "import page", problems)
    page.get_by_label("Filen du har fylt ut").set_input_files(spreadsheet(tmp_path, bad_row=3))
    page.get_by_role("button", name="Importer som utkast").click()
    page.locator("#import-report").wait_for()
    check(page, "import report", problems)

    office = make_moderator()
    page = make_context(viewport=PHONE).new_page()
    log_in(page, live_server.url, office, "/admin/login/")
    page.goto(live_server.url + reverse("admin:offers_offer_import"))
    check(page, "admin import page", problems)
    page.get_by_label("Organisasjon").select_option(university.slug)
    page.get_by_label("Filen du har fylt ut").set_input_files(spreadsheet(tmp_path, bad_row=3))
    page.get_by_role("button", name="Importer").click()
    page.locator("#import-report").wait_for()
    check(page, "admin import report", problems)
    assert problems == []
