"""The six interface languages in a browser (issue 12), on a phone: axe finds nothing in Arabic
(right to left) or Ukrainian; nothing scrolls sideways at 320 px in Arabic, with the language
menu or the main menu open; the language switch opens with one tap without JavaScript, names
every language in its own name and keeps the list's filters; Arabic mirrors the layout while a
Latin organisation name still runs left to right; and the switch works from the keyboard.
Screenshots go to /tmp/shots/ for a person to look at."""

import re
from pathlib import Path

import pytest
from axe_playwright_python.sync_playwright import Axe

from actors.models import Actor
from tests.browser.test_browser import WCAG_21_AA
from tests.factories import make_actor, make_offer

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PHONE = {"viewport": {"width": 390, "height": 844}, "is_mobile": True, "has_touch": True}
NARROW = {"viewport": {"width": 320, "height": 640}, "is_mobile": True, "has_touch": True}
SHOTS = Path("/tmp/shots")
# Each language in its own name, in the order of settings.LANGUAGES.
LANGUAGE_NAMES = ["Norsk (bokmål)", "English", "Українська", "Polski", "Lietuvių", "العربية"]
LANGUAGE_CODES = ["nb", "en", "uk", "pl", "lt", "ar"]
FILTERS = "?group=refugees&segment=families"
# Arabic's short vowels and the shadda are optional marks: "العربيّة" (Django's name) is "العربية".
ARABIC_MARKS = re.compile("[\u064b-\u065f\u0670]")


def plain(names):
    return [ARABIC_MARKS.sub("", name).strip() for name in names]


REFUGEE_SERVICE = "Flyktningtjenesten i Narvik kommune"


@pytest.fixture
def languages_site(site):
    """The `site` (ski school, evening course, one only in Norwegian) and offers for refugee
    families: one in Ukrainian, one in Arabic, and one whose title and summary are in Arabic but
    whose description is only in Norwegian (the page falls back part by part)."""
    association = make_actor(name="Ukrainsk forening i Narvik", slug="ukrainsk-forening")
    make_offer(
        actor=association,
        title="Treff for ukrainske familier",
        title_en="Meet-ups for Ukrainian families",
        title_uk="Зустрічі для українських родин",
        slug="ukrainske-familier",
        summary_nb="Hver lørdag leker vi med barna, drikker te og hjelper hverandre med papirer.",
        summary_en="Every Saturday we play with the children, drink tea and help with paperwork.",
        summary_uk="Щосуботи граємо з дітьми, п'ємо чай і допомагаємо одне одному з паперами.",
        description_uk="Приходьте з дітьми будь-якого віку. Ми говоримо українською та норвезькою.",
        focus=("participation", "leisure"),
        groups=("refugees", "family-reunification"),
        segments=("families",),
        languages=("uk", "nb"),
        is_free=True,
    )
    refugee_service = make_actor(
        name=REFUGEE_SERVICE,
        kind=Actor.Kind.MUNICIPALITY,
        slug="flyktningtjenesten",
        email="flyktningtjenesten@narvik.kommune.no",
        phone="+47 76 91 60 00",
        address="Kongens gate 51, 8514 Narvik",
        description_nb="Flyktningtjenesten hjelper deg de første årene i Narvik.",
        description_ar="تساعدك خدمة اللاجئين في سنواتك الأولى في نارفيك.",
    )
    make_offer(
        actor=refugee_service,
        title="Norsk for foreldre",
        title_en="Norwegian for parents",
        title_ar="دروس اللغة النرويجية للآباء والأمهات",
        slug="norsk-for-foreldre",
        summary_nb="Gratis norskkurs for foreldre, med barnepass mens dere lærer.",
        summary_en="A free Norwegian course for parents, with childcare while you learn.",
        summary_ar="دورة مجانية في اللغة النرويجية للآباء، مع رعاية الأطفال أثناء الدرس.",
        description_ar="نلتقي مرتين في الأسبوع في مكتبة نارفيك. لا حاجة للتسجيل المسبق.",
        focus=("norwegian",),
        groups=("refugees",),
        segments=("families",),
        languages=("nb", "ar"),
        is_free=True,
        place="Narvik bibliotek",
        address="Kongens gate 44, 8514 Narvik",
    )
    make_offer(
        actor=refugee_service,
        title="Hjelp med bolig",
        title_en="",
        title_ar="المساعدة في السكن",
        slug="hjelp-med-bolig",
        summary_nb="Vi hjelper deg å finne og beholde en bolig.",
        summary_en="",
        summary_ar="نساعدك في العثور على سكن والحفاظ عليه.",
        description_nb=(
            "Ta med leiekontrakten og spørsmålene dine. Vi forklarer husleie, depositum og "
            "strøm, og hjelper deg å søke bostøtte fra Husbanken."
        ),
        focus=("housing",),
        groups=("refugees",),
        segments=("families",),
        languages=("nb", "en"),
        price="Gratis for deltakere i introduksjonsprogrammet",
        schedule="Tirsdager kl. 12–15",
        place="Rådhuset, 2. etasje",
        address="Kongens gate 51, 8514 Narvik",
        signup_email="bolig@narvik.kommune.no",
        signup_phone="+47 76 91 60 00",
    )
    return site


def pages(language):
    """The pages to get right, as (name, path), in Ukrainian or Arabic (English paths)."""
    return [
        ("home", f"/{language}/"),
        ("list", f"/{language}/offers/{FILTERS}"),
        ("offer", f"/{language}/offers/norsk-for-foreldre/"),
        ("fallback-offer", f"/{language}/offers/hjelp-med-bolig/"),
        ("organisation", f"/{language}/organisations/flyktningtjenesten/"),
        ("about", f"/{language}/about/"),
    ]


def shoot(page, name, *, full_page=False):
    SHOTS.mkdir(exist_ok=True)
    page.screenshot(path=str(SHOTS / f"{name}.png"), full_page=full_page)


def sideways_overflow(page):
    """How many pixels the page is wider than the screen (0: no sideways scroll)."""
    return page.evaluate(
        "document.documentElement.scrollWidth - document.documentElement.clientWidth"
    )


def language_summary(page):
    return page.locator(".language-switch > summary")


def language_menu(page):
    return page.locator(".language-switch").get_by_role("navigation")


@pytest.mark.parametrize("language", ["ar", "uk"])
def test_axe_finds_nothing_in_arabic_and_ukrainian(
    live_server, languages_site, make_context, language
):
    page = make_context(**PHONE).new_page()
    axe = Axe()
    reports = {}
    for _name, path in pages(language):
        response = page.goto(live_server.url + path)
        assert response.status == 200, path
        assert page.locator("html").get_attribute("lang") == language
        assert page.locator("html").get_attribute("dir") == ("rtl" if language == "ar" else "ltr")
        results = axe.run(page, options=WCAG_21_AA)
        if results.violations_count:
            reports[path] = results.generate_report()
        # The open language menu's colours and names too (their lang attributes).
        language_summary(page).tap()
        assert language_menu(page).is_visible()
        results = axe.run(page, options=WCAG_21_AA)
        if results.violations_count:
            reports[path + " (language menu open)"] = results.generate_report()
    assert not reports, "\n\n".join(f"{path}\n{report}" for path, report in reports.items())


def test_nothing_scrolls_sideways_at_320_px_in_arabic(live_server, languages_site, make_context):
    page = make_context(**NARROW).new_page()
    for name, path in pages("ar"):
        page.goto(live_server.url + path)
        assert sideways_overflow(page) <= 0, (path, sideways_overflow(page))
        language_summary(page).tap()
        menu = language_menu(page).bounding_box()
        assert menu["x"] >= 0 and menu["x"] + menu["width"] <= 320, (path, menu)
        assert sideways_overflow(page) <= 0, (path, "language menu open", sideways_overflow(page))
        language_summary(page).tap()
        page.locator(".site-menu > summary").tap()
        nav = page.locator(".site-menu > .main-nav").bounding_box()
        assert nav["x"] >= 0 and nav["x"] + nav["width"] <= 320, (path, nav)
        assert sideways_overflow(page) <= 0, (path, "main menu open", sideways_overflow(page))
        if name == "list":
            shoot(page, "ar-320-list-menu-open")


def test_the_language_switch_opens_without_javascript_and_keeps_the_filters(
    live_server, languages_site, make_context
):
    page = make_context(**PHONE, java_script_enabled=False).new_page()
    page.goto(live_server.url + "/en/offers/" + FILTERS)
    titles = [card.inner_text() for card in page.locator(".card-title").all()]
    assert "Meet-ups for Ukrainian families" in titles
    assert "Ski school for beginners" not in titles  # not for refugees: the filter is applied
    switch = page.locator(".language-switch")
    assert switch.get_attribute("open") is None
    assert not language_menu(page).is_visible()
    language_summary(page).tap()  # one tap opens it
    assert switch.get_attribute("open") is not None
    links = language_menu(page).get_by_role("link")
    assert plain(link.inner_text() for link in links.all()) == LANGUAGE_NAMES
    assert all(link.is_visible() for link in links.all())
    # Each name in its own language, so a screen reader says it right.
    assert [link.get_attribute("lang") for link in links.all()] == LANGUAGE_CODES
    assert links.get_by_text("English").get_attribute("aria-current") == "true"
    page.get_by_role("link", name="Українська", exact=True).tap()
    page.wait_for_url(live_server.url + "/uk/offers/" + FILTERS)
    assert page.locator("html").get_attribute("lang") == "uk"
    titles = [card.inner_text() for card in page.locator(".card-title").all()]
    assert "Зустрічі для українських родин" in titles
    assert not any("Ski school" in title or "Skiskole" in title for title in titles)
    # The filters show as chosen in the form, in Ukrainian.
    assert page.locator("input[name=group][value=refugees]").is_checked()
    assert page.locator("input[name=segment][value=families]").is_checked()
    # The button names the language now shown.
    assert language_summary(page).inner_text().strip().startswith("Українська")


def test_arabic_mirrors_the_layout_but_latin_names_run_left_to_right(
    live_server, languages_site, make_context
):
    page = make_context(**PHONE).new_page()
    page.goto(live_server.url + "/ar/")
    assert page.evaluate("getComputedStyle(document.body).direction") == "rtl"
    brand = page.locator(".brand").bounding_box()
    assert brand["x"] + brand["width"] >= 390 - 24, brand  # the wordmark at the right edge
    switch = language_summary(page).bounding_box()
    assert switch["x"] < brand["x"], (switch, brand)  # the controls to its left
    assert page.locator(".site-header").bounding_box()["height"] <= 60  # all in one row
    # The language list opens under its button, lined up with its left (its end) edge.
    language_summary(page).tap()
    menu = language_menu(page).bounding_box()
    assert abs(menu["x"] - switch["x"]) <= 1, (menu, switch)
    assert menu["y"] >= switch["y"] + switch["height"]
    language_summary(page).tap()
    heading = page.locator("h1").first
    assert heading.evaluate("el => getComputedStyle(el).textAlign") in {"start", "right"}
    box = heading.bounding_box()
    hero = page.locator(".hero").bounding_box()
    # The heading's text hugs the right: measure the text itself, not the block.
    text_right = heading.evaluate(
        "el => { const r = document.createRange(); r.selectNodeContents(el);"
        " const b = r.getBoundingClientRect(); return b.right; }"
    )
    assert text_right >= box["x"] + box["width"] - 2, (text_right, box)
    assert box["x"] + box["width"] > hero["x"] + hero["width"] - 40

    page.goto(live_server.url + "/ar/offers/norsk-for-foreldre/")
    byline = page.locator(".byline bdi")
    assert byline.inner_text() == REFUGEE_SERVICE
    assert byline.evaluate("el => getComputedStyle(el).direction") == "ltr"
    # Latin inside the right-to-left line: it reads left to right, "Flyktningtjenesten" first,
    # its first word left of its last.
    first, last = byline.evaluate(
        """el => {
            const text = el.firstChild, r = document.createRange();
            r.setStart(text, 0); r.setEnd(text, 18); const a = r.getBoundingClientRect();
            r.setStart(text, text.length - 7); r.setEnd(text, text.length);
            const b = r.getBoundingClientRect();
            return [a.left, b.left];
        }"""
    )
    assert first < last
    # The Arabic "Run by" before it stands to its right.
    line = page.locator(".byline")
    assert line.evaluate("el => getComputedStyle(el).direction") == "rtl"
    line_right = line.evaluate(
        "el => { const r = document.createRange(); r.setStart(el.firstChild, 0);"
        " r.setEnd(el.firstChild, 1); return r.getBoundingClientRect().right; }"
    )
    assert line_right > byline.bounding_box()["x"] + byline.bounding_box()["width"]
    # The breadcrumbs' separators point the way the trail reads, and the notice's bar is on
    # the right side.
    page.goto(live_server.url + "/ar/offers/hjelp-med-bolig/")
    separator = page.locator(".breadcrumbs li + li").first.evaluate(
        "el => getComputedStyle(el, '::before').content"
    )
    assert separator == '"‹"'
    notice = page.locator(".offer .notice").first
    assert notice.evaluate("el => getComputedStyle(el).borderRightWidth") == "6px"
    assert notice.evaluate("el => getComputedStyle(el).borderLeftWidth") == "0px"
    # The Norwegian description runs left to right inside the Arabic page.
    description = page.locator(".offer-description")
    assert description.get_attribute("lang") == "nb"
    assert description.evaluate("el => getComputedStyle(el.querySelector('p')).direction") == "ltr"
    # Every e-mail address and phone number keeps its order, the organiser's too.
    for path in ["/ar/offers/hjelp-med-bolig/", "/ar/organisations/flyktningtjenesten/"]:
        page.goto(live_server.url + path)
        # (Not the link that shares the page by e-mail: its text is an Arabic sentence.)
        links = page.locator("a[href^='mailto:']:not([href*='?']), a[href^='tel:']").all()
        assert len(links) >= 2, path
        for link in links:
            assert reads_left_to_right(link), (path, link.inner_text())


def reads_left_to_right(element):
    """Whether the element's text lies left to right on the screen: its first character left of
    its last (and the element is isolated, so the line around it cannot reorder it)."""
    return element.evaluate(
        """el => {
            const s = getComputedStyle(el);
            const text = el.firstChild, r = document.createRange();
            r.setStart(text, 0); r.setEnd(text, 1); const first = r.getBoundingClientRect();
            r.setStart(text, text.length - 1); r.setEnd(text, text.length);
            const last = r.getBoundingClientRect();
            return s.direction === "ltr" && s.unicodeBidi.startsWith("isolate")
                && first.left < last.left;
        }"""
    )


def test_the_language_switch_works_from_the_keyboard(live_server, languages_site, make_context):
    page = make_context(**PHONE).new_page()
    page.goto(live_server.url + "/ar/")
    summary = language_summary(page)
    for _ in range(6):
        page.keyboard.press("Tab")
        if summary.evaluate("el => el === document.activeElement"):
            break
    else:
        pytest.fail("Tab never reached the language switch")
    assert summary.evaluate("el => el.matches(':focus-visible')")
    assert summary.evaluate("el => getComputedStyle(el).outlineStyle") == "solid"
    page.keyboard.press("Enter")
    assert page.locator(".language-switch").get_attribute("open") is not None
    shoot(page, "ar-390-language-menu-keyboard")
    names = []
    for _ in LANGUAGE_NAMES:
        page.keyboard.press("Tab")
        focused = page.evaluate(
            """() => { const el = document.activeElement, s = getComputedStyle(el);
                return {inMenu: !!el.closest('.language-switch nav'), text: el.innerText,
                        outline: s.outlineStyle, width: parseFloat(s.outlineWidth),
                        focusVisible: el.matches(':focus-visible')}; }"""
        )
        assert focused["inMenu"], focused
        assert focused["focusVisible"] and focused["outline"] == "solid", focused
        assert focused["width"] >= 2, focused
        names.append(focused["text"])
    assert plain(names) == LANGUAGE_NAMES
    # The focused link stays inside the screen, so the ring can be seen.
    box = page.evaluate(
        "(() => { const b = document.activeElement.getBoundingClientRect();"
        " return [b.left, b.right]; })()"
    )
    assert box[0] >= 0 and box[1] <= 390, box
    # Back one to Lietuvių, and Enter follows it.
    page.keyboard.press("Shift+Tab")
    shoot(page, "ar-390-language-link-focused")
    page.keyboard.press("Enter")
    page.wait_for_url(live_server.url + "/lt/")
    assert page.locator("html").get_attribute("lang") == "lt"


def test_screenshots_at_390_px(live_server, languages_site, make_context):
    """For a person to look at (not judged here beyond the header and no sideways scroll)."""
    page = make_context(**PHONE).new_page()
    shots = {
        "ar-home": "/ar/",
        "ar-offers": "/ar/offers/",
        "ar-offer-norwegian-fallback": "/ar/offers/hjelp-med-bolig/",
        "ar-organisation": "/ar/organisations/flyktningtjenesten/",
        "uk-home": "/uk/",
        "uk-offers-families": "/uk/offers/?segment=families",
    }
    for name, path in shots.items():
        page.goto(live_server.url + path)
        shoot(page, name)
        shoot(page, f"{name}-full", full_page=True)
        assert sideways_overflow(page) <= 0, path
        assert page.locator(".site-header").bounding_box()["height"] <= 844 / 8, path
    for language in ["ar", "uk"]:
        page.goto(live_server.url + f"/{language}/offers/")
        language_summary(page).tap()
        shoot(page, f"{language}-language-menu-open")
        language_summary(page).tap()
        page.locator(".site-menu > summary").tap()
        shoot(page, f"{language}-main-menu-open")
