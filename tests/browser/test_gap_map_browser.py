"""The gap map in a real browser: axe-core finds nothing on it (with tables, with its error), in
bokmål and in English; on a phone its wide tables scroll inside their own frame, not the page;
in print only the tables are left, their gaps still marked. Set GAP_MAP_SCREENSHOTS to a folder
to keep screenshots of the page on a wide screen, on a phone and in print."""

import os
from datetime import date
from pathlib import Path

import pytest
from axe_playwright_python.sync_playwright import Axe
from django.urls import reverse
from django.utils import translation

from actors.models import Actor, RecruitmentNeed
from offers.models import FocusArea, TargetGroup, UnmetNeed
from tests.browser.test_admin_axe import WCAG_21_AA, log_in, office_member
from tests.factories import make_actor, make_offer

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def screenshot(page, name):
    folder = os.environ.get("GAP_MAP_SCREENSHOTS")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(Path(folder) / f"{name}.png"), full_page=True)


@pytest.fixture
def gaps(db):
    """Housing for labour migrants but none for refugees; welders wanted; a need reported."""
    municipality = make_actor(kind=Actor.Kind.MUNICIPALITY, name="Narvik kommune")
    make_offer(actor=municipality, focus=("housing",), groups=("labour-europe",))
    make_offer(actor=municipality, focus=("work",), groups=("refugees",), languages=("nb", "uk"))
    make_offer(actor=municipality, focus=("work",), groups=("refugees", "labour-europe"))
    make_offer(actor=municipality, focus=("work", "norwegian"), groups=("refugees",))
    RecruitmentNeed.objects.create(
        actor=make_actor(kind=Actor.Kind.BUSINESS, name="Ofoten Mek"),
        field="Sveiser",
        field_category="industry",
        count=5,
        starts_on=date(2027, 3, 1),
        norwegian_level="B1",
        contact_name="Kari",
        contact_email="kari@example.org",
    )
    UnmetNeed.objects.create(
        text="Bolig",
        focus_area=FocusArea.objects.get(slug="housing"),
        target_group=TargetGroup.objects.get(slug="refugees"),
        language="en",
    )


@pytest.mark.parametrize("language", ["nb", "en"])
def test_the_gap_map_has_no_wcag_21_aa_violations(live_server, gaps, make_context, language):
    page = make_context(viewport={"width": 1280, "height": 900}).new_page()
    log_in(page, live_server.url, office_member(language))
    url = live_server.url + reverse("admin:gap_map")
    axe = Axe()
    reports = {}

    response = page.goto(url)
    assert response.status == 200
    with translation.override(language):
        none = translation.gettext("none")
        title = translation.gettext("Gap map")
    assert page.get_by_role("heading", level=1).inner_text() == title
    with translation.override(language):
        housing = FocusArea.objects.get(slug="housing").name
    row = page.locator("#gap-grid tbody tr", has_text=housing)
    # The fourth group is refugees (after the three groups of labour migrants).
    refugees_housing = row.locator("td").nth(3)
    assert refugees_housing.locator(".gap-word").inner_text().casefold() == none.casefold()
    results = axe.run(page, options=WCAG_21_AA)
    if results.violations_count:
        reports["page"] = results.generate_report()
    if language == "nb":
        screenshot(page, "gap-map-wide")

    # The front page links it.
    page.goto(live_server.url + reverse("admin:index"))
    page.locator("#gap-map-link a").click()
    page.wait_for_url(url)

    # A month that does not exist: the error beside the field, what was typed kept.
    response = page.goto(url + "?start=2026-13&end=2026-05")
    assert response.status == 400
    assert page.locator(".errorlist").first.is_visible()
    results = axe.run(page, options=WCAG_21_AA)
    if results.violations_count:
        reports["error"] = results.generate_report()

    assert not reports, "\n\n".join(f"{where}:\n{report}" for where, report in reports.items())


def test_on_a_phone_the_tables_scroll_in_their_frame_and_print_keeps_only_them(
    live_server, gaps, make_context
):
    page = make_context(viewport={"width": 390, "height": 844}).new_page()
    log_in(page, live_server.url, office_member("nb"))
    page.goto(live_server.url + reverse("admin:gap_map"))
    screenshot(page, "gap-map-phone")
    # The grid is wider than the phone: it scrolls inside its frame, which takes focus from the
    # keyboard; the page itself does not scroll sideways.
    frame = page.locator("#table-grid .gap-map-scroll")
    assert frame.evaluate("e => e.scrollWidth > e.clientWidth")
    assert frame.get_attribute("tabindex") == "0"
    frame.focus()
    assert page.evaluate("document.activeElement.closest('#table-grid') !== null")
    assert page.evaluate(
        "document.documentElement.scrollWidth <= document.documentElement.clientWidth"
    )

    page.emulate_media(media="print")
    assert not page.locator("#header").is_visible()
    assert not page.locator(".gap-map-filter").is_visible()
    assert not page.locator(".gap-map-csv").first.is_visible()
    assert page.locator("#gap-grid").is_visible()
    none_cell = page.locator("#gap-grid td.gap-none").first
    assert none_cell.locator(".gap-word").is_visible()
    # The border says it without colour, in print too.
    assert none_cell.evaluate("e => getComputedStyle(e).borderTopStyle") == "dashed"
    screenshot(page, "gap-map-print")
