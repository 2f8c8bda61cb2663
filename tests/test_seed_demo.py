"""The `seed_demo` command: enough realistic demo data, safe to rerun, never on production.

The demo is seeded once for the module (`demo`), inside a transaction rolled back when the module
ends; each test runs in its own savepoint within it, so a test may change the demo data or run
the command again without the next test seeing it. The two tests that need the database as
migrations left it take `no_demo_data`.
"""

import io
import re
from datetime import timedelta
from types import SimpleNamespace

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import transaction
from django.test import override_settings
from django.utils import timezone, translation

from actors.models import Actor, Membership
from actors.office import OFFICE_GROUP
from offers.management.commands import seed_demo
from offers.management.commands.seed_demo import read_demo_data
from offers.models import FocusArea, Language, Offer, Segment, TargetGroup

User = get_user_model()

OFFER_RELATIONS = ("focus_areas", "target_groups", "segments", "languages")
DEMO_PASSWORD = read_demo_data("logins")["password"]


@pytest.fixture(scope="module", autouse=True)
def _fast_passwords():
    # The command hashes the demo password once; a fast hasher keeps the tests quick anyway.
    # Module scope, so that the module's one seeding (`demo`) uses it too.
    with override_settings(PASSWORD_HASHERS=["django.contrib.auth.hashers.MD5PasswordHasher"]):
        yield


def seed(**options):
    """Run the command as the tests' DEBUG=False requires (with --force); return its output."""
    out = io.StringIO()
    call_command("seed_demo", stdout=out, **{"force": True, **options})
    return out.getvalue()


def snapshot():
    """Every column of every row the command writes, plus the many-to-many links."""

    def rows(queryset):
        return [
            {f.attname: getattr(obj, f.attname) for f in obj._meta.concrete_fields}
            for obj in queryset.order_by("pk")
        ]

    data = {
        "actors": rows(Actor.objects.all()),
        "offers": rows(Offer.objects.all()),
        "users": rows(User.objects.all()),
        "memberships": rows(Membership.objects.all()),
        "user_groups": sorted(
            User.groups.through.objects.values_list("user_id", "group_id", flat=False)
        ),
    }
    for relation in OFFER_RELATIONS:
        through = getattr(Offer, relation).through
        data[relation] = sorted(through.objects.values_list("pk", "offer_id", flat=False))
    for model in (FocusArea, TargetGroup, Segment, Language):
        data[model.__name__] = rows(model.objects.all())
    return data


@pytest.fixture(scope="module")
def demo(_fast_passwords, django_db_setup, django_db_blocker):
    """The demo data, seeded once for this module: `.output` is what the command printed,
    `.before` the snapshot of the database before it ran (as migrations left it)."""
    with django_db_blocker.unblock(), transaction.atomic():
        before = snapshot()
        yield SimpleNamespace(output=seed(), before=before)
        transaction.set_rollback(True)


@pytest.fixture
def no_demo_data(demo, db):
    """The database as migrations left it: the demo data deleted in this test's savepoint."""
    Offer.objects.all().delete()
    Actor.objects.all().delete()
    User.objects.all().delete()
    assert snapshot() == demo.before


@pytest.mark.django_db
def test_creates_about_twenty_actors_of_every_kind_and_enough_offers(demo):
    assert Actor.objects.count() >= 20
    assert set(Actor.objects.values_list("kind", flat=True)) == set(Actor.Kind.values)
    assert Offer.objects.count() >= 36
    assert Offer.objects.public().count() >= 30
    # Every organisation has something to show, in both languages.
    for actor in Actor.objects.all():
        assert actor.offers.exists(), actor.slug
        assert actor.description_nb and actor.description_en, actor.slug


@pytest.mark.django_db
def test_public_offers_cover_every_focus_area_target_group_and_segment(demo):
    public = Offer.objects.public()

    for model, relation in (
        (FocusArea, "offers"),
        (TargetGroup, "offers"),
        (Segment, "offers"),
    ):
        unused = [
            term.slug
            for term in model.objects.all()
            if not public.filter(pk__in=getattr(term, relation).values("pk")).exists()
        ]
        assert unused == [], f"{model.__name__} without a public offer: {unused}"

    # Offers are given in more languages than Norwegian, Northern Sami among them.
    used_languages = set(public.values_list("languages__code", flat=True))
    assert {"nb", "en", "se", "pl", "uk", "ar", "ti", "lt"} <= used_languages


@pytest.mark.django_db
def test_every_offer_is_complete(demo):
    slugs = list(Offer.objects.values_list("slug", flat=True))
    assert len(slugs) == len(set(slugs))
    for offer in Offer.objects.all():
        assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", offer.slug), offer.slug
        assert offer.title_nb and offer.summary_nb and offer.description_nb, offer.slug
        assert len(offer.summary_nb) <= 300 and len(offer.summary_en) <= 300, offer.slug
        assert offer.focus_areas.exists(), offer.slug
        assert offer.languages.exists(), offer.slug
        assert offer.is_free or offer.price_nb, f"{offer.slug}: not free, but no price"
        if offer.title_en:
            assert offer.summary_en, offer.slug
            assert offer.price_en or not offer.price_nb, offer.slug
            assert offer.schedule_en or not offer.schedule_nb, offer.slug


@pytest.mark.django_db
def test_contact_data_uses_example_domains_only(demo):
    for actor in Actor.objects.all():
        assert actor.website.startswith("https://example.org/"), actor.slug
        assert actor.email.endswith("@example.org"), actor.slug
        assert actor.phone.startswith("+47 "), actor.slug
        assert "Narvik" in actor.address, actor.slug
    for offer in Offer.objects.all():
        assert offer.signup_url == "" or offer.signup_url.startswith("https://example.org/")
        assert offer.signup_email == "" or offer.signup_email.endswith("@example.org")
    with_signup = Offer.objects.exclude(signup_url="", signup_email="", signup_phone="")
    assert with_signup.count() > Offer.objects.count() * 0.75


@pytest.mark.django_db
def test_some_offers_are_norwegian_only_and_fall_back_to_bokmal(demo):
    norwegian_only = Offer.objects.public().filter(title_en="", summary_en="", description_en="")
    assert norwegian_only.count() >= 4
    offer = norwegian_only.first()
    with translation.override("en"):
        assert offer.title == offer.title_nb
        assert offer.missing_translation()
    translated = Offer.objects.public().exclude(title_en="").first()
    with translation.override("en"):
        assert translated.title == translated.title_en
        assert not translated.missing_translation()


@pytest.mark.django_db
def test_statuses_show_the_public_rule_at_work(demo):
    today = timezone.localdate()

    def with_status(status):
        return Offer.objects.filter(status=status)

    assert with_status(Offer.Status.DRAFT).count() >= 2
    assert with_status(Offer.Status.PENDING).count() >= 1
    assert with_status(Offer.Status.REJECTED).count() >= 1
    assert with_status(Offer.Status.ARCHIVED).count() >= 1
    expired = with_status(Offer.Status.PUBLISHED).filter(valid_until__lt=today)
    assert expired.count() == 1
    assert not Offer.objects.public().filter(pk=expired.get().pk).exists()

    # Published offers carry their dates; offers never published carry none.
    for offer in with_status(Offer.Status.PUBLISHED):
        assert offer.published_at and offer.last_confirmed_at, offer.slug
        assert offer.last_confirmed_at >= offer.published_at, offer.slug
    for status in (Offer.Status.DRAFT, Offer.Status.PENDING, Offer.Status.REJECTED):
        assert not with_status(status).filter(published_at__isnull=False).exists()
    # "Newest first" means something: publication dates spread over the last two months.
    published = with_status(Offer.Status.PUBLISHED).values_list("published_at", flat=True)
    assert len({moment.date() for moment in published}) >= 20
    assert min(published) >= timezone.now() - timedelta(days=61)

    # One registration waits for approval, with a draft offer.
    waiting = Actor.objects.get(is_approved=False)
    assert [o.status for o in waiting.offers.all()] == [Offer.Status.DRAFT]
    assert Actor.objects.filter(is_approved=False).count() == 1


@pytest.mark.django_db
def test_dated_events_lie_in_the_future_in_oslo_time(demo):
    now = timezone.now()

    events = Offer.objects.public().filter(starts_at__isnull=False)
    assert events.count() >= 6
    for offer in events:
        assert timezone.is_aware(offer.starts_at)
        assert now + timedelta(days=7) < offer.starts_at < now + timedelta(days=91), offer.slug
        assert offer.ends_at >= offer.starts_at, offer.slug
        assert offer.valid_until >= timezone.localtime(offer.ends_at).date(), offer.slug
    # Times are wall-clock times in Narvik, not UTC.
    fair = Offer.objects.get(slug="jobbmesse-narvik")
    assert timezone.localtime(fair.starts_at).hour == 11


@pytest.mark.django_db
def test_free_and_priced_offers(demo):
    public = Offer.objects.public()

    assert public.filter(is_free=True).count() >= 10
    assert public.filter(is_free=False).exclude(price_nb="").count() >= 5


@pytest.mark.django_db
def test_running_twice_changes_nothing(demo):
    # The module's seeding was the first run.
    before = snapshot()
    counts = {name: len(rows) for name, rows in before.items()}

    output = seed()

    after = snapshot()
    assert {name: len(rows) for name, rows in after.items()} == counts
    assert after == before
    assert "0 created, 0 updated" in output


@pytest.mark.django_db
def test_rerun_restores_changed_demo_rows(demo):
    offer = Offer.objects.get(slug="sprakkafe")
    offer.title_nb = "Endret"
    offer.save()
    offer.languages.clear()

    seed()

    offer.refresh_from_db()
    assert offer.title_nb == "Språkkafé på biblioteket"
    assert offer.languages.exists()


@pytest.mark.django_db
def test_moderator_is_staff_in_the_moderator_group_and_not_superuser(demo):
    moderator = User.objects.get(email="moderator@demo.example.org")
    assert moderator.is_staff
    assert not moderator.is_superuser
    assert moderator.groups.filter(name=OFFICE_GROUP).exists()
    assert moderator.check_password(DEMO_PASSWORD)
    assert not User.objects.filter(is_superuser=True).exists()


@pytest.mark.django_db
def test_one_demo_login_per_actor_printed_for_local_use_only(demo):
    output = demo.output

    for actor in Actor.objects.all():
        email = f"{actor.slug}@demo.example.org"
        user = User.objects.get(email=email)
        assert not user.is_staff and not user.is_superuser
        assert user.full_name
        assert user.check_password(DEMO_PASSWORD)
        assert Membership.objects.get(user=user, actor=actor).role == Membership.Role.ADMIN
        assert email in output
    assert User.objects.filter(language="en").count() >= 2
    assert User.objects.filter(language="nb").count() > User.objects.filter(language="en").count()
    assert DEMO_PASSWORD in output
    assert "moderator@demo.example.org" in output
    assert "LOCAL USE ONLY" in output


@pytest.mark.django_db
def test_a_changed_password_survives_a_rerun(demo):
    user = User.objects.get(email="nav-narvik@demo.example.org")
    user.set_password("something-else-entirely")
    user.save()

    seed()

    user.refresh_from_db()
    assert user.check_password("something-else-entirely")


@pytest.mark.django_db
def test_refuses_when_debug_is_off_without_force(no_demo_data, settings):
    settings.DEBUG = False

    with pytest.raises(CommandError, match="--force"):
        call_command("seed_demo", stdout=io.StringIO())

    assert not Actor.objects.exists()
    assert not User.objects.exists()
    assert Group.objects.filter(name=OFFICE_GROUP).exists()


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("file", "old", "new", "error"),
    [
        ("offers", "signup_email =", "signup_emial =", r"unknown keys \['signup_emial'\]"),
        ("offers", "title.en =", "title.de =", "title must be a table of texts by language"),
        ("organisations", "phone =", "telephone =", r"unknown keys \['telephone'\]"),
    ],
)
def test_a_mistake_in_the_data_files_is_an_error_not_ignored(
    tmp_path, monkeypatch, file, old, new, error
):
    for path in seed_demo.DEMO_DATA.glob("*.toml"):
        (tmp_path / path.name).write_bytes(path.read_bytes())
    changed = tmp_path / f"{file}.toml"
    changed.write_text(changed.read_text("utf-8").replace(old, new, 1), "utf-8")
    monkeypatch.setattr(seed_demo, "DEMO_DATA", tmp_path)

    with pytest.raises(CommandError, match=error):
        seed()


@pytest.mark.django_db
def test_runs_without_force_when_debug_is_on(no_demo_data, settings):
    settings.DEBUG = True

    call_command("seed_demo", stdout=io.StringIO())

    assert Offer.objects.public().count() >= 30


@pytest.mark.django_db
def test_the_demo_has_a_change_waiting_for_review_that_flags_the_english(demo):
    from offers import moderation
    from tests.factories import make_moderator

    change = Offer.objects.get(change_of__isnull=False)
    live = change.change_of
    assert change.status == Offer.Status.PENDING
    assert live in Offer.objects.public()
    assert change not in Offer.objects.public()
    assert not live.translation_may_be_outdated("en")
    moderation.approve(change, by=make_moderator())
    live.refresh_from_db()
    assert "omvisning" in live.title_nb
    assert live.translation_may_be_outdated("en")


@pytest.mark.django_db
def test_the_demo_has_newcomers_voice_to_read(demo, client):
    from offers.feedback import figures_for, shown_comments
    from offers.models import Feedback, UnmetNeed, ZeroResultSearch

    course = Offer.objects.get(slug="norskkurs-kveld")
    figures = figures_for(course)
    assert figures.shown and figures.quality is not None
    assert any(comment.reply for comment in shown_comments(course))
    # A comment with a phone number was hidden by the office, and stays off the page.
    hidden = Feedback.objects.get(comment_status=Feedback.CommentStatus.HIDDEN)
    page = client.get(hidden.offer.get_absolute_url()).content.decode()
    assert hidden.comment not in page
    assert UnmetNeed.objects.filter(focus_area__slug="housing").exists()
    assert ZeroResultSearch.objects.exists()
    from actors.models import RecruitmentNeed

    welders = RecruitmentNeed.objects.open().get(field="Sveiser")
    assert (welders.count, welders.norwegian_level) == (5, "B1")
    assert welders.actor.registers_recruitment_needs
