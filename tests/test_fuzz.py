"""Never a 500: every public page, every form and the admin, sent hostile input.

First a fixed corpus (NUL, broken UTF-8, 10,000 characters, right-to-left overrides, SQL and
tsquery metacharacters, dates and numbers out of range, XSS polyglots) reaches every parameter
and every form field; then Hypothesis mixes generated values into otherwise valid requests.

Each request is a method, a path and (name, value) pairs, percent-encoded by hand into the
query string (GET) or a form body (POST): so a name can be sent twice, and bytes that are not
UTF-8 can be sent at all (`Raw`). Every answer must be below 500, and a NUL anywhere must be a
400 (narvik_tilflytter.middleware.RejectNulMiddleware). The test client re-raises a view's
exception, so a 500 fails with its traceback and the request that caused it.

Before each request the cache (the rate limits) and django-axes' failed logins are emptied: a
429 is a fine answer, but it would hide the code behind it from every later request. Requests
that log someone in or change a password get a fresh person and client of their own.
"""

import itertools
import os
from dataclasses import dataclass, field
from datetime import timedelta
from types import SimpleNamespace
from urllib.parse import quote

import pytest
from axes.models import AccessAttempt
from django.conf import settings as django_settings
from django.contrib.auth.tokens import default_token_generator
from django.core.cache import cache
from django.test import Client
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from actors import services, tokens
from actors.models import Membership
from offers import freshness
from offers.filters import MAX_QUERY_LENGTH
from offers.models import Offer
from tests.factories import PASSWORD, make_actor, make_member, make_moderator, make_offer, make_user
from tests.helpers import admin_form_data, offer_form_data, registration_data

pytestmark = pytest.mark.django_db

# Every interface language; the languages after bokmål and English have text fields of their
# own on the forms (folded away), which get the hostile values too.
LANGUAGES = [code for code, _name in django_settings.LANGUAGES]
MORE_LANGUAGES = [code for code in LANGUAGES if code not in ("nb", "en")]


class Raw(str):
    """A value sent exactly as written, already percent-encoded: the only way to send bytes
    that are not UTF-8."""


NUL = "\x00"

# Each value goes into every parameter and form field, as a parameter's name, and into every
# token or slug in a path.
CORPUS = [
    # NUL (RejectNulMiddleware: 400), and bytes that are not UTF-8: a lone byte, a cut-off
    # sequence, an encoded surrogate, a bad byte inside a word
    NUL,
    f"ski{NUL}kurs",
    Raw("%00"),
    Raw("%ff"),
    Raw("%c3%28"),
    Raw("%ed%a0%80"),
    Raw("ski%ff%fekurs"),
    # sizes
    "",
    "a" * 10_000,
    "ski " * 2_500,
    # direction overrides, invisible and combining characters, emoji, a header injection
    "\u202eski\u202c",
    "\u200b\ufeff",
    "🏔️🇳🇴 e\u0301",
    "ski\r\nSet-Cookie: x=y",
    # SQL, LIKE and PostgreSQL tsquery metacharacters (each alone in SEARCH_CORPUS)
    "' OR '1'='1' --",
    "'; DROP TABLE offers_offer; --",
    '"%_\\',
    "&|!:*()<->\\'",
    "ski:* & !(kurs | språk) <-> \\'",
    # dates and numbers out of range
    "0001-01-01",
    "99999-12-31",
    "0001-01-01T00:00",
    "-1",
    "1e309",
    str(2**63),
    str(-(2**63) - 1),
    # XSS polyglots and template syntax
    "jaVasCript:/*-/*`/*\\`/*'/*\"/**/(/* */oNcliCk=alert() )//%0D%0A%0d%0a//</stYle/</titLe/"
    "</teXtarEa/</scRipt/--!>\\x3csVg/<sVg/oNloAd=alert()//>\\x3e",
    '"><img src=x onerror=alert(1)>',
    "{{ 7|add:7 }}{% now 'Y' %}${7*7}",
    # addresses, where one is read (`next`, a website)
    "//evil.example/",
    "https://evil.example/",
]

# The search gets each metacharacter alone as well.
SEARCH_CORPUS = [
    *CORPUS,
    *("'", '"', ";", "--", "&", "|", "!", ":", "*", "(", ")", "<->", "\\", "%", "_"),
    *(" ", "ski <2> kurs", "ski & ", "!ski", "ski:*", "NaN", str(2**64), "9" * 400),
]


def has_nul(value):
    return NUL in value or (isinstance(value, Raw) and "%00" in value.lower())


# The corpus without NUL: NUL values are refused before any view runs, so they are sent one
# parameter at a time, and the others several to a request.
REACHING = [value for value in CORPUS if not has_nul(value)]
NULS = [value for value in CORPUS if has_nul(value)]


def encode(text):
    return text if isinstance(text, Raw) else quote(text, safe="")


# Requests ------------------------------------------------------------------------------------


@dataclass
class Target:
    """A page or form: who asks (see Visitors), how, where, and the parameters it reads with a
    valid value each (None: not sent unless fuzzed; a callable: called for each request, for
    values that must be new each time). `path` may hold TOKEN, a path segment to fuzz."""

    who: str
    method: str
    path: str
    fields: dict = field(default_factory=dict)

    def __str__(self):
        return f"{self.who} {self.method} {self.path}"

    def valid(self):
        """The target's valid parameters, as {name: [values]}."""
        data = {}
        for name, value in self.fields.items():
            value = value() if callable(value) else value
            if value is not None:
                data[name] = [str(v) for v in value] if isinstance(value, list) else [str(value)]
        return data


# A parameter no page reads: every page repeats its query string in the language links.
UNKNOWN = "utm_source"


def public_targets(site):
    """Every public page with the GET parameters it reads, in the active language."""
    filters = {
        "q": None,
        "focus": None,
        "group": None,
        "segment": None,
        "language": None,
        "actor_kind": None,
        "free": None,
        "sort": None,
    }
    offer, actor = site.offer.slug, site.actor.slug
    return [
        Target("anonymous", "GET", reverse("home")),
        Target("anonymous", "GET", reverse("offers:list"), {**filters, "page": None}),
        Target("anonymous", "GET", reverse("offers:feed"), filters),
        Target("anonymous", "GET", reverse("offers:calendar"), filters),
        Target("anonymous", "GET", reverse("offers:detail", args=[offer])),
        Target("anonymous", "GET", reverse("offers:event", args=[offer])),
        Target("anonymous", "GET", reverse("actors:list")),
        Target("anonymous", "GET", reverse("actors:detail", args=[actor])),
        Target("anonymous", "GET", reverse("offers:confirm", args=[site.confirm_token])),
        Target("anonymous", "GET", reverse("portal:invitation", args=[site.invitation_token])),
        Target("anonymous", "GET", reverse("portal:verify_email", args=[site.verify_token])),
        Target("anonymous", "GET", reverse("portal:register"), {"invitation": None}),
        Target("anonymous", "GET", reverse("login"), {"next": None}),
        Target("anonymous", "GET", reverse("password_reset")),
        Target("member", "GET", reverse("portal:offer_create"), {"actor": None}),
        Target("anonymous", "GET", "/sitemap.xml", {"p": None}),
        Target("anonymous", "GET", "/robots.txt"),
    ]


def token_targets():
    """The pages with a token or a slug in the path, TOKEN standing for it."""
    return [
        Target("anonymous", method, reverse(name, args=["TOKEN"]))
        for name, method in [
            ("offers:confirm", "GET"),
            ("offers:confirm", "POST"),
            ("portal:invitation", "GET"),
            ("portal:invitation", "POST"),
            ("portal:verify_email", "GET"),
            ("offers:detail", "GET"),
            ("offers:event", "GET"),
            ("actors:detail", "GET"),
        ]
    ] + [Target("anonymous", "GET", reverse("password_reset_confirm", args=["MQ", "TOKEN"]))]


_numbers = itertools.count(1)


def new_address():
    return f"fuzz{next(_numbers)}@example.org"


def new_name():
    return f"Fuzzklubben {next(_numbers)}"


def form_targets(site):
    """Every form of the site, with a valid submission, in the active language."""
    join_registration = registration_data(
        **{"choice-choice": "join", "join-actor": site.other_actor.pk, "join-message": "Hei"}
    )
    new_registration = registration_data(
        **{"org-organisation_number": "", "language": "nb"}
    )  # an organisation number may be registered once only
    new_organisation = {
        key: value
        for key, value in new_registration.items()
        if key.startswith(("choice-", "org-", "join-"))
    }
    offer_form = offer_form_data(
        target_groups=[site.group.pk],
        segments=[],
        price_nb="",
        starts_at="2030-06-01T18:00",
        ends_at="2030-06-01T20:00",
        valid_from="2030-01-01",
        valid_until="2031-01-01",
        signup_url="https://example.org/påmelding",
        signup_email="kurs@example.org",
        signup_phone="+47 400 00 000",
        place="Narvikbadet",
        address="Parkgata 1",
        **{f"title_{code}": f"Svømming ({code})" for code in MORE_LANGUAGES},
        **{f"summary_{code}": f"Lær å svømme ({code})." for code in MORE_LANGUAGES},
        **{f"schedule_{code}": "18–20" for code in MORE_LANGUAGES},
    )
    return [
        Target(
            "anonymous",
            "POST",
            reverse("portal:register"),
            {**new_registration, "email": new_address, "org-name": new_name},
        ),
        Target(
            "anonymous",
            "POST",
            reverse("portal:register"),
            {**join_registration, "email": new_address},
        ),
        Target(
            "anonymous",
            "POST",
            reverse("portal:register") + f"?invitation={site.invitation_token}",
            {
                key: registration_data()[key]
                for key in ("full_name", "language", "password1", "password2")
            },
        ),
        Target(
            "anonymous",
            "POST",
            reverse("login"),
            {"username": site.member.email, "password": PASSWORD, "next": "/nb/min-side/"},
        ),
        Target("anonymous", "POST", reverse("password_reset"), {"email": site.member.email}),
        Target(
            "reset",
            "POST",
            "",
            {"new_password1": "fjord-og-fjell-2030", "new_password2": "fjord-og-fjell-2030"},
        ),
        Target(
            "newcomer",
            "POST",
            reverse("password_change"),
            {
                "old_password": PASSWORD,
                "new_password1": "fjord-og-fjell-2030",
                "new_password2": "fjord-og-fjell-2030",
            },
        ),
        Target("member", "POST", reverse("portal:offer_create"), offer_form),
        Target("member", "POST", reverse("portal:offer_edit", args=[site.draft.pk]), offer_form),
        # Editing a published offer saves a change for review.
        Target("member", "POST", reverse("portal:offer_edit", args=[site.offer.pk]), offer_form),
        Target(
            "admin",
            "POST",
            reverse("portal:actor_edit", args=[site.actor.slug]),
            {
                "description_nb": "Vi går på ski.",
                "description_en": "We ski.",
                **{f"description_{code}": f"Ski ({code})." for code in MORE_LANGUAGES},
                "email": "post@ski.example",
                "phone": "+47 400 00 000",
                "website": "https://ski.example",
                "address": "Fjellveien 1",
                "organisation_number": "",
            },
        ),
        Target(
            "admin",
            "POST",
            reverse("portal:member_invite", args=[site.actor.slug]),
            {"email": new_address, "role": Membership.Role.MEMBER},
        ),
        Target(
            "admin",
            "POST",
            reverse("portal:member_role", args=[site.actor.slug, site.membership.pk]),
            {"role": Membership.Role.MEMBER},
        ),
        Target(
            "newcomer",
            "POST",
            reverse("portal:actor_add"),
            {**new_organisation, "org-name": new_name},
        ),
        Target(
            "newcomer",
            "POST",
            reverse("portal:actor_add"),
            {
                "choice-choice": "join",
                "join-actor": site.other_actor.pk,
                "join-message": "Jeg jobber der.",
            },
        ),
        Target(
            "newcomer",
            "POST",
            reverse("portal:account"),
            {"full_name": "Kari Nordmann", "language": "en"},
        ),
        Target("newcomer", "POST", reverse("portal:account_delete"), {"password": PASSWORD}),
    ]


def admin_targets(site, change_form_data):
    offers = reverse("admin:offers_offer_changelist")
    return [
        Target(
            "moderator",
            "GET",
            offers,
            {
                "q": None,
                "status__exact": None,
                "change": None,
                "freshness": None,
                "focus_areas__id__exact": None,
                "target_groups__id__exact": None,
                "actor__kind__exact": None,
                "languages__id__exact": None,
                "o": None,
                "p": None,
                "all": None,
            },
        ),
        Target(
            "moderator",
            "GET",
            reverse("admin:actors_actor_changelist"),
            {"q": None, "is_approved__exact": None, "kind__exact": None, "o": None, "p": None},
        ),
        Target(
            "moderator",
            "GET",
            reverse("admin:autocomplete"),
            {
                "app_label": "offers",
                "model_name": "offer",
                "field_name": "actor",
                "term": "ski",
                "page": None,
            },
        ),
        Target(
            "moderator",
            "POST",
            offers,
            {
                "action": "reject_selected",
                "_selected_action": [site.pending.pk],
                "confirm": "1",
                "reason": "Skriv mer om hvem det passer for.",
            },
        ),
        Target(
            "moderator",
            "POST",
            reverse("admin:offers_offer_change", args=[site.offer.pk]),
            change_form_data,
        ),
    ]


class Visitors:
    """The clients the targets are sent from, by Target.who."""

    def __init__(self, site):
        self.site = site
        self.clients = {}

    def logged_in(self, user):
        client = Client()
        client.force_login(user)
        return client

    def open(self, target):
        """The client to send `target` from, and the path to send it to."""
        who = target.who
        if who == "anonymous":
            # A fresh one each time: a login that works must not change the next request.
            return Client(), target.path
        if who == "newcomer":
            # Someone new, verified, in no organisation: password changes and deletions each
            # get their own.
            return self.logged_in(make_user(email=new_address())), target.path
        if who == "reset":
            # The e-mailed reset link puts its token in the session and redirects to the form.
            user = make_user(email=new_address())
            client = Client()
            uid = urlsafe_base64_encode(force_bytes(user.pk))
            token = default_token_generator.make_token(user)
            response = client.get(reverse("password_reset_confirm", args=[uid, token]))
            assert response.status_code == 302
            return client, response.url
        if who not in self.clients:
            self.clients[who] = self.logged_in(getattr(self.site, who))
        return self.clients[who], target.path


def query(data):
    return "&".join(
        f"{encode(name)}={encode(value)}" for name, values in data.items() for value in values
    )


def send(visitors, target, overrides=None, *, twice=False, drop=(), token=None, expect=None):
    """Send `target` its valid parameters, with `overrides` ({name: [values]}) in place of
    theirs (after them if `twice`) and those in `drop` left out, and `token` in the path.
    The answer must be below 500; a 400 where anything holds NUL; `expect` where given."""
    cache.clear()
    AccessAttempt.objects.all().delete()
    data = {name: values for name, values in target.valid().items() if name not in drop}
    for name, values in (overrides or {}).items():
        data[name] = [*data.get(name, ["1"]), *values] if twice else values
    client, path = visitors.open(target)
    if token is not None:
        path = path.replace("TOKEN", encode(token))
    body = query(data)
    request = f"{target.who}: {target.method} {path} {body[:500]!r}"
    try:
        if target.method == "GET":
            separator = "&" if "?" in path else "?"
            response = client.get(f"{path}{separator}{body}" if body else path)
        else:
            response = client.post(path, body, content_type="application/x-www-form-urlencoded")
    except Exception as error:
        # The test client re-raises what would have been a 500.
        raise AssertionError(f"500 for {request}") from error
    sent = [*data, *itertools.chain.from_iterable(data.values())]
    if any(has_nul(text) for text in sent) or (token is not None and has_nul(token)):
        expect = 400
    assert response.status_code < 500, request
    if expect is not None:
        assert response.status_code == expect, request
    return response


# The fixed corpus. Row r gives the i-th parameter corpus value r + i, so len(REACHING)
# requests bring every value to every parameter, each request with a different value in each.
# NUL goes to one parameter at a time.


def rows(names, values=REACHING):
    for row in range(len(values)):
        yield {name: [values[(row + i) % len(values)]] for i, name in enumerate(names)}


def send_corpus(visitors, target):
    """Every corpus value in every parameter of `target`; every parameter twice (after its valid
    value); every value at once in a parameter no page reads, and as parameter names; NUL in
    each parameter and as a name."""
    names = list(target.fields)
    if names:
        for overrides in rows(names):
            send(visitors, target, overrides)
        for overrides in rows(names, REACHING[::4]):
            send(visitors, target, overrides, twice=True)
    send(visitors, target, {UNKNOWN: REACHING})
    send(visitors, target, {value: ["1"] for value in REACHING})
    for name in [*names, UNKNOWN]:
        for value in NULS:
            send(visitors, target, {name: [value]})
    for value in NULS:
        send(visitors, target, {value: ["1"]})


# The world the requests act on ---------------------------------------------------------------


@pytest.fixture
def site(db):
    actor = make_actor(name="Narvik Skiklubb", slug="narvik-skiklubb")
    other_actor = make_actor(name="Ofoten Roklubb", slug="ofoten-roklubb")
    admin = make_member(actor, role=Membership.Role.ADMIN, email="leder@ski.example")
    member = make_member(actor, email="medlem@ski.example")
    start = timezone.now() + timedelta(days=30)
    offer = make_offer(
        actor=actor,
        title="Skiskole for nybegynnere",
        title_en="Ski school for beginners",
        slug="skiskole",
        focus=("leisure",),
        groups=("labour-europe",),
        languages=("nb", "en"),
        starts_at=start,
        ends_at=start + timedelta(hours=2),
    )
    make_offer(actor=other_actor, title="Språkkafé", slug="sprakkafe", languages=("nb",))
    invitation = services.invite(
        actor=actor, email="invitert@example.org", role=Membership.Role.MEMBER, by=admin
    )
    unverified = make_user(email="ny@example.org", email_verified_at=None)
    return SimpleNamespace(
        actor=actor,
        other_actor=other_actor,
        admin=admin,
        member=member,
        membership=Membership.objects.get(user=member, actor=actor),
        moderator=make_moderator(email="kontoret@example.org"),
        offer=offer,
        draft=make_offer(actor=actor, status=Offer.Status.DRAFT, title="Utkast"),
        pending=make_offer(actor=actor, status=Offer.Status.PENDING, title="Til vurdering"),
        group=offer.target_groups.get(),
        confirm_token=freshness.confirm_token(offer),
        invitation_token=tokens.make_invitation_token(invitation),
        verify_token=tokens.make_verification_token(unverified),
    )


@pytest.fixture
def visitors(site):
    return Visitors(site)


@pytest.fixture
def change_form_data(site, visitors):
    client, _path = visitors.open(Target("moderator", "GET", ""))
    url = reverse("admin:offers_offer_change", args=[site.offer.pk])
    return admin_form_data(client.get(url))


# The fixed corpus ----------------------------------------------------------------------------


@pytest.mark.parametrize("language", LANGUAGES)
def test_public_pages_survive_the_corpus(site, visitors, language):
    with translation.override(language):
        targets = public_targets(site)
    for target in targets:
        send_corpus(visitors, target)


@pytest.mark.parametrize("language", LANGUAGES)
def test_search_survives_each_corpus_value_alone(site, visitors, language):
    """The search runs only when every other filter is valid, so `q` gets each value alone;
    longer than the search box allows is a 400."""
    with translation.override(language):
        paths = [reverse("offers:list"), reverse("offers:feed"), reverse("offers:calendar")]
    for path in paths:
        for value in SEARCH_CORPUS:
            expect = 400 if len(value.strip()) > MAX_QUERY_LENGTH else None
            send(visitors, Target("anonymous", "GET", path), {"q": [value]}, expect=expect)


def test_token_pages_survive_the_corpus(site, visitors):
    for target in token_targets():
        for value in CORPUS:
            send(visitors, target, token=value)


def test_forms_survive_the_corpus(site, visitors):
    with translation.override("nb"):
        targets = form_targets(site)
    for target in targets:
        send_corpus(visitors, target)


def test_the_admin_survives_the_corpus(site, visitors, change_form_data):
    for target in admin_targets(site, change_form_data):
        send_corpus(visitors, target)
    # The admin's searches, each value alone.
    lists = [reverse("admin:offers_offer_changelist"), reverse("admin:actors_actor_changelist")]
    for path in lists:
        for value in CORPUS:
            send(visitors, Target("moderator", "GET", path), {"q": [value]})


def test_stored_corpus_values_render_on_every_page(site, visitors):
    """What organisations typed, shown on the public pages, in the feed, the calendar and the
    admin's lists."""
    for number, value in enumerate(REACHING):
        if isinstance(value, Raw) or not value.strip():
            continue
        actor = make_actor(name=value[:200], address=value[:300])
        make_offer(
            actor=actor,
            title=value[:200],
            title_en=value[:200],
            summary_nb=value[:300],
            summary_en=value[:300],
            # Text in the other languages too: half the offers in uk and lt, half in pl and ar.
            **{f"title_{code}": value[:200] for code in MORE_LANGUAGES[number % 2 :: 2]},
            **{f"summary_{code}": value[:300] for code in MORE_LANGUAGES[number % 2 :: 2]},
            description_nb=value,
            place=value[:200],
            price_nb=value[:200],
            signup_url="https://example.org/",
            slug=f"fuzz-{number}",
            starts_at=timezone.now() + timedelta(days=number + 1),
        )
    stored = Offer.objects.filter(slug__startswith="fuzz-").select_related("actor")
    targets = []
    for language in LANGUAGES:
        with translation.override(language):
            targets += [target for target in public_targets(site) if target.who == "anonymous"]
    for number, offer in enumerate(stored):
        # Each offer's own pages in one language, the languages taking turns.
        with translation.override(LANGUAGES[number % len(LANGUAGES)]):
            targets += [
                Target("anonymous", "GET", reverse("offers:detail", args=[offer.slug])),
                Target("anonymous", "GET", reverse("offers:event", args=[offer.slug])),
                Target("anonymous", "GET", reverse("actors:detail", args=[offer.actor.slug])),
            ]
    for target in targets:
        response = send(visitors, target)
        assert response.status_code in (200, 302), target
        if "page" in target.fields:
            send(visitors, target, {"page": ["2"]}, expect=200)
    for path in [
        reverse("admin:offers_offer_changelist"),
        reverse("admin:actors_actor_changelist"),
    ]:
        send(visitors, Target("moderator", "GET", path), expect=200)


# Hypothesis ----------------------------------------------------------------------------------

# What a hostile parameter holds: a corpus value, any Unicode text (NUL included), the
# metacharacters mixed, numbers, dates and times of any size, or bytes that need not be UTF-8.
hostile = st.one_of(
    st.sampled_from(CORPUS),
    st.text(max_size=30),
    st.text(alphabet="'\";-&|!:*()<>\\%_ \u202e\u200b\x00åé", max_size=20),
    st.builds(str.__add__, st.sampled_from(CORPUS), st.text(max_size=5)),
    st.integers(min_value=-(2**70), max_value=2**70).map(str),
    st.floats().map(str),
    st.dates().map(lambda day: day.isoformat()),
    st.datetimes().map(lambda moment: moment.strftime("%Y-%m-%dT%H:%M")),
    st.binary(min_size=1, max_size=8).map(lambda data: Raw("".join(f"%{b:02x}" for b in data))),
)


@st.composite
def fuzzed(draw, target):
    """Hostile values for one to three of `target`'s parameters (one to three values each),
    perhaps after the valid ones, perhaps a hostile parameter name, perhaps parameters left
    out."""
    names = [*target.fields, UNKNOWN]
    chosen = draw(st.lists(st.sampled_from(names), min_size=1, max_size=3, unique=True))
    overrides = {name: draw(st.lists(hostile, min_size=1, max_size=3)) for name in chosen}
    if draw(st.integers(0, 9)) == 0:
        overrides[draw(hostile)] = [draw(hostile)]
    drop = draw(st.lists(st.sampled_from(names), max_size=2)) if draw(st.booleans()) else []
    return {"overrides": overrides, "twice": draw(st.booleans()), "drop": drop}


FUZZ = settings(
    deadline=None,
    # Nothing is written into the checkout; a failure prints the decorator that replays it.
    database=None,
    print_blob=True,
    # The same examples every run, so CI's verdict is about the code, not the dice. To explore
    # new input locally: FUZZ_EXPLORE=1 python3 tasks.py test tests/test_fuzz.py
    derandomize=not os.environ.get("FUZZ_EXPLORE"),
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


@settings(FUZZ, max_examples=250)
@given(data=st.data())
def test_public_pages_never_fail(site, visitors, data):
    language = data.draw(st.sampled_from(LANGUAGES))
    with translation.override(language):
        target = data.draw(st.sampled_from(public_targets(site)))
    send(visitors, target, **data.draw(fuzzed(target)))


@settings(FUZZ, max_examples=60)
@given(data=st.data())
def test_token_pages_never_fail(site, visitors, data):
    language = data.draw(st.sampled_from(LANGUAGES))
    with translation.override(language):
        target = data.draw(st.sampled_from(token_targets()))
    send(visitors, target, token=data.draw(hostile))


@settings(FUZZ, max_examples=150)
@given(data=st.data())
def test_forms_never_fail(site, visitors, data):
    language = data.draw(st.sampled_from(LANGUAGES))
    with translation.override(language):
        target = data.draw(st.sampled_from(form_targets(site)))
    send(visitors, target, **data.draw(fuzzed(target)))


@settings(FUZZ, max_examples=60)
@given(data=st.data())
def test_the_admin_never_fails(site, visitors, change_form_data, data):
    target = data.draw(st.sampled_from(admin_targets(site, change_form_data)))
    send(visitors, target, **data.draw(fuzzed(target)))
