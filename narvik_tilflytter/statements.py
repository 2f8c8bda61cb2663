"""What the accessibility statement (templates/statements/accessibility.html) says is checked,
and when it was last checked.

Each check names the test that does it; tests/test_statements.py fails if a named test function
does not exist, so the statement cannot promise a check that is gone. When you add, remove or
rename one of these tests, change this list too.

ACCESSIBILITY_CHECKED_ON is the day the whole suite, browser tests included, last ran green
against the statement. Move it forward when you run them again (`python3 tasks.py test` with
`REQUIRE_BROWSER=1`) and look over what the statement says is known not to conform.
"""

from dataclasses import dataclass
from datetime import date

from django.utils.translation import gettext_lazy as _

ACCESSIBILITY_CHECKED_ON = date(2026, 12, 1)

# The standard the statement measures the site against: what the Norwegian regulation on
# universal design of ICT asks of this site.
ACCESSIBILITY_STANDARD = "WCAG 2.1 AA"


@dataclass(frozen=True)
class Check:
    """One automated check: what it looks at, in words for the public, and the test that does
    it ("path/to/test_file.py::test_function", from the project's root)."""

    what: str
    test: str


ACCESSIBILITY_CHECKS = [
    Check(
        _(
            "axe-core looks for breaches of WCAG 2.1 A and AA on the public pages: the front "
            "page, the offers with and without filters and search, an offer, the organisations."
        ),
        "tests/browser/test_browser.py::test_axe_finds_no_wcag_21_aa_violations",
    ),
    Check(
        _(
            "axe-core does the same on the pages for organisations: log in, register (also with "
            "errors), their own page, the offer form (also with errors), the preview, the "
            "organisation and the account."
        ),
        "tests/browser/test_portal_browser.py::test_portal_pages_have_no_wcag_21_aa_violations",
    ),
    Check(
        _(
            "axe-core does the same on the forms for feedback and for telling us what you did "
            "not find, also when they come back with a message."
        ),
        "tests/browser/test_voice_browser.py::test_the_forms_with_their_messages_pass_axe",
    ),
    Check(
        _(
            "axe-core does the same on the admin pages of the project office, in Norwegian and "
            "English, and on its gap map."
        ),
        "tests/browser/test_admin_axe.py::test_admin_pages_have_no_wcag_21_aa_violations",
    ),
    Check(
        _(
            "On a phone, the number of offers found and the first offer show without scrolling, "
            "and with text at twice its size nothing needs scrolling sideways."
        ),
        "tests/browser/test_phone_layout.py::test_200_percent_text_does_not_scroll_sideways",
    ),
    Check(
        _(
            "With the keyboard alone and JavaScript switched off, you can skip to the content, "
            "search, choose filters and remove them again."
        ),
        "tests/browser/test_browser.py::test_keyboard_journey_without_javascript",
    ),
    Check(
        _("Everything you reach with the Tab key shows clearly that it has focus."),
        "tests/browser/test_browser.py::test_every_element_reached_with_tab_shows_focus",
    ),
    Check(
        _("On a screen 375 pixels wide, no page needs scrolling sideways."),
        "tests/browser/test_browser.py::test_small_screen_has_no_horizontal_scroll",
    ),
    Check(
        _("Every public page and form is valid HTML by the W3C validator (Nu HTML Checker)."),
        "tests/test_html_valid.py::test_every_public_page_is_valid_html",
    ),
    Check(
        _(
            "Every public page, in both languages, has one main heading, says which language it "
            "is in, and has no text left untranslated."
        ),
        "tests/test_pages.py::test_every_public_page_answers_in_both_languages",
    ),
]
