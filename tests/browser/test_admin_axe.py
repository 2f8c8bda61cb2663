"""axe-core on the project office's admin, in bokmål and in English, with its JavaScript run: the
front page with what waits, the offer list with its filters and counts, a new offer with its
language tabs, a change with its diff, the reject page (also with its error), the organisations'
list and an organisation's page, the topics' list with its order fields, and every other list
on the front page. A new offer is saved. And the Norwegian admin shows none of Django's English,
also none that Django's JavaScript writes (the calendar, the time-zone note)."""

import re

import pytest
from axe_playwright_python.sync_playwright import Axe
from django.contrib.auth.models import Group, Permission
from django.db.models import Q
from django.urls import reverse
from django.utils import translation

from actors.office import OFFICE_GROUP
from offers import changes
from offers.models import Offer
from tests.factories import PASSWORD, make_actor, make_moderator, make_offer

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

WCAG_21_AA = {
    "runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]},
    "resultTypes": ["violations"],
}

# Django's English that its nb catalogues lacked (narvik_tilflytter/admin_strings.py and
# locale/nb/LC_MESSAGES/djangojs.po), as whole words, in the text or in an attribute a screen
# reader reads.
ENGLISH = [
    "Run",
    "Show counts",
    "Hide counts",
    "Search",
    "Pagination",
    "Select all objects",
    "Select this object",
    "Breadcrumbs",
    "Sidebar",
    "Toggle theme",
    "View selected",
    "Show all fields in",
    "Today",
    "Yesterday",
    "Tomorrow",
    "Note: Enter times",
    "Sun",
    "Mon",
    "Tue",
    "Wed",
    "Thur",
    "Fri",
    "Sat",
    "Choose",
    "Remove",
    "Type into this box",
]

READ_TEXT = """() => {
  const texts = [document.body.innerText];
  for (const element of document.querySelectorAll("[aria-label], [title], [placeholder], [alt]")) {
    for (const name of ["aria-label", "title", "placeholder", "alt"]) {
      if (element.hasAttribute(name)) texts.push(element.getAttribute(name));
    }
  }
  return texts.join("\\n");
}"""


def office_member(language):
    # A live-server test before this one flushed the database, and with it the group its
    # migrations made: give it back the rights these pages need, as the migrations give them
    # (view everything in the two apps, change offers and organisations, keep the taxonomy).
    group, _created = Group.objects.get_or_create(name=OFFICE_GROUP)
    taxonomy = ["focusarea", "targetgroup", "segment", "language"]
    group.permissions.add(
        *Permission.objects.filter(
            Q(content_type__app_label__in=["offers", "actors"], codename__startswith="view_")
            | Q(codename__in=["change_offer", "change_actor"])
            | Q(codename__in=[f"{do}_{model}" for do in ("add", "change") for model in taxonomy])
        )
    )
    return make_moderator(language=language)


@pytest.fixture
def waiting(actor):
    """What waits for the office: a new offer, a change to a published offer, an organisation."""
    new = make_offer(actor=actor, status=Offer.Status.PENDING, title="Nytt kurs")
    live = make_offer(actor=actor, title="Fellestur")
    change = Offer(actor=actor, change_of=live, status=Offer.Status.PENDING, slug="fellestur-ny")
    change = changes.copy_content(live, change, title_nb="Fellestur på ski")
    make_actor(name="Ny forening", is_approved=False)
    return {"new": new, "live": live, "change": change, "actor": actor}


def log_in(page, base_url, user):
    page.goto(base_url + reverse("admin:login"))
    page.fill("#id_username", user.email)
    page.fill("#id_password", PASSWORD)
    page.press("#id_password", "Enter")
    page.wait_for_url("**" + reverse("admin:index"))


@pytest.mark.parametrize("language", ["nb", "en"])
def test_admin_pages_have_no_wcag_21_aa_violations(live_server, waiting, make_context, language):
    new, change, actor = waiting["new"], waiting["change"], waiting["actor"]
    # The browser's clock is an hour behind the server's (UTC against Europe/Oslo), so the date
    # fields show Django's time-zone note too.
    page = make_context(timezone_id="UTC").new_page()
    problems = []
    page.on("console", lambda m: problems.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda error: problems.append(str(error)))
    log_in(page, live_server.url, office_member(language))
    with translation.override(language):
        switch_label = translation.gettext("Show all fields in")
        reject_button = translation.gettext("Reject and send the reason")
    offers = reverse("admin:offers_offer_changelist")
    paths = [
        reverse("admin:index"),
        offers,
        # Filtered and searched, with the filters' counts shown.
        f"{offers}?_facets=True&status__exact=pending&q=kurs",
        reverse("admin:offers_offer_change", args=[new.pk]),
        reverse("admin:offers_offer_change", args=[change.pk]),
        reverse("admin:offers_offer_change", args=[change.change_of_id]),
        reverse("admin:offers_offer_reject", args=[new.pk]),
        reverse("admin:actors_actor_changelist"),
        reverse("admin:actors_actor_change", args=[actor.pk]),
        # A list with a field to change in each row (the order of the topics).
        reverse("admin:offers_focusarea_changelist"),
    ]
    axe = Axe()
    reports = {}
    english = {}

    def check(where):
        results = axe.run(page, options=WCAG_21_AA)
        if results.violations_count:
            reports[where] = results.generate_report()
        if language == "nb":
            text = page.evaluate(READ_TEXT)
            found = [s for s in ENGLISH if re.search(rf"(?<!\w){re.escape(s)}(?!\w)", text)]
            if found:
                english[where] = found

    for path in paths:
        response = page.goto(live_server.url + path)
        assert response.status == 200, path
        if "/change/" in path:
            # modeltranslation's tabs were made (and so were checked), each named by its
            # language, not its code; the select that turns every field to one language has
            # its label.
            assert page.locator(".ui-tabs-nav [role=tab]").count() >= 2, path
            tab_names = page.eval_on_selector_all(
                ".ui-tabs-nav [role=tab]", "tabs => tabs.map(tab => tab.textContent.trim())"
            )
            assert not set(tab_names) & {"nb", "en"}, tab_names
            assert page.get_by_label(switch_label).is_visible(), path
        check(path)
    if language == "nb":
        # Every other list the office has on its front page (in one language: the words are
        # checked above), so a new one in the admin is checked too.
        page.goto(live_server.url + reverse("admin:index"))
        lists = page.eval_on_selector_all(
            ".app-list th[scope=row] a", "links => links.map(link => link.getAttribute('href'))"
        )
        assert len(lists) >= 10
        for path in sorted(set(lists) - set(paths)):
            response = page.goto(live_server.url + path)
            assert response.status == 200, path
            check(path)

    page.goto(live_server.url + reverse("admin:offers_offer_change", args=[change.pk]))
    assert page.locator("#change-diff del").first.is_visible()

    # The office saves a new offer as it is: the browser sends the form (one ticked topic is
    # enough), and the page after it, with its message, passes too.
    page.goto(live_server.url + reverse("admin:offers_offer_change", args=[new.pk]))
    assert page.evaluate("document.getElementById('offer_form').checkValidity()")
    with page.expect_navigation():
        page.locator("input[name=_continue]").click()
    assert page.locator(".messagelist .success").is_visible()
    check("a new offer, saved")

    # No script failed (ours runs after modeltranslation's, on every change page).
    assert not problems, problems

    # The reject page sent with a reason of only spaces: the error next to the field.
    page.goto(live_server.url + reverse("admin:offers_offer_reject", args=[new.pk]))
    page.fill("#reason", "   ")
    with page.expect_response(lambda r: r.request.method == "POST") as sent:
        page.get_by_role("button", name=reject_button).click()
    assert sent.value.status == 400
    assert page.locator("#reason[aria-invalid=true]").is_visible()
    check("reject page with its error")

    assert not reports, "\n\n".join(f"{where}:\n{report}" for where, report in reports.items())
    assert not english, english


def test_the_review_does_not_scroll_sideways_on_a_phone_at_200_percent_text(
    live_server, waiting, make_context
):
    # Django's own tables (an inline's rows, the offer list) scroll inside their box; the page
    # itself never does: not the front page's long words, a change's diff or the reject page.
    page = make_context(viewport={"width": 390, "height": 844}, is_mobile=True).new_page()
    log_in(page, live_server.url, office_member("nb"))
    paths = [
        reverse("admin:index"),
        reverse("admin:offers_offer_change", args=[waiting["change"].pk]),
        reverse("admin:offers_offer_reject", args=[waiting["new"].pk]),
    ]
    widths = {}
    for path in paths:
        page.goto(live_server.url + path)
        # 200 % text, as a browser's text-size setting gives (the CSP forbids a <style> tag).
        page.evaluate("document.documentElement.style.fontSize = '200%'")
        widths[path] = page.evaluate("document.documentElement.scrollWidth")
    assert widths == dict.fromkeys(paths, 390)
