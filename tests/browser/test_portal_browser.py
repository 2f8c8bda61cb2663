"""axe-core on the organisations' pages: log in, register, the dashboard, the offer form (also
with its errors), the preview and the organisation page; and logging in with the keyboard."""

import pytest
from axe_playwright_python.sync_playwright import Axe
from django.urls import reverse
from django.utils import translation

from actors.models import Membership
from actors.office import OFFICE_GROUP
from offers.models import Offer
from tests.factories import PASSWORD, make_member, make_offer

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

WCAG_21_AA = {
    "runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]},
    "resultTypes": ["violations"],
}


def violations(page):
    results = Axe().run(page, options=WCAG_21_AA)
    return results.violations_count, results.generate_report()


def nb(name, *args):
    with translation.override("nb"):
        return reverse(name, args=args)


def log_in_with_the_keyboard(page, base_url, email):
    page.goto(base_url + nb("login"))
    page.get_by_label("E-post").focus()
    page.keyboard.type(email)
    page.keyboard.press("Tab")
    page.keyboard.type(PASSWORD)
    page.keyboard.press("Enter")
    page.wait_for_url("**" + nb("portal:dashboard"))


def test_portal_pages_have_no_wcag_21_aa_violations(live_server, actor, browser_page):
    member = make_member(actor, role=Membership.Role.ADMIN)
    draft = make_offer(actor=actor, status=Offer.Status.DRAFT, title="Utkast", title_en="")
    page = browser_page
    reports = {}
    for path in (nb("login"), nb("portal:register")):
        page.goto(live_server.url + path)
        count, report = violations(page)
        if count:
            reports[path] = report
    # The registration form sent empty: every error shown next to its field.
    page.get_by_role("button", name="Registrer").click()
    count, report = violations(page)
    if count:
        reports["registration errors"] = report

    log_in_with_the_keyboard(page, live_server.url, member.email)
    paths = [
        nb("portal:dashboard"),
        nb("portal:offer_create"),
        nb("portal:offer_edit", draft.pk),
        nb("portal:offer_preview", draft.pk),
        nb("portal:actor_detail", actor.slug),
        nb("portal:account"),
    ]
    for path in paths:
        response = page.goto(live_server.url + path)
        assert response.status == 200, path
        count, report = violations(page)
        if count:
            reports[path] = report
    page.goto(live_server.url + nb("portal:offer_create"))
    page.get_by_label("Tittel").first.fill("")
    page.get_by_role("button", name="Lagre utkast").click()
    assert page.get_by_text("Noen felt må rettes").is_visible()
    count, report = violations(page)
    if count:
        reports["offer form errors"] = report
    assert not reports, "\n\n".join(f"{where}:\n{report}" for where, report in reports.items())


def test_admin_translation_tabs_work_offline_under_the_csp(live_server, offer, browser_page):
    from django.contrib.auth.models import Group, Permission

    from tests.factories import make_moderator

    # The flush after an earlier live-server test removed the group its migration made.
    group, _created = Group.objects.get_or_create(name=OFFICE_GROUP)
    group.permissions.add(*Permission.objects.filter(codename__in=["view_offer", "change_offer"]))
    moderator = make_moderator()
    page = browser_page
    problems = []
    page.on("console", lambda m: problems.append(m.text) if m.type == "error" else None)
    page.on("response", lambda r: problems.append(r.url) if r.status >= 400 else None)
    page.on(
        "request",
        lambda r: problems.append(r.url) if not r.url.startswith(live_server.url) else None,
    )
    page.goto(live_server.url + "/admin/login/")
    page.fill("#id_username", moderator.email)
    page.fill("#id_password", PASSWORD)
    page.press("#id_password", "Enter")
    page.wait_for_url("**/admin/")
    page.goto(live_server.url + f"/admin/offers/offer/{offer.pk}/change/")
    # modeltranslation turns each group of language fields into jQuery UI tabs.
    tabs = page.locator(".ui-tabs-nav").first
    tabs.wait_for()
    assert tabs.is_visible()
    assert page.locator(".ui-tabs-nav a", has_text="en").count() > 0
    assert not problems, problems
