import hashlib
import time

from django.conf import settings
from django.core.cache import cache
from django.db import models, transaction
from django.db.models import F, Q
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from modeltranslation.utils import build_localized_fieldname

from actors.models import Actor
from narvik_tilflytter.languages import shown_language
from narvik_tilflytter.validators import validate_date_in_range

from .freshness import FreshnessQuerySet


class Taxonomy(models.Model):
    """A term newcomers filter by. The slug is the stable key in URLs and code."""

    slug = models.SlugField(_("slug"), max_length=50, unique=True)
    name = models.CharField(_("name"), max_length=100)
    order = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        abstract = True
        ordering = ["order", "slug"]

    def __str__(self):
        # What forms and filters show; the admin lists `name` beside it (offers/admin.py).
        return self.public_name

    @property
    def public_name(self):
        """What the public pages call the term; `name` is the programme's term."""
        return self.name


class FocusArea(Taxonomy):
    """A topic. `name` is the programme's term (the admin's); newcomers read `plain_name` and
    `explanation`, in plain words (offers/taxonomy.py)."""

    plain_name = models.CharField(
        _("name on the public pages"),
        max_length=100,
        default="",
        help_text=_("Everyday words a newcomer understands. The admin keeps the name above."),
    )
    explanation = models.CharField(
        _("explanation"),
        max_length=200,
        default="",
        help_text=_("One short line under the topic on the home page."),
    )

    class Meta(Taxonomy.Meta):
        verbose_name = _("focus area")
        verbose_name_plural = _("focus areas")

    @property
    def public_name(self):
        # An empty English plain name reads the English programme name, not the Norwegian
        # plain one (modeltranslation's fallback would give that).
        return _own_language(self, "plain_name") or self.name

    @property
    def public_explanation(self):
        """The explanation in the page's language only: no Norwegian line on an English page."""
        return _own_language(self, "explanation")


def _own_language(term, field):
    return getattr(term, build_localized_fieldname(field, translation.get_language() or ""), "")


class TargetGroup(Taxonomy):
    class Meta(Taxonomy.Meta):
        verbose_name = _("target group")
        verbose_name_plural = _("target groups")


class Segment(Taxonomy):
    class Meta(Taxonomy.Meta):
        verbose_name = _("segment")
        verbose_name_plural = _("segments")


class Language(models.Model):
    """A language an offer is given in, by its ISO 639 code."""

    code = models.SlugField(_("code"), max_length=10, unique=True)
    name = models.CharField(_("name"), max_length=100)
    order = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        verbose_name = _("language")
        verbose_name_plural = _("languages")
        ordering = ["order", "code"]

    def __str__(self):
        return self.name

    @property
    def public_name(self):
        return self.name

    @property
    def name_in_text(self):
        """The name inside a sentence or a list: bokmål writes language names in lower case
        ("norsk, engelsk"), English with a capital ("Norwegian, English")."""
        if translation.get_language() == "nb":
            return self.name.lower()
        return self.name


class OfferQuerySet(FreshnessQuerySet):
    def public(self):
        """The one rule for what the public may see.

        Published, inside its validity period, and run by an approved organisation.
        """
        today = timezone.localdate()
        return self.filter(
            Q(valid_until__isnull=True) | Q(valid_until__gte=today),
            Q(valid_from__isnull=True) | Q(valid_from__lte=today),
            status=Offer.Status.PUBLISHED,
            actor__is_approved=True,
        )

    def with_cards(self, tags=("focus_areas", "languages")):
        """What an offer card shows (its organisation; its topics and languages, or the `tags`
        asked for), fetched in two queries: the offers, and all their tags in one
        (offers.terms.attach_tags, naming the cached taxonomy)."""
        clone = self.select_related("actor")
        clone._card_tags = tuple(tags)
        return clone

    def _clone(self):
        clone = super()._clone()
        clone._card_tags = getattr(self, "_card_tags", ())
        return clone

    def _fetch_all(self):
        done = self._result_cache is not None
        super()._fetch_all()
        if not done and getattr(self, "_card_tags", ()):
            from .terms import attach_tags

            attach_tags(self._result_cache, self._card_tags)


def with_public_offer_counts(queryset):
    """Taxonomy terms or organisations (any model offers point at as `offers`), each annotated
    with `offer_count`: how many offers the public may see (`Offer.objects.public()`) it has."""
    public = Offer.objects.public().values("pk")
    return queryset.annotate(offer_count=models.Count("offers", filter=Q(offers__pk__in=public)))


class Offer(models.Model):
    class Status(models.TextChoices):
        DRAFT = "draft", _("Draft")
        PENDING = "pending", _("Waiting for review")
        PUBLISHED = "published", _("Published")
        REJECTED = "rejected", _("Rejected")
        ARCHIVED = "archived", _("Archived")

    actor = models.ForeignKey(
        Actor, on_delete=models.PROTECT, related_name="offers", verbose_name=_("organisation")
    )
    slug = models.SlugField(_("slug"), max_length=200, unique=True)
    title = models.CharField(_("title"), max_length=200)
    summary = models.CharField(
        _("summary"), max_length=300, help_text=_("One or two sentences shown in lists.")
    )
    description = models.TextField(_("description"), blank=True)

    focus_areas = models.ManyToManyField(
        FocusArea, related_name="offers", verbose_name=_("focus areas")
    )
    target_groups = models.ManyToManyField(
        TargetGroup, related_name="offers", blank=True, verbose_name=_("target groups")
    )
    segments = models.ManyToManyField(
        Segment, related_name="offers", blank=True, verbose_name=_("segments")
    )
    languages = models.ManyToManyField(
        Language, related_name="offers", verbose_name=_("languages the offer is given in")
    )

    is_free = models.BooleanField(_("free"), default=False)
    price = models.CharField(
        _("price"), max_length=200, blank=True, help_text=_("For example “200 kr per semester”.")
    )
    place = models.CharField(_("place"), max_length=200, blank=True)
    address = models.CharField(_("address"), max_length=300, blank=True)
    schedule = models.CharField(
        _("when"),
        max_length=300,
        blank=True,
        help_text=_("For example “Tuesdays 18–20, September to May”."),
    )
    starts_at = models.DateTimeField(
        _("starts"), null=True, blank=True, validators=[validate_date_in_range]
    )
    ends_at = models.DateTimeField(
        _("ends"), null=True, blank=True, validators=[validate_date_in_range]
    )

    signup_url = models.URLField(_("sign-up page"), blank=True)
    signup_email = models.EmailField(_("sign-up e-mail"), blank=True)
    signup_phone = models.CharField(_("sign-up phone"), max_length=40, blank=True)

    valid_from = models.DateField(
        _("valid from"), null=True, blank=True, validators=[validate_date_in_range]
    )
    valid_until = models.DateField(
        _("valid until"),
        null=True,
        blank=True,
        help_text=_("The offer leaves the public pages by itself after this day."),
        validators=[validate_date_in_range],
    )
    status = models.CharField(
        _("status"), max_length=20, choices=Status.choices, default=Status.DRAFT, db_index=True
    )
    published_at = models.DateTimeField(_("first published"), null=True, blank=True)
    last_confirmed_at = models.DateTimeField(
        _("last confirmed"),
        null=True,
        blank=True,
        help_text=_("When the organisation last said the offer is current."),
    )
    translated_from = models.JSONField(
        _("Norwegian text each translation was written from"),
        default=dict,
        blank=True,
        editable=False,
        help_text=_(
            "For each language: a fingerprint of the Norwegian text when that language's text "
            "was last written."
        ),
    )
    expiry_reminder_for = models.DateField(
        _("expiry reminder sent for"), null=True, blank=True, editable=False
    )
    confirmation_requested_at = models.DateTimeField(
        _("last asked whether still current"), null=True, blank=True, editable=False
    )
    change_of = models.OneToOneField(
        "self",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="pending_change",
        verbose_name=_("change to"),
        help_text=_(
            "A change to a published offer waits here for review; the published offer stays "
            "as it is until the change is approved."
        ),
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    objects = OfferQuerySet.as_manager()

    # What an organisation writes, listed once: translated with django-modeltranslation
    # (offers/translation.py), grouped by language in the form, read from the demo data, and
    # fingerprinted to tell whether each translation still matches the Norwegian. With the plain
    # fields and the tags, it is what offers.changes copies between an offer and its change.
    TRANSLATED_FIELDS = ("title", "summary", "description", "price", "schedule")
    PLAIN_FIELDS = (
        "is_free",
        "place",
        "address",
        "starts_at",
        "ends_at",
        "signup_url",
        "signup_email",
        "signup_phone",
        "valid_from",
        "valid_until",
    )
    TAG_FIELDS = ("focus_areas", "target_groups", "segments", "languages")
    # Not written by the organisation, but part of the text's state: travels with the content.
    DERIVED_FIELDS = ("translated_from",)

    class Meta:
        verbose_name = _("offer")
        verbose_name_plural = _("offers")
        ordering = ["-published_at", "-created_at"]
        indexes = [
            # The public lists' order (the list, home, the feed), over published offers only:
            # the newest page is read from the index instead of sorting every offer.
            models.Index(
                F("published_at").desc(),
                F("created_at").desc(),
                "id",
                condition=Q(status="published"),
                name="offer_public_order",
            ),
        ]
        constraints = [
            models.CheckConstraint(
                condition=Q(ends_at__isnull=True)
                | Q(starts_at__isnull=False, ends_at__gte=models.F("starts_at")),
                name="offer_ends_after_start",
                violation_error_message=_("The end must be after the start."),
            ),
        ]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("offers:detail", kwargs={"slug": self.slug})

    @property
    def is_change(self):
        return self.change_of_id is not None

    def live_offer(self):
        """The offer this row belongs to: itself, or the published offer it is a change of."""
        return self.change_of if self.is_change else self

    def rejection_reason(self):
        event = (
            self.live_offer()
            .events.filter(to_status=self.Status.REJECTED, is_change=self.is_change)
            .first()
        )
        return event.note if event else ""

    def norwegian_fingerprint(self):
        text = "\n".join(getattr(self, f"{field}_nb") or "" for field in self.TRANSLATED_FIELDS)
        return hashlib.sha256(text.encode()).hexdigest()

    def note_translation(self, changed_fields):
        """After an edit: each language whose text was written now matches the Norwegian text."""
        written = {
            language
            for language in translations()
            if any(
                name == f"{field}_{language}"
                for field in self.TRANSLATED_FIELDS
                for name in changed_fields
            )
        }
        if written:
            fingerprint = self.norwegian_fingerprint()
            self.translated_from = {**self.translated_from, **dict.fromkeys(written, fingerprint)}

    def translation_may_be_outdated(self, language=None):
        """The Norwegian text changed after this language's text was written (and it did not)."""
        language = language or translation.get_language() or settings.LANGUAGE_CODE
        if language not in translations():
            return False
        written = any(getattr(self, f"{field}_{language}", "") for field in self.TRANSLATED_FIELDS)
        source = self.translated_from.get(language)
        return written and bool(source) and source != self.norwegian_fingerprint()

    def shown_translation_may_be_outdated(self):
        """What the page shows may be out of date: its own language's text, or the English
        that stands in for it."""
        languages = {translation.get_language(), *self.fallback_parts().values()} - {"nb"}
        return any(self.translation_may_be_outdated(code) for code in languages if code)

    def fallback_parts(self):
        """The translated parts shown in another language than the page's, and in which.

        The one rule for the translation notices: a part falls back when its text in the active
        language is empty and the next language of the chain (English, then Norwegian:
        settings.MODELTRANSLATION_FALLBACK_LANGUAGES) has it. Templates mark exactly these parts
        with that `lang` and name them in the notice. A mapping part -> language code."""
        language = translation.get_language() or settings.LANGUAGE_CODE
        if language == settings.MODELTRANSLATION_DEFAULT_LANGUAGE:
            return {}
        parts = {field: shown_language(self, field) for field in self.TRANSLATED_FIELDS}
        return {field: code for field, code in parts.items() if code not in (None, language)}

    def parts_only_in_norwegian(self):
        """The parts shown in Norwegian because neither the page's language nor English has them."""
        return tuple(field for field, code in self.fallback_parts().items() if code == "nb")

    def missing_translation(self):
        """True when the page shows some text in another language because its own has none."""
        return bool(self.fallback_parts())

    def only_in_norwegian(self):
        """True when every part that has text is shown in Norwegian: nothing is translated."""
        parts = self.parts_only_in_norwegian()
        written = [field for field in self.TRANSLATED_FIELDS if getattr(self, f"{field}_nb")]
        return bool(parts) and len(parts) == len(written)

    def only_in_norwegian_and_english(self):
        """True when every part is shown in English or Norwegian, and some in English: nothing
        is in the page's language (not English) but some of it is in English."""
        parts = self.fallback_parts()
        written = [field for field in self.TRANSLATED_FIELDS if getattr(self, f"{field}_nb")]
        return "en" in parts.values() and len(parts) == len(written)


def translations():
    """The languages an organisation may translate its texts into: every one but Norwegian."""
    return [
        code
        for code in settings.MODELTRANSLATION_LANGUAGES
        if code != settings.MODELTRANSLATION_DEFAULT_LANGUAGE
    ]


class ModerationEvent(models.Model):
    """One move in an offer's life: who, when, from which status to which, and why."""

    offer = models.ForeignKey(
        Offer, on_delete=models.CASCADE, related_name="events", verbose_name=_("offer")
    )
    is_change = models.BooleanField(
        _("about a change"),
        default=False,
        help_text=_("The move concerned a change to the published offer, not the offer itself."),
    )
    by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("by"),
    )
    at = models.DateTimeField(_("when"), default=timezone.now, db_index=True)
    from_status = models.CharField(_("from"), max_length=20, choices=Offer.Status.choices)
    to_status = models.CharField(_("to"), max_length=20, choices=Offer.Status.choices)
    note = models.TextField(_("note"), blank=True)

    class Meta:
        verbose_name = _("moderation event")
        verbose_name_plural = _("moderation history")
        ordering = ["-at", "-pk"]

    def __str__(self):
        return f"{self.offer}: {self.from_status} → {self.to_status}"


class Feedback(models.Model):
    """A newcomer's answer about one offer: anonymous by construction.

    Nothing here says who answered: no account, address, user agent, e-mail or session, and
    the day only, not the time. The ratings are kept as statistics; a comment shows on the
    offer's page only after the project office approves it, and the office may delete its text
    while the ratings stay."""

    class Used(models.TextChoices):
        YES = "yes", _("Yes, I used it")
        TRIED = "tried", _("I tried, but could not get in")
        NO = "no", _("No")

    class CommentStatus(models.TextChoices):
        NONE = "", _("No comment")
        PENDING = "pending", _("Waiting for review")
        APPROVED = "approved", _("Shown on the offer's page")
        HIDDEN = "hidden", _("Hidden")

    RATINGS = [(n, str(n)) for n in range(1, 6)]

    offer = models.ForeignKey(
        Offer, on_delete=models.CASCADE, related_name="feedback", verbose_name=_("offer")
    )
    used = models.CharField(_("used the offer"), max_length=10, choices=Used.choices)
    quality = models.PositiveSmallIntegerField(
        _("how good it was"), choices=RATINGS, null=True, blank=True
    )
    ease = models.PositiveSmallIntegerField(
        _("how easy to get in touch"), choices=RATINGS, null=True, blank=True
    )
    comment = models.TextField(_("comment"), max_length=1000, blank=True)
    comment_status = models.CharField(
        _("comment"),
        max_length=10,
        choices=CommentStatus.choices,
        default=CommentStatus.NONE,
        blank=True,
        db_index=True,
    )
    target_group = models.ForeignKey(
        TargetGroup,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="feedback",
        verbose_name=_("answered as (group)"),
    )
    segment = models.ForeignKey(
        Segment,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="feedback",
        verbose_name=_("answered as (segment)"),
    )
    language = models.CharField(_("page language"), max_length=10, choices=settings.LANGUAGES)
    created_on = models.DateField(_("date"), default=timezone.localdate, db_index=True)
    reply = models.TextField(
        _("the organisation's answer"),
        max_length=1000,
        blank=True,
        help_text=_("Shown under the comment on the offer's page."),
    )
    replied_on = models.DateField(_("answered"), null=True, blank=True)

    class Meta:
        verbose_name = _("feedback")
        # One word in English, two in bokmål (tilbakemelding, tilbakemeldinger).
        verbose_name_plural = pgettext_lazy("plural", "feedback")
        ordering = ["-created_on", "-pk"]
        constraints = [
            models.CheckConstraint(
                condition=Q(quality__isnull=True) | Q(quality__gte=1, quality__lte=5),
                name="feedback_quality_1_to_5",
            ),
            models.CheckConstraint(
                condition=Q(ease__isnull=True) | Q(ease__gte=1, ease__lte=5),
                name="feedback_ease_1_to_5",
            ),
        ]

    def __str__(self):
        return f"{self.offer} ({self.created_on})"

    def save(self, *args, **kwargs):
        if not self.comment.strip():
            self.comment = ""
            self.comment_status = self.CommentStatus.NONE
        elif not self.comment_status:
            self.comment_status = self.CommentStatus.PENDING
        super().save(*args, **kwargs)


class UnmetNeed(models.Model):
    """A newcomer's "I didn't find what I need": what they looked for, and for whom.

    No personal data: the text, the optional tags, the page's language and the day."""

    text = models.TextField(_("what they looked for"), max_length=1000)
    target_group = models.ForeignKey(
        TargetGroup,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="unmet_needs",
        verbose_name=_("target group"),
    )
    segment = models.ForeignKey(
        Segment,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="unmet_needs",
        verbose_name=_("segment"),
    )
    focus_area = models.ForeignKey(
        FocusArea,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="unmet_needs",
        verbose_name=_("focus area"),
    )
    offer_language = models.ForeignKey(
        Language,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="unmet_needs",
        verbose_name=_("language wanted"),
    )
    language = models.CharField(_("page language"), max_length=10, choices=settings.LANGUAGES)
    created_on = models.DateField(_("date"), default=timezone.localdate, db_index=True)
    is_handled = models.BooleanField(
        _("handled"), default=False, help_text=_("The project office has followed it up.")
    )

    class Meta:
        verbose_name = _("unmet need")
        verbose_name_plural = _("unmet needs")
        ordering = ["-created_on", "-pk"]

    def __str__(self):
        return self.text[:80]


class ZeroResultSearch(models.Model):
    """A search on the offer list that found nothing: the words and filters, not the person.

    `filters` holds the list's valid filters as {"focus": [slugs], "group": [...], "segment":
    [...], "language": [codes], "actor_kind": [...], "free": true}, each list sorted. The same
    search repeated within a few minutes is logged once (offers/needs.py)."""

    words = models.CharField(_("words"), max_length=200, blank=True)
    filters = models.JSONField(_("filters"), default=dict, blank=True)
    language = models.CharField(_("page language"), max_length=10, choices=settings.LANGUAGES)
    created_on = models.DateField(_("date"), default=timezone.localdate, db_index=True)

    class Meta:
        verbose_name = _("search without results")
        verbose_name_plural = _("searches without results")
        ordering = ["-created_on", "-pk"]

    def __str__(self):
        return self.words or "—"


class Subscription(models.Model):
    """An e-mail alert: new public offers for a list's filters, once a week (offers/alerts.py).

    Only what the alert needs (DESIGN.md: e-mail, filters, language, confirmed date): no name,
    no IP address, nothing about what was read or clicked. `filters` is the list's filters as
    offers/needs.py writes them, with the search words under "q" (normalised). `created_on`
    lets an address that never confirms be deleted after a week; `last_sent_at` is the
    high-water mark of the digests: offers published after it are new, so no offer is sent
    twice however often the command runs."""

    email = models.EmailField(_("e-mail address"))
    filters = models.JSONField(_("filters"), default=dict, blank=True)
    language = models.CharField(_("language"), max_length=10, choices=settings.LANGUAGES)
    created_on = models.DateField(_("asked for on"), default=timezone.localdate)
    confirmed_on = models.DateField(_("confirmed on"), null=True, blank=True)
    last_sent_at = models.DateTimeField(_("offers sent up to"), null=True, blank=True)

    class Meta:
        verbose_name = _("e-mail alert")
        verbose_name_plural = _("e-mail alerts")
        constraints = [
            models.UniqueConstraint(fields=["email", "filters"], name="one_alert_per_filters")
        ]

    def __str__(self):
        return self.email


class PublicVersion(models.Model):
    """One row of two counters, raised in the same transaction as a change (offers/signals.py):
    `counter` by every change to what the public sees, `terms_counter` also by every change to
    the taxonomy. The page cache stamps its pages with the first (narvik_tilflytter/pagecache.py)
    and the cached taxonomy its terms with the second (offers/terms.py), so every app server
    drops its copies the moment a change is committed. Both are read in one query.

    With a shared cache (settings.PUBLIC_VERSION_IN_CACHE: Redis), the version the pages read
    is instead a pair of counters in that cache (`CACHE_KEYS`), raised atomically when the
    change's transaction commits: every app server reads them there, in the same round trip
    as the kept page, and a kept page costs no database query. The database row is still
    raised (the record, and the version for a cache of one process)."""

    CACHE_KEYS = ("public-version:pages", "public-version:terms")

    counter = models.PositiveBigIntegerField(_("counter"), default=0)
    terms_counter = models.PositiveBigIntegerField(_("taxonomy counter"), default=0)
    changed_at = models.DateTimeField(_("changed"), default=timezone.now)

    class Meta:
        verbose_name = _("public version")
        verbose_name_plural = _("public versions")

    def __str__(self):
        return f"{self.counter}/{self.terms_counter}"

    @staticmethod
    def in_cache():
        return settings.PUBLIC_VERSION_IN_CACHE

    @classmethod
    def current(cls):
        """(pages, terms): the two counters now."""
        if cls.in_cache():
            return cls.from_cache(cache.get_many(cls.CACHE_KEYS))
        row = cls.objects.filter(pk=1).values_list("counter", "terms_counter").first()
        return row or (0, 0)

    @classmethod
    def from_cache(cls, found):
        """(pages, terms) from what `cache.get_many` found of CACHE_KEYS. A counter the cache
        does not have (a new or flushed Redis) starts at the time in microseconds: above any
        value it had before, so no page kept under an old one is served again."""
        values = [found.get(key) for key in cls.CACHE_KEYS]
        if None in values:
            now = time.time_ns() // 1000
            for key, value in zip(cls.CACHE_KEYS, values, strict=True):
                if value is None:
                    cache.add(key, now, timeout=None)
            found = cache.get_many(cls.CACHE_KEYS)
            values = [found.get(key, 0) for key in cls.CACHE_KEYS]
        return tuple(values)

    @classmethod
    def raise_(cls, *, terms=False):
        """A new version: the pages cached so far (and with `terms`, the taxonomy read so far)
        are not used again."""
        changes = {"counter": models.F("counter") + 1, "changed_at": timezone.now()}
        if terms:
            changes["terms_counter"] = models.F("terms_counter") + 1
        if not cls.objects.filter(pk=1).update(**changes):
            cls.start()
        if cls.in_cache():
            from narvik_tilflytter.pagecache import raise_counter

            keys = cls.CACHE_KEYS if terms else cls.CACHE_KEYS[:1]

            def raise_in_cache():
                for key in keys:
                    raise_counter(key)

            transaction.on_commit(raise_in_cache)

    @classmethod
    def start(cls):
        """The row, made with counters never used before (the time in microseconds), so a
        database emptied and filled again (tests do) never repeats an old version."""
        now = time.time_ns() // 1000
        cls.objects.get_or_create(pk=1, defaults={"counter": now, "terms_counter": now})
