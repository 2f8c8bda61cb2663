"""Realistic data for the benchmark: organisations and offers of real length, in bokmål and
English, tagged from the seeded taxonomy, some of them not public. bulk_create throughout (no
signals), so 100,000 offers load in a few minutes; the public version is raised afterwards so no
cached page survives.

The text is drawn from a few hundred real words each language (weighted, as words are), so a
search has the spread of matches real text gives. Two words are planted at a known rate, so the
benchmark's searches match a known share: `BROAD` (~20 % of offers) and `NARROW` (~0.5 %).
"""

import random
from datetime import timedelta

from django.db import transaction
from django.utils import timezone
from django.utils.text import slugify

from actors.models import Actor

from ..models import Feedback, FocusArea, Language, Offer, Segment, TargetGroup

ORGANISATIONS = 200
BROAD = {"nb": "kurs", "en": "course"}
BROAD_SHARE = 0.2
NARROW = {"nb": "svømmehall", "en": "swimming"}
NARROW_SHARE = 0.005
# Of all offers: the rest are published and current.
NON_PUBLIC = {"draft": 0.05, "pending": 0.02, "archived": 0.04, "expired": 0.04}
BATCH = 2000

WORDS = {
    "nb": """
    og i på for med til som av en et er det de du vi deg dere oss alle nye nytt nyttig gratis
    tilbud tilflyttere tilflytter innflyttere nykommere Narvik kommune byen sentrum bydel
    norsk norskopplæring språk språkkafé samtale samtalegruppe lære snakke skrive lese
    arbeid jobb jobbsøking arbeidsgiver arbeidsplass rekruttering karriere veiledning attest
    CV søknad intervju praksisplass lærling fagbrev utdanning universitet skole barnehage
    elever studenter ungdom barn familier foreldre voksne eldre pensjonister frivillige
    frivillighet lag forening klubb idrettslag fotball håndball ski skiløype alpint turlag
    fjell tur turer friluftsliv natur fjord havn jernbane malm Ofoten Bjerkvik Ballangen
    bolig leilighet utleie husleie bostøtte bank skatt skattekort folkeregister NAV helse
    fastlege tannlege legevakt helsestasjon bibliotek kulturhus konsert kino museum kafé
    middag matlaging felles kveld morgen helg uke måned høst vinter vår sommer semester
    tirsdag onsdag torsdag mandag fredag lørdag søndag klokka time timer hver annenhver
    møte møteplass treff åpen åpent hus velkommen informasjon hjelp råd svar spørsmål
    påmelding meld deg møt opp ta kontakt ring send e-post nettside skjema frist plass
    plasser begrenset antall deltakere gruppe grupper leder ledere instruktør frivillig
    samarbeid sammen nettverk venner bli kjent inkludering integrering deltakelse samfunn
    demokrati valg rettigheter plikter lover regler trafikk førerkort buss tog fly flyplass
    vær klær utstyr låne lån utlån sykkel ski skøyter hjelm kjøkken hage dugnad loppemarked
    """,
    "en": """
    and in on for with to as of a an is it they you we your all new useful free offer
    offers newcomers newcomer residents arrivals Narvik municipality town centre district
    Norwegian language languages café conversation group learn speak write read practice
    work job jobs employer workplace recruitment career guidance certificate application
    interview internship apprentice trade education university school kindergarten pupils
    students young people children families parents adults seniors pensioners volunteers
    volunteering club association team football handball skiing trail alpine hiking
    mountain trips outdoor nature fjord harbour railway ore Ofoten Bjerkvik Ballangen
    housing flat rent rental allowance bank tax card registry welfare health doctor
    dentist emergency clinic library culture house concert cinema museum coffee dinner
    cooking together evening morning weekend week month autumn winter spring summer term
    Tuesday Wednesday Thursday Monday Friday Saturday Sunday hour hours every other
    meeting place meetup open house welcome information help advice answers questions
    registration sign up show come contact call email website form deadline places seats
    limited number participants groups leader leaders instructor volunteer cooperation
    network friends get to know inclusion integration participation society democracy
    election rights duties laws rules traffic licence bus train flight airport weather
    clothes equipment borrow loan lending bike skates helmet kitchen garden market
    """,
}

ACTOR_WORDS = [
    "Narvik",
    "Ofoten",
    "Bjerkvik",
    "Ballangen",
    "Beisfjord",
    "Ankenes",
    "Håkvik",
    "Fagernes",
]
ACTOR_KINDS = [
    ("municipality", "kommune – {}"),
    ("public-agency", "{} karrieresenter"),
    ("education", "{} voksenopplæring"),
    ("business", "{} Industri AS"),
    ("voluntary", "{} idrettslag"),
    ("voluntary", "{} frivilligsentral"),
    ("voluntary", "{} turlag"),
]


def _vocabulary(language):
    words = WORDS[language].split()
    # Zipf-like weights: a few words common, most rare, as in real text.
    return words, [1 / (rank + 1) ** 0.9 for rank in range(len(words))]


class Text:
    def __init__(self, rng, language):
        self.rng = rng
        self.words, self.weights = _vocabulary(language)

    def words_(self, low, high):
        return self.rng.choices(self.words, self.weights, k=self.rng.randint(low, high))

    def sentence(self, low=6, high=16):
        words = self.words_(low, high)
        return " ".join(words).capitalize() + "."

    def title(self, planted=()):
        words = self.words_(3, 8)
        for word in planted:
            words.insert(self.rng.randrange(len(words) + 1), word)
        return " ".join(words).capitalize()[:200]

    def summary(self, planted=()):
        # One or two sentences, 90 to 300 characters, as a list card shows.
        text = self.sentence()
        while len(text) < 90 or (len(text) < 160 and self.rng.random() < 0.5):
            text = f"{text} {self.sentence()}"
        if planted:
            text = " ".join(planted).capitalize() + ". " + text
        return text[:300].rsplit(" ", 1)[0] if len(text) > 300 else text

    def description(self):
        paragraphs = []
        for _ in range(self.rng.randint(1, 4)):
            paragraphs.append(" ".join(self.sentence() for _ in range(self.rng.randint(2, 6))))
        return "\n\n".join(paragraphs)


def _planted(rng):
    planted = []
    if rng.random() < BROAD_SHARE:
        planted.append("broad")
    if rng.random() < NARROW_SHARE:
        planted.append("narrow")
    return planted


def _status(rng):
    draw = rng.random()
    for status, share in NON_PUBLIC.items():
        if draw < share:
            return status
        draw -= share
    return "published"


def make_organisations(rng, count):
    actors = []
    for number in range(1, count + 1):
        kind, pattern = ACTOR_KINDS[number % len(ACTOR_KINDS)]
        name = f"{pattern.format(rng.choice(ACTOR_WORDS))} {number}"
        nb, en = Text(rng, "nb"), Text(rng, "en")
        actors.append(
            Actor(
                name=name,
                slug=f"{slugify(name)}-bench",
                kind=kind,
                description_nb=" ".join(nb.sentence() for _ in range(3)),
                description_en=" ".join(en.sentence() for _ in range(3)),
                website=f"https://example.org/{number}",
                email=f"post{number}@example.org",
                is_approved=True,
            )
        )
    return Actor.objects.bulk_create(actors, batch_size=BATCH)


def _tags(rng, terms, weights=None):
    k = rng.randint(1, min(3, len(terms)))
    return rng.sample(terms, k) if weights is None else _weighted(rng, terms, weights, k)


def _weighted(rng, terms, weights, k):
    chosen = []
    while len(chosen) < k:
        term = rng.choices(terms, weights)[0]
        if term not in chosen:
            chosen.append(term)
    return chosen


def _offer(rng, number, actor, today, now):
    nb, en = Text(rng, "nb"), Text(rng, "en")
    planted = _planted(rng)
    nb_words = [BROAD["nb"] if p == "broad" else NARROW["nb"] for p in planted]
    en_words = [BROAD["en"] if p == "broad" else NARROW["en"] for p in planted]
    title_nb = nb.title(nb_words[:1])
    status = _status(rng)
    offer = Offer(
        actor=actor,
        slug=f"{slugify(title_nb)[:60].strip('-')}-{number}",
        title_nb=title_nb,
        summary_nb=nb.summary(nb_words[1:]),
        description_nb=nb.description(),
        is_free=rng.random() < 0.6,
        place=f"{rng.choice(ACTOR_WORDS)} {rng.choice(['bibliotek', 'kulturhus', 'skole'])}",
        schedule=rng.choice(["Tirsdager 18–20", "Hver onsdag", "Etter avtale", ""]),
        status="published" if status == "expired" else status,
        published_at=now - timedelta(days=rng.randint(0, 700)) if status != "draft" else None,
        last_confirmed_at=now - timedelta(days=rng.randint(0, 180)),
    )
    if status == "expired":
        offer.valid_until = today - timedelta(days=rng.randint(1, 365))
    elif rng.random() < 0.3:
        offer.valid_until = today + timedelta(days=rng.randint(1, 365))
    if rng.random() < 0.25:
        offer.starts_at = now + timedelta(days=rng.randint(-20, 150), hours=rng.randint(0, 12))
        offer.ends_at = offer.starts_at + timedelta(hours=2)
    # Most offers are written in English too; the others fall back to the Norwegian.
    if rng.random() < 0.85:
        offer.title_en = en.title(en_words[:1])
        offer.summary_en = en.summary(en_words[1:])
        offer.description_en = en.description()
    return offer


@transaction.atomic
def generate(offers, *, organisations=ORGANISATIONS, seed=13, progress=None):
    """Make `organisations` approved organisations and `offers` offers; return a summary.

    Called again, it adds `offers` more to the organisations made the first time (with
    `organisations=0`), so a run over several sizes grows one database."""
    first = Offer.objects.count() + 1
    rng = random.Random(seed + first)
    today, now = timezone.localdate(), timezone.now()
    if organisations:
        actors = make_organisations(rng, organisations)
    else:
        actors = list(Actor.objects.filter(slug__endswith="-bench").order_by("pk"))
    # Some organisations run many offers, most a few (as in the demo data).
    actor_weights = [1 / (rank + 1) ** 0.8 for rank in range(len(actors))]
    facets = {
        "focus_areas": list(FocusArea.objects.values_list("pk", flat=True)),
        "target_groups": list(TargetGroup.objects.values_list("pk", flat=True)),
        "segments": list(Segment.objects.values_list("pk", flat=True)),
        "languages": list(Language.objects.order_by("order").values_list("pk", flat=True)),
    }
    # Most offers are given in Norwegian and English; a few in the other languages.
    language_weights = [8, 6] + [1] * (len(facets["languages"]) - 2)
    made = 0
    while made < offers:
        size = min(BATCH, offers - made)
        chosen = rng.choices(actors, actor_weights, k=size)
        batch = [_offer(rng, first + made + i, actor, today, now) for i, actor in enumerate(chosen)]
        batch = Offer.objects.bulk_create(batch, batch_size=BATCH)
        for field, terms in facets.items():
            relation = getattr(Offer, field)
            through = relation.through
            own, other = relation.field.m2m_field_name(), relation.field.m2m_reverse_field_name()
            weights = language_weights if field == "languages" else None
            rows = [
                through(**{f"{own}_id": offer.pk, f"{other}_id": term})
                for offer in batch
                for term in _tags(rng, terms, weights=weights)
            ]
            through.objects.bulk_create(rows, batch_size=BATCH * 3)
        _feedback(rng, batch)
        made += size
        if progress:
            progress(made, offers)
    _new_public_version()
    return summary()


def _feedback(rng, offers):
    rows = []
    for offer in offers:
        if offer.status == "published" and rng.random() < 0.1:
            for _ in range(rng.randint(1, 5)):
                rows.append(
                    Feedback(
                        offer=offer,
                        used=rng.choice(["yes", "yes", "tried", "no"]),
                        quality=rng.randint(2, 5),
                        ease=rng.randint(1, 5),
                        language=rng.choice(["nb", "en"]),
                    )
                )
    Feedback.objects.bulk_create(rows, batch_size=BATCH)


def _new_public_version():
    from .. import models

    public_version = getattr(models, "PublicVersion", None)
    if public_version is not None:
        public_version.raise_()


def summary():
    """What is in the database now: counts, as the report and the tests read them."""
    public = Offer.objects.public()
    return {
        "offers": Offer.objects.count(),
        "public": public.count(),
        "organisations": Actor.objects.public().count(),
        "broad_share": round(
            public.filter(title_nb__icontains=BROAD["nb"]).count() / max(public.count(), 1), 3
        ),
    }
