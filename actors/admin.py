from django.contrib import admin, messages
from django.contrib.admin import helpers
from django.contrib.auth.admin import UserAdmin as BaseUserAdmin
from django.core.exceptions import BadRequest, ValidationError
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _
from modeltranslation.admin import TabbedTranslationAdmin

from narvik_tilflytter.admin_widgets import (
    BoundedSearchMixin,
    TolerantAutocompleteMixin,
    TranslationTabsMixin,
)

from . import needs, services
from .models import (
    NEED_KINDS,
    Actor,
    ActorEvent,
    Invitation,
    JoinRequest,
    Membership,
    RecruitmentNeed,
    User,
)
from .office import is_office


class ModerationMixin:
    """Decisions in the admin (approving, rejecting) are the project office's alone: the admin's
    actions and buttons ask `has_moderate_permission`, the same rule the services check."""

    def has_moderate_permission(self, request, obj=None):
        return is_office(request.user)

    def response_action(self, request, *args, **kwargs):
        # Django filters the rows chosen for an action with the posted ids as they are: one
        # that is not an id at all is a ValueError (a 500). Only a tampered form sends one.
        pk = self.model._meta.pk
        for value in request.POST.getlist(helpers.ACTION_CHECKBOX_NAME):
            try:
                pk.to_python(value)
            except ValidationError:
                raise BadRequest("Not an id among the selected rows") from None
        return super().response_action(request, *args, **kwargs)


class MembershipInline(TolerantAutocompleteMixin, admin.TabularInline):
    model = Membership
    extra = 0
    autocomplete_fields = ["user"]


@admin.register(User)
class UserAdmin(BoundedSearchMixin, BaseUserAdmin):
    ordering = ["email"]
    list_display = ["email", "full_name", "language", "email_verified_at", "is_staff", "is_active"]
    list_filter = ["is_staff", "is_active", "language", "groups"]
    search_fields = ["email", "full_name"]
    fieldsets = [
        (None, {"fields": ["email", "password"]}),
        (_("Personal info"), {"fields": ["full_name", "language"]}),
        (
            _("Permissions"),
            {"fields": ["is_active", "is_staff", "is_superuser", "groups", "user_permissions"]},
        ),
        (_("Important dates"), {"fields": ["last_login", "date_joined", "email_verified_at"]}),
    ]
    # A record of what happened, not something to type. The other dates are checked by their
    # model fields' validator (narvik_tilflytter.validators).
    readonly_fields = ["last_login"]
    add_fieldsets = [
        (None, {"classes": ["wide"], "fields": ["email", "password1", "password2"]}),
    ]


class ActorEventInline(admin.TabularInline):
    """What has been done to the organisation and its memberships, by whom (read only)."""

    model = ActorEvent
    fk_name = "actor"
    extra = 0
    can_delete = False
    fields = ["at", "action", "by", "person", "note"]
    readonly_fields = fields
    verbose_name_plural = _("organisation history")

    def has_add_permission(self, request, obj=None):
        return False

    def has_change_permission(self, request, obj=None):
        return False


@admin.register(Actor)
class ActorAdmin(BoundedSearchMixin, ModerationMixin, TranslationTabsMixin, TabbedTranslationAdmin):
    list_display = ["name", "kind", "is_approved", "created_at"]
    list_filter = ["is_approved", "kind"]
    search_fields = ["name", "email", "organisation_number"]
    prepopulated_fields = {"slug": ["name"]}
    inlines = [MembershipInline, ActorEventInline]
    actions = ["approve_selected"]

    def get_readonly_fields(self, request, obj=None):
        readonly = list(super().get_readonly_fields(request, obj))
        if not self.has_moderate_permission(request, obj):
            readonly.append("is_approved")
        return readonly

    @admin.action(description=_("Approve the selected organisations"), permissions=["moderate"])
    def approve_selected(self, request, queryset):
        approved = sum(services.approve_actor(actor, by=request.user) for actor in queryset)
        self.message_user(
            request,
            _("%(count)d approved. Their administrators have been told.") % {"count": approved},
            messages.SUCCESS,
        )

    def save_model(self, request, obj, form, change):
        # Ticking "approved" in the form approves through the service, so the actor is told.
        if change and "is_approved" in form.changed_data and obj.is_approved:
            obj.is_approved = False
            super().save_model(request, obj, form, change)
            services.approve_actor(obj, by=request.user)
            return
        super().save_model(request, obj, form, change)


@admin.register(JoinRequest)
class JoinRequestAdmin(BoundedSearchMixin, admin.ModelAdmin):
    """Requests are answered by the organisations' admins in the portal; here only to look."""

    list_display = ["user", "actor", "created_at"]
    search_fields = ["user__email", "user__full_name", "actor__name"]
    list_select_related = ["user", "actor"]
    readonly_fields = ["user", "actor", "message", "created_at"]

    def has_add_permission(self, request):
        return False


@admin.register(Invitation)
class InvitationAdmin(BoundedSearchMixin, admin.ModelAdmin):
    list_display = ["email", "actor", "role", "invited_by", "created_at"]
    search_fields = ["email", "actor__name"]
    list_select_related = ["actor", "invited_by"]
    readonly_fields = ["actor", "email", "role", "invited_by", "created_at"]

    def has_add_permission(self, request):
        return False


class NeedStateFilter(admin.SimpleListFilter):
    """Open or closed, and open needs nobody has confirmed lately (the reminders' rule)."""

    title = _("open or closed")
    parameter_name = "state"

    def lookups(self, request, model_admin):
        return [
            ("open", _("Open")),
            ("unconfirmed", _("Open, not confirmed for three months")),
            ("closed", _("Closed")),
        ]

    def queryset(self, request, queryset):
        if self.value() == "open":
            return queryset.open()
        if self.value() == "unconfirmed":
            return queryset.unconfirmed()
        if self.value() == "closed":
            return queryset.closed()
        return queryset


class StartsInFilter(admin.SimpleListFilter):
    """The month a need starts in («from March»): the months that have needs, earliest first."""

    title = _("starts in")
    parameter_name = "starts"

    def lookups(self, request, model_admin):
        months = model_admin.get_queryset(request).dates("starts_on", "month")
        return [
            (month.strftime("%Y-%m"), date_format(month, "YEAR_MONTH_FORMAT")) for month in months
        ]

    def queryset(self, request, queryset):
        if not self.value():
            return queryset
        try:
            year, month = (int(part) for part in self.value().split("-"))
        except ValueError:
            return queryset.none()
        return queryset.filter(starts_on__year=year, starts_on__month=month)


class ActorKindFilter(admin.SimpleListFilter):
    title = _("kind of organisation")
    parameter_name = "actor_kind"

    def lookups(self, request, model_admin):
        return [(kind, Actor.Kind(kind).label) for kind in sorted(NEED_KINDS)]

    def queryset(self, request, queryset):
        if self.value():
            return queryset.filter(actor__kind=self.value())
        return queryset


@admin.register(RecruitmentNeed)
class RecruitmentNeedAdmin(BoundedSearchMixin, ModerationMixin, admin.ModelAdmin):
    """Employers' recruitment needs, written in the portal. The office reads them and may close
    or reopen one (through actors.needs, so the organisation's history says who did it); the
    text is the organisation's own and is not edited here."""

    list_display = [
        "__str__",
        "actor",
        "field_category",
        "norwegian_level",
        "hires_learners",
        "starts_on",
        "is_open",
        "confirmed_at",
    ]
    list_filter = [
        NeedStateFilter,
        "field_category",
        "norwegian_level",
        "hires_learners",
        StartsInFilter,
        "driving_licence",
        ActorKindFilter,
        ("created_at", admin.DateFieldListFilter),
    ]
    search_fields = ["field", "certificates", "actor__name"]
    list_select_related = ["actor"]
    fields = [
        "actor",
        *RecruitmentNeed.FORM_FIELDS,
        "created_at",
        "updated_at",
        "confirmed_at",
        "reminded_at",
        "closed_at",
    ]
    readonly_fields = fields
    actions = ["close_selected", "reopen_selected"]

    @admin.display(boolean=True, description=_("open"))
    def is_open(self, obj):
        return obj.is_open

    def has_add_permission(self, request):
        return False

    def changelist_view(self, request, extra_context=None):
        # Not «Choose … to change»: the office reads needs here (the change right is for closing).
        title = RecruitmentNeed._meta.verbose_name_plural.capitalize()
        extra_context = {**(extra_context or {}), "title": title}
        return super().changelist_view(request, extra_context)

    def has_change_permission(self, request, obj=None):
        # The change permission is for the actions; one need's page is for reading.
        return obj is None and super().has_change_permission(request)

    def _apply(self, request, queryset, move, done):
        moved = 0
        for need in queryset.select_related("actor"):
            try:
                move(need, by=request.user)
            except needs.NeedError:
                continue
            moved += 1
        self.message_user(request, done % {"count": moved}, messages.SUCCESS)

    @admin.action(description=_("Close the selected recruitment needs"), permissions=["change"])
    def close_selected(self, request, queryset):
        self._apply(request, queryset.open(), needs.close_need, _("%(count)d closed."))

    @admin.action(
        description=_("Open the selected recruitment needs again"), permissions=["change"]
    )
    def reopen_selected(self, request, queryset):
        self._apply(request, queryset.closed(), needs.reopen_need, _("%(count)d opened again."))
