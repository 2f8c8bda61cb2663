from datetime import timedelta

from django.conf import settings
from django.contrib.auth.models import AbstractBaseUser, BaseUserManager, PermissionsMixin
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _

from narvik_tilflytter.languages import shown_language
from narvik_tilflytter.validators import validate_date_in_range

from .validators import validate_organisation_number


class UserManager(BaseUserManager):
    use_in_migrations = True

    def _create_user(self, email, password, **extra_fields):
        if not email:
            raise ValueError("An e-mail address is required")
        user = self.model(email=self.normalize_email(email).lower(), **extra_fields)
        user.set_password(password)
        user.save(using=self._db)
        return user

    def create_user(self, email, password=None, **extra_fields):
        extra_fields.setdefault("is_staff", False)
        extra_fields.setdefault("is_superuser", False)
        return self._create_user(email, password, **extra_fields)

    def create_superuser(self, email, password=None, **extra_fields):
        extra_fields.setdefault("is_staff", True)
        extra_fields.setdefault("is_superuser", True)
        return self._create_user(email, password, **extra_fields)

    def get_by_natural_key(self, username):
        return self.get(email__iexact=username)


class User(AbstractBaseUser, PermissionsMixin):
    """A person who logs in: an actor's member or the project office. E-mail is the login."""

    email = models.EmailField(_("e-mail address"), unique=True)
    full_name = models.CharField(_("name"), max_length=150, blank=True)
    language = models.CharField(
        _("language"),
        max_length=10,
        choices=settings.LANGUAGES,
        default=settings.LANGUAGE_CODE,
        help_text=_("The language of the e-mails this person receives."),
    )
    is_staff = models.BooleanField(
        _("staff status"),
        default=False,
        help_text=_("Whether the person can log in to the admin site."),
    )
    is_active = models.BooleanField(_("active"), default=True)
    email_verified_at = models.DateTimeField(
        _("e-mail confirmed"),
        null=True,
        blank=True,
        help_text=_("When the person opened the confirmation link. The portal needs it."),
        validators=[validate_date_in_range],
    )
    date_joined = models.DateTimeField(
        _("date joined"), default=timezone.now, validators=[validate_date_in_range]
    )

    objects = UserManager()

    EMAIL_FIELD = "email"
    USERNAME_FIELD = "email"
    REQUIRED_FIELDS = []

    class Meta:
        verbose_name = _("user")
        verbose_name_plural = _("users")
        ordering = ["email"]

    def __str__(self):
        return self.full_name or self.email

    def get_full_name(self):
        return self.full_name or self.email

    def get_short_name(self):
        return self.full_name.split(" ")[0] if self.full_name else self.email

    @property
    def is_email_verified(self):
        return self.email_verified_at is not None


class ActorQuerySet(models.QuerySet):
    def public(self):
        """Organisations the public may see: those the project office has approved."""
        return self.filter(is_approved=True)


class Actor(models.Model):
    """An organisation that runs offers for newcomers (aktør)."""

    class Kind(models.TextChoices):
        MUNICIPALITY = "municipality", _("Municipality")
        PUBLIC_AGENCY = "public-agency", _("Public agency")
        EDUCATION = "education", _("Education")
        BUSINESS = "business", _("Business and working life")
        VOLUNTARY = "voluntary", _("Voluntary organisations and clubs")

    name = models.CharField(_("name"), max_length=200)
    slug = models.SlugField(_("slug"), max_length=200, unique=True)
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices)
    description = models.TextField(_("description"), blank=True)
    website = models.URLField(_("website"), blank=True)
    email = models.EmailField(_("e-mail"), blank=True)
    phone = models.CharField(_("phone"), max_length=40, blank=True)
    address = models.CharField(_("address"), max_length=300, blank=True)
    organisation_number = models.CharField(
        _("organisation number"),
        max_length=9,
        blank=True,
        help_text=_("Nine digits from the Brønnøysund Register Centre. Informal groups have none."),
        validators=[validate_organisation_number],
    )
    is_approved = models.BooleanField(
        _("approved"),
        default=False,
        help_text=_("Approved organisations are shown publicly and may submit offers."),
    )
    members = models.ManyToManyField(
        settings.AUTH_USER_MODEL,
        through="Membership",
        related_name="actors",
        verbose_name=_("members"),
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    objects = ActorQuerySet.as_manager()

    class Meta:
        verbose_name = _("organisation")
        verbose_name_plural = _("organisations")
        ordering = ["name"]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("actors:detail", kwargs={"slug": self.slug})

    def description_language(self):
        """The language of the description the page shows: the page's own, or the one it falls
        back to (English, then Norwegian), as Offer.fallback_parts decides for an offer."""
        return shown_language(self, "description") or translation.get_language()

    @property
    def registers_recruitment_needs(self):
        """Employers (NEED_KINDS) register recruitment needs in the portal."""
        return self.kind in NEED_KINDS


class Membership(models.Model):
    class Role(models.TextChoices):
        ADMIN = "admin", _("Administrator")
        MEMBER = "member", _("Member")

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="memberships",
        verbose_name=_("user"),
    )
    actor = models.ForeignKey(
        Actor, on_delete=models.CASCADE, related_name="memberships", verbose_name=_("organisation")
    )
    role = models.CharField(_("role"), max_length=10, choices=Role.choices, default=Role.MEMBER)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)

    class Meta:
        verbose_name = _("membership")
        verbose_name_plural = _("memberships")
        constraints = [
            models.UniqueConstraint(fields=["user", "actor"], name="unique_membership"),
        ]

    def __str__(self):
        return f"{self.user} – {self.actor} ({self.get_role_display()})"


class JoinRequestQuerySet(models.QuerySet):
    def visible(self):
        """Requests the organisation's admins see: from people who have confirmed their e-mail."""
        return self.filter(user__email_verified_at__isnull=False)


class JoinRequest(models.Model):
    """A person asks to become a member of an organisation; its admins accept or decline."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="join_requests",
        verbose_name=_("user"),
    )
    actor = models.ForeignKey(
        Actor,
        on_delete=models.CASCADE,
        related_name="join_requests",
        verbose_name=_("organisation"),
    )
    message = models.TextField(_("message"), blank=True, max_length=1000)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)

    objects = JoinRequestQuerySet.as_manager()

    class Meta:
        verbose_name = _("request to join")
        verbose_name_plural = _("requests to join")
        ordering = ["created_at", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["user", "actor"], name="unique_join_request"),
        ]

    def __str__(self):
        return f"{self.user} → {self.actor}"


class Invitation(models.Model):
    """An admin invites a colleague by e-mail. The e-mailed link is signed and expires; it is
    valid only while this row exists with the same organisation, e-mail and role."""

    actor = models.ForeignKey(
        Actor, on_delete=models.CASCADE, related_name="invitations", verbose_name=_("organisation")
    )
    email = models.EmailField(_("e-mail address"))
    role = models.CharField(
        _("role"), max_length=10, choices=Membership.Role.choices, default=Membership.Role.MEMBER
    )
    invited_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("invited by"),
    )
    created_at = models.DateTimeField(_("sent"), default=timezone.now)

    class Meta:
        verbose_name = _("invitation")
        verbose_name_plural = _("invitations")
        ordering = ["-created_at", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["actor", "email"], name="unique_invitation"),
        ]

    def __str__(self):
        return f"{self.email} → {self.actor} ({self.get_role_display()})"


class ActorEvent(models.Model):
    """One write to an organisation or its membership: who, when, what, and a note. The person
    it concerned is a link that empties when they delete their account."""

    class Action(models.TextChoices):
        REGISTERED = "registered", _("Registered")
        APPROVED = "approved", _("Approved by the project office")
        PROFILE_CHANGED = "profile-changed", _("Profile changed")
        INVITED = "invited", _("Invitation sent")
        INVITATION_WITHDRAWN = "invitation-withdrawn", _("Invitation withdrawn")
        INVITATION_ACCEPTED = "invitation-accepted", _("Invitation accepted")
        JOIN_ACCEPTED = "join-accepted", _("Request to join accepted")
        JOIN_DECLINED = "join-declined", _("Request to join declined")
        ROLE_CHANGED = "role-changed", _("Role changed")
        MEMBER_REMOVED = "member-removed", _("Member removed")
        MEMBER_LEFT = "member-left", _("Member left")
        NEED_ADDED = "need-added", _("Recruitment need registered")
        NEED_CHANGED = "need-changed", _("Recruitment need changed")
        NEED_CONFIRMED = "need-confirmed", _("Recruitment need confirmed as still standing")
        NEED_CLOSED = "need-closed", _("Recruitment need closed")
        NEED_REOPENED = "need-reopened", _("Recruitment need reopened")

    actor = models.ForeignKey(
        Actor, on_delete=models.CASCADE, related_name="events", verbose_name=_("organisation")
    )
    action = models.CharField(_("what"), max_length=30, choices=Action.choices)
    by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("by"),
    )
    person = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("concerning"),
    )
    at = models.DateTimeField(_("when"), default=timezone.now, db_index=True)
    note = models.TextField(_("note"), blank=True)

    class Meta:
        verbose_name = _("organisation event")
        verbose_name_plural = _("organisation history")
        ordering = ["-at", "-pk"]

    def __str__(self):
        return f"{self.actor}: {self.get_action_display()}"


class FieldCategory(models.TextChoices):
    """The broad fields a recruitment need is grouped by on the gap map. A short fixed list, so
    the office can count across organisations; the organisation's own words go in `field`."""

    HEALTH = "health", _("Health and care")
    BUILDING = "building", _("Building and construction")
    INDUSTRY = "industry", _("Industry and engineering")
    TRANSPORT = "transport", _("Transport and logistics")
    HOSPITALITY = "hospitality", _("Hotel, restaurant and tourism")
    EDUCATION = "education", _("Education and childcare")
    IT = "it", _("IT and technology")
    OFFICE = "office", _("Office and administration")
    SALES = "sales", _("Sales and service")
    OTHER = "other", _("Other")


class NorwegianLevel(models.TextChoices):
    """Norwegian a job needs, by the Common European Framework's levels, lowest first (the gap
    map and the admin's filter keep this order)."""

    NONE = "none", _("No Norwegian needed")
    A1 = "A1", _("A1 (beginner)")
    A2 = "A2", _("A2 (basic)")
    B1 = "B1", _("B1 (independent)")
    B2 = "B2", _("B2 (good)")
    C1 = "C1", _("C1 (advanced)")


class DrivingLicence(models.TextChoices):
    NONE = "none", _("No driving licence needed")
    B = "B", _("Class B (car)")
    BE = "BE", _("Class BE (car with trailer)")
    C = "C", _("Class C (lorry)")
    CE = "CE", _("Class CE (lorry with trailer)")
    D = "D", _("Class D (bus)")
    OTHER = "other", _("Another class (write it under certificates)")


# The kinds of organisation that register recruitment needs: employers.
NEED_KINDS = frozenset({Actor.Kind.BUSINESS, Actor.Kind.PUBLIC_AGENCY})

# A recruitment need is asked about again when nobody has said it still stands for this long
# (actors.needs sends the reminders; the portal shows the same rule).
NEED_REMIND_AFTER = timedelta(days=91)


class RecruitmentNeedQuerySet(models.QuerySet):
    def open(self):
        return self.filter(closed_at__isnull=True)

    def closed(self):
        return self.filter(closed_at__isnull=False)

    def _unconfirmed(self, now):
        cutoff = now - NEED_REMIND_AFTER
        return models.Q(closed_at__isnull=True, confirmed_at__lt=cutoff)

    def unconfirmed(self, now=None):
        """Open needs nobody has confirmed as still standing for NEED_REMIND_AFTER."""
        return self.filter(self._unconfirmed(now or timezone.now()))

    def due_for_reminder(self, now=None):
        """Unconfirmed needs not asked about in this period yet: one reminder per period."""
        now = now or timezone.now()
        cutoff = now - NEED_REMIND_AFTER
        return self.filter(
            self._unconfirmed(now),
            models.Q(reminded_at__isnull=True) | models.Q(reminded_at__lt=cutoff),
        )

    def with_unconfirmed(self, now=None):
        """Annotate `is_unconfirmed`, the same rule as a flag."""
        return self.annotate(
            is_unconfirmed=models.Case(
                models.When(self._unconfirmed(now or timezone.now()), then=True),
                default=False,
                output_field=models.BooleanField(),
            )
        )


class RecruitmentNeed(models.Model):
    """People an employer (a business or a public agency) wants to hire. Private to the
    organisation and the project office; no moderation. Open while `closed_at` is empty; the
    organisation is asked every few months whether it still stands (actors.needs)."""

    actor = models.ForeignKey(
        Actor,
        on_delete=models.CASCADE,
        related_name="recruitment_needs",
        verbose_name=_("organisation"),
    )
    field = models.CharField(
        _("occupation or field"),
        max_length=200,
        help_text=_("For example “welder”, “nurse” or “bus driver”."),
    )
    field_category = models.CharField(
        _("kind of work"), max_length=20, choices=FieldCategory.choices
    )
    count = models.PositiveSmallIntegerField(
        _("number of people"),
        validators=[MinValueValidator(1), MaxValueValidator(9999)],
    )
    starts_on = models.DateField(
        _("from"),
        help_text=_("The first day you need them."),
        validators=[validate_date_in_range],
    )
    norwegian_level = models.CharField(
        _("Norwegian needed"),
        max_length=10,
        choices=NorwegianLevel.choices,
        default=NorwegianLevel.NONE,
    )
    hires_learners = models.BooleanField(
        _("would hire someone still learning Norwegian"),
        default=False,
        help_text=_("Someone who does not have this level yet, but is learning."),
    )
    certificates = models.TextField(
        _("certificates and other requirements"),
        max_length=1000,
        blank=True,
        help_text=_("For example “welding certificate” or “authorisation as a nurse”."),
    )
    driving_licence = models.CharField(
        _("driving licence"),
        max_length=10,
        choices=DrivingLicence.choices,
        default=DrivingLicence.NONE,
    )
    contact_name = models.CharField(_("contact person"), max_length=150)
    contact_email = models.EmailField(_("contact e-mail"))
    contact_phone = models.CharField(_("contact phone"), max_length=40, blank=True)
    created_at = models.DateTimeField(_("registered"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)
    confirmed_at = models.DateTimeField(
        _("last confirmed"),
        default=timezone.now,
        editable=False,
        help_text=_("When the organisation last said the need still stands."),
    )
    reminded_at = models.DateTimeField(
        _("last asked whether it still stands"), null=True, blank=True, editable=False
    )
    closed_at = models.DateTimeField(
        _("closed"),
        null=True,
        blank=True,
        editable=False,
        help_text=_("Empty while the need is open."),
    )

    objects = RecruitmentNeedQuerySet.as_manager()

    # What the organisation writes: the portal's form and the admin list these.
    FORM_FIELDS = (
        "field",
        "field_category",
        "count",
        "starts_on",
        "norwegian_level",
        "hires_learners",
        "certificates",
        "driving_licence",
        "contact_name",
        "contact_email",
        "contact_phone",
    )

    class Meta:
        verbose_name = _("recruitment need")
        verbose_name_plural = _("recruitment needs")
        ordering = ["starts_on", "pk"]
        indexes = [models.Index(fields=["actor", "closed_at"], name="need_actor_closed")]

    def __str__(self):
        return f"{self.count} × {self.field}"

    @property
    def is_open(self):
        return self.closed_at is None
