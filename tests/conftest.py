import itertools
from datetime import timedelta

import pytest
from django.conf import settings
from django.utils import timezone, translation

from actors.models import Actor, Membership, User
from offers.models import FocusArea, Language, Offer, Segment, TargetGroup

_numbers = itertools.count(1)


@pytest.fixture(autouse=True)
def _default_language():
    # A request to /en/ leaves English active in this thread; start every test in bokmål.
    translation.activate(settings.LANGUAGE_CODE)
    yield
    translation.deactivate()


@pytest.fixture(autouse=True)
def _fast_password_hashing(settings):
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture(autouse=True)
def _plain_static_files(settings):
    # Manifest storage needs collectstatic; tests render with plain storage.
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }


def make_actor(*, name=None, kind=Actor.Kind.VOLUNTARY, is_approved=True, **fields):
    number = next(_numbers)
    name = name or f"Organisation {number}"
    fields.setdefault("slug", f"organisation-{number}")
    return Actor.objects.create(name=name, kind=kind, is_approved=is_approved, **fields)


def make_offer(
    *,
    actor=None,
    status=Offer.Status.PUBLISHED,
    title=None,
    title_en=None,
    focus=("leisure",),
    groups=(),
    segments=(),
    languages=("nb",),
    published_days_ago=1,
    **fields,
):
    """An offer with nb and en text; pass title_en="" for a Norwegian-only offer."""
    number = next(_numbers)
    title = title or f"Tilbud {number}"
    fields.setdefault("slug", f"tilbud-{number}")
    fields.setdefault("summary_nb", f"Kort om tilbud {number}.")
    fields.setdefault("summary_en", "" if title_en == "" else f"About offer {number}.")
    fields.setdefault("description_en", "")
    if status == Offer.Status.PUBLISHED:
        fields.setdefault("published_at", timezone.now() - timedelta(days=published_days_ago))
    offer = Offer.objects.create(
        actor=actor or make_actor(),
        status=status,
        title_nb=title,
        title_en=f"Offer {number}" if title_en is None else title_en,
        **fields,
    )
    offer.focus_areas.set(FocusArea.objects.filter(slug__in=focus))
    offer.target_groups.set(TargetGroup.objects.filter(slug__in=groups))
    offer.segments.set(Segment.objects.filter(slug__in=segments))
    offer.languages.set(Language.objects.filter(code__in=languages))
    return offer


def make_user(*, email=None, language="nb", **fields):
    email = email or f"person{next(_numbers)}@example.org"
    fields.setdefault("email_verified_at", timezone.now())
    return User.objects.create_user(email, "a-long-test-password", language=language, **fields)


def make_member(actor, *, role=Membership.Role.MEMBER, **fields):
    user = make_user(**fields)
    Membership.objects.create(user=user, actor=actor, role=role)
    return user


def make_moderator(**fields):
    from django.contrib.auth.models import Group

    user = make_user(is_staff=True, **fields)
    user.groups.add(Group.objects.get(name="Moderator"))
    return user


@pytest.fixture
def actor(db):
    return make_actor(name="Narvik Skiklubb", slug="narvik-skiklubb")


@pytest.fixture
def offer(actor):
    return make_offer(
        actor=actor,
        title="Skiskole for nybegynnere",
        title_en="Ski school for beginners",
        slug="skiskole",
        summary_nb="Lær å gå på ski sammen med andre som er nye i Narvik.",
        summary_en="Learn to ski together with other people who are new in Narvik.",
        focus=("leisure",),
        groups=("labour-europe",),
        segments=("families",),
        languages=("nb", "en"),
        is_free=True,
    )
