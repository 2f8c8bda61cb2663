"""The project office's workspace: the review queue first, decisions through offers.moderation."""

from django.contrib import admin, messages
from django.contrib.admin.templatetags.admin_urls import add_preserved_filters
from django.db.models import Case, Count, IntegerField, Q, Value, When
from django.shortcuts import get_object_or_404, redirect
from django.template.loader import render_to_string
from django.template.response import TemplateResponse
from django.templatetags.static import static
from django.urls import path, reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from modeltranslation.admin import TabbedTranslationAdmin, TranslationAdmin

from actors.admin import ActorAdmin, ModerationMixin
from actors.models import Actor
from actors.office import is_office
from narvik_tilflytter.admin_widgets import (
    BoundedSearchMixin,
    CheckboxesMixin,
    LabelledListEditableMixin,
    TolerantAutocompleteMixin,
    TranslationTabsMixin,
)
from narvik_tilflytter.errors import error_text

from . import changes, freshness, moderation
from .forms import OfferAdminForm
from .models import (
    Feedback,
    FocusArea,
    Language,
    ModerationEvent,
    Offer,
    PublicVersion,
    Segment,
    TargetGroup,
    UnmetNeed,
    ZeroResultSearch,
)
from .views import admin_import

Status = Offer.Status

# The review queue, named once: the ordering, the filters and the front page's counts use these.
# A new offer (or a change) waiting for review; a published offer whose change waits.
AWAITS_REVIEW = Q(status=Status.PENDING)
NEW_AWAITS_REVIEW = AWAITS_REVIEW & Q(change_of__isnull=True)
CHANGE_AWAITS_REVIEW = Q(pending_change__status=Status.PENDING)


def review_queue(request):
    """What waits for the office, for the admin's front page: each count with a link to the
    changelist showing exactly those rows. Empty for anyone outside the office."""
    if not is_office(request.user):
        return []
    offers = reverse("admin:offers_offer_changelist")
    actors = reverse("admin:actors_actor_changelist")
    pending_comment = Feedback.CommentStatus.PENDING
    waiting = Offer.objects.aggregate(
        new=Count("pk", filter=NEW_AWAITS_REVIEW), changes=Count("pk", filter=CHANGE_AWAITS_REVIEW)
    )
    return [
        {
            "kind": "offers",
            "count": waiting["new"],
            "url": f"{offers}?status__exact={Status.PENDING}&change_of__isnull=True",
        },
        {
            "kind": "changes",
            "count": waiting["changes"],
            # The changes themselves: each opens with its diff and the approve button.
            "url": f"{offers}?{PendingChangeFilter.parameter_name}=changes"
            f"&status__exact={Status.PENDING}",
        },
        {
            "kind": "actors",
            "count": Actor.objects.filter(is_approved=False).count(),
            "url": f"{actors}?is_approved__exact=0",
        },
        {
            "kind": "comments",
            "count": Feedback.objects.filter(comment_status=pending_comment).count(),
            "url": f"{reverse('admin:offers_feedback_changelist')}"
            f"?comment_status__exact={pending_comment}",
        },
        {
            "kind": "needs",
            "count": UnmetNeed.objects.filter(is_handled=False).count(),
            "url": f"{reverse('admin:offers_unmetneed_changelist')}?is_handled__exact=0",
        },
    ]


@admin.register(TargetGroup, Segment)
class TaxonomyAdmin(BoundedSearchMixin, LabelledListEditableMixin, TranslationAdmin):
    list_display = ["name", "slug", "order"]
    list_editable = ["order"]
    search_fields = ["name_nb", "name_en", "slug"]


@admin.register(FocusArea)
class FocusAreaAdmin(TaxonomyAdmin):
    """The programme's term (`name`) beside the plain words the public pages show."""

    list_display = ["name", "plain_name", "explanation", "slug", "order"]
    search_fields = [*TaxonomyAdmin.search_fields, "plain_name_nb", "plain_name_en"]


def programme_and_public_name(area):
    """A topic in the offer admin: the programme's term, and in brackets what newcomers read."""
    if area.public_name == area.name:
        return area.name
    return f"{area.name} ({area.public_name})"


@admin.register(Language)
class LanguageAdmin(BoundedSearchMixin, LabelledListEditableMixin, TranslationAdmin):
    list_display = ["name", "code", "order"]
    list_editable = ["order"]
    search_fields = ["name_nb", "name_en", "code"]


class FreshnessFilter(admin.SimpleListFilter):
    """The windows of offers.freshness, the same the dashboard and the reminders use."""

    title = _("freshness")
    parameter_name = "freshness"

    def lookups(self, request, model_admin):
        return [
            (
                "expiring",
                _("Leaves the site within %(days)d days")
                % {"days": freshness.EXPIRING_WITHIN.days},
            ),
            ("expired", _("Already expired")),
            (
                "unconfirmed",
                _("Not confirmed as current for %(months)d months")
                % {"months": round(freshness.CONFIRM_AFTER.days / 30.4)},
            ),
        ]

    def queryset(self, request, queryset):
        if self.value() == "expiring":
            return queryset.expiring_soon()
        if self.value() == "expired":
            return queryset.expired()
        if self.value() == "unconfirmed":
            return queryset.unconfirmed()
        return queryset


class PendingChangeFilter(admin.SimpleListFilter):
    title = _("changes")
    parameter_name = "change"

    def lookups(self, request, model_admin):
        return [
            ("waiting", _("Published offers with a change waiting for review")),
            ("changes", _("Only the changes themselves")),
        ]

    def queryset(self, request, queryset):
        if self.value() == "waiting":
            return queryset.filter(CHANGE_AWAITS_REVIEW)
        if self.value() == "changes":
            return queryset.filter(change_of__isnull=False)
        return queryset


class ModerationEventInline(admin.TabularInline):
    model = ModerationEvent
    fk_name = "offer"
    extra = 0
    can_delete = False
    fields = ["at", "by", "from_status", "to_status", "is_change", "note"]
    readonly_fields = fields
    verbose_name_plural = _("moderation history")

    def has_add_permission(self, request, obj=None):
        return False

    def has_change_permission(self, request, obj=None):
        return False


@admin.register(Offer)
class OfferAdmin(
    BoundedSearchMixin,
    TolerantAutocompleteMixin,
    CheckboxesMixin,
    ModerationMixin,
    TranslationTabsMixin,
    TabbedTranslationAdmin,
):
    form = OfferAdminForm
    list_display = [
        "title",
        "actor",
        "status_display",
        "english_up_to_date",
        "valid_until",
        "updated_at",
    ]
    list_filter = [
        "status",
        PendingChangeFilter,
        FreshnessFilter,
        "focus_areas",
        "target_groups",
        "actor__kind",
        "languages",
    ]
    search_fields = ["title_nb", "title_en", "summary_nb", "actor__name"]
    list_select_related = ["actor", "change_of", "pending_change"]
    autocomplete_fields = ["actor"]
    # Status changes go through offers.moderation (the actions and buttons), not this form.
    readonly_fields = [
        "status",
        "change_of",
        "published_at",
        "last_confirmed_at",
        "created_at",
        "updated_at",
        "english_up_to_date",
    ]
    prepopulated_fields = {"slug": ["title_nb"]}
    inlines = [ModerationEventInline]
    actions = ["approve_selected", "reject_selected"]
    change_form_template = "admin/offers/offer/change_form.html"

    def formfield_for_manytomany(self, db_field, request, **kwargs):
        field = super().formfield_for_manytomany(db_field, request, **kwargs)
        if db_field.name == "focus_areas":
            field.label_from_instance = programme_and_public_name
        return field

    def get_ordering(self, request):
        # The review queue first (the annotation comes from get_queryset).
        return ["queue", "-updated_at"]

    def get_queryset(self, request):
        # As ModelAdmin.get_queryset, with the annotation the ordering needs added first.
        return (
            self.model._default_manager.get_queryset()
            .annotate(
                queue=Case(
                    When(AWAITS_REVIEW, then=Value(0)),
                    When(CHANGE_AWAITS_REVIEW, then=Value(1)),
                    default=Value(2),
                    output_field=IntegerField(),
                )
            )
            .order_by(*self.get_ordering(request))
        )

    @admin.display(description=_("status"), ordering="status")
    def status_display(self, offer):
        if offer.is_change:
            return _("%(status)s (change)") % {"status": offer.get_status_display()}
        change = getattr(offer, "pending_change", None)
        if change is not None and change.status == Status.PENDING:
            return _("%(status)s (change waiting for review)") % {
                "status": offer.get_status_display()
            }
        return offer.get_status_display()

    def pending_change_diff(self, offer):
        """The change field by field, shown above the change's form (change_form.html)."""
        rows = [
            (label, _text(before), _text(after)) for label, before, after in changes.diff(offer)
        ]
        return render_to_string("admin/offers/offer/diff.html", {"rows": rows})

    @admin.display(description=_("English up to date"))
    def english_up_to_date(self, offer):
        # Django's boolean=True icons say "True"/"False" to a screen reader, in English, and
        # show a question mark for "no English"; this column says yes/no, and a dash for none.
        if not offer.title_en:
            return None
        up_to_date = not offer.translation_may_be_outdated("en")
        return format_html(
            '<img src="{}" alt="{}">',
            static(f"admin/img/icon-{'yes' if up_to_date else 'no'}.svg"),
            _("yes") if up_to_date else _("no"),
        )

    def save_model(self, request, obj, form, change):
        obj.note_translation(form.changed_data)
        super().save_model(request, obj, form, change)

    def get_urls(self):
        return [
            path(
                "import/",
                self.admin_site.admin_view(self.import_view),
                name="offers_offer_import",
            ),
            path(
                "import/template/",
                self.admin_site.admin_view(self.import_template_view),
                name="offers_offer_import_template",
            ),
            path(
                "<int:pk>/approve/",
                self.admin_site.admin_view(self.approve_view),
                name="offers_offer_approve",
            ),
            path(
                "<int:pk>/reject/",
                self.admin_site.admin_view(self.reject_view),
                name="offers_offer_reject",
            ),
            *super().get_urls(),
        ]

    def import_view(self, request):
        # The bulk import: offers/views/admin_import.py, with offers/imports.py.
        return admin_import.offer_import(request, self)

    def import_template_view(self, request):
        return admin_import.offer_import_template(request, self)

    def _decide(self, request, offers, move, **kwargs):
        done = 0
        for offer in offers:
            try:
                move(offer, by=request.user, **kwargs)
            except moderation.ModerationError as error:
                self.message_user(request, f"«{offer}»: {error_text(error)}", level=messages.ERROR)
            else:
                done += 1
        return done

    @admin.action(description=_("Approve the selected offers"), permissions=["moderate"])
    def approve_selected(self, request, queryset):
        done = self._decide(request, queryset, moderation.approve)
        if done:
            self.message_user(
                request, _("%(count)d approved and published.") % {"count": done}, messages.SUCCESS
            )

    @admin.action(description=_("Reject the selected offers…"), permissions=["moderate"])
    def reject_selected(self, request, queryset):
        return self._reject_page(request, queryset)

    def _reject_page(self, request, queryset):
        if request.POST.get("confirm"):
            reason = request.POST.get("reason", "").strip()
            if reason:
                done = self._decide(request, queryset, moderation.reject, reason=reason)
                if done:
                    self.message_user(
                        request,
                        _("%(count)d sent back to the organisation.") % {"count": done},
                        messages.SUCCESS,
                    )
                return None
            error = _("Write a reason, so the organisation knows what to change.")
        else:
            error = ""
        return TemplateResponse(
            request,
            "admin/offers/offer/reject.html",
            {
                **self.admin_site.each_context(request),
                "title": _("Reject offers"),
                "offers": queryset,
                "opts": self.model._meta,
                "preserved_filters": self.get_preserved_filters(request),
                "error": error,
                "reason": request.POST.get("reason", ""),
                "action_checkbox_name": admin.helpers.ACTION_CHECKBOX_NAME,
            },
            status=400 if error else 200,
        )

    def _back(self, request, url_name, *args):
        """`url_name`, keeping the changelist filters the moderator came from (Django's admin
        carries them as `_changelist_filters`), so a decision returns to the same queue."""
        context = {"opts": self.opts, "preserved_filters": self.get_preserved_filters(request)}
        return redirect(add_preserved_filters(context, reverse(url_name, args=args)))

    def approve_view(self, request, pk):
        offer = get_object_or_404(Offer, pk=pk)
        if request.method != "POST" or not self.has_moderate_permission(request, offer):
            return self._back(request, "admin:offers_offer_change", pk)
        if self._decide(request, [offer], moderation.approve):
            self.message_user(request, _("Approved and published."), messages.SUCCESS)
            return self._back(request, "admin:offers_offer_changelist")
        return self._back(request, "admin:offers_offer_change", pk)

    def reject_view(self, request, pk):
        offer = get_object_or_404(Offer, pk=pk)
        if not self.has_moderate_permission(request, offer):
            return self._back(request, "admin:offers_offer_change", pk)
        response = self._reject_page(request, Offer.objects.filter(pk=pk))
        if response is None:
            return self._back(request, "admin:offers_offer_changelist")
        return response

    def render_change_form(self, request, context, add=False, change=False, form_url="", obj=None):
        context["can_decide"] = (
            obj is not None
            and obj.status == Status.PENDING
            and self.has_moderate_permission(request, obj)
        )
        if obj is not None and obj.is_change:
            context["live_url"] = reverse("admin:offers_offer_change", args=[obj.change_of_id])
            context["change_diff"] = self.pending_change_diff(obj)
        change_obj = getattr(obj, "pending_change", None) if obj is not None else None
        if change_obj is not None:
            context["change_url"] = reverse("admin:offers_offer_change", args=[change_obj.pk])
        return super().render_change_form(request, context, add, change, form_url, obj)


def _text(value):
    if isinstance(value, list):
        return ", ".join(value)
    if value in (None, ""):
        return "—"
    if value is True:
        return _("yes")
    if value is False:
        return _("no")
    return value


class OfferInline(admin.TabularInline):
    """The organisation's offers, to look at; each links to its own page in the admin."""

    model = Offer
    fk_name = "actor"
    extra = 0
    can_delete = False
    show_change_link = True
    fields = ["title_nb", "status", "valid_until", "updated_at"]
    readonly_fields = fields
    verbose_name_plural = _("offers")

    def get_queryset(self, request):
        return super().get_queryset(request).filter(change_of__isnull=True)

    def has_add_permission(self, request, obj=None):
        return False


class ActorWithOffersAdmin(ActorAdmin):
    """The organisation's admin page with its offers. `actors` knows nothing of offers, so the
    offers app adds them, the way an app extends the admin of a model it does not own."""

    inlines = [*ActorAdmin.inlines, OfferInline]


admin.site.unregister(Actor)
admin.site.register(Actor, ActorWithOffersAdmin)


# The newcomers' voice (issue 9): feedback, unmet needs and searches without results. Nothing
# here is typed by the office, so none of it can be added in the admin; the office moderates
# the comments and follows up the needs.


class TermInFiltersFilter(admin.SimpleListFilter):
    """A search without results by one of its filters (ZeroResultSearch.filters)."""

    key = None
    model = None

    def lookups(self, request, model_admin):
        return [(term.slug, term.name) for term in self.model.objects.all()]

    def queryset(self, request, queryset):
        if self.value():
            # The JSON list as text holds each slug in quotes: "labour-europe" does not match
            # "labour-outside-europe".
            return queryset.filter(**{f"filters__{self.key}__icontains": f'"{self.value()}"'})
        return queryset


class SearchTopicFilter(TermInFiltersFilter):
    title = _("topic")
    parameter_name = "topic"
    key = "focus"
    model = FocusArea


class SearchGroupFilter(TermInFiltersFilter):
    title = _("target group")
    parameter_name = "group"
    key = "group"
    model = TargetGroup


class NoAddingMixin:
    def has_add_permission(self, request):
        return False


@admin.register(Feedback)
class FeedbackAdmin(NoAddingMixin, BoundedSearchMixin, admin.ModelAdmin):
    list_display = [
        "created_on",
        "offer",
        "used",
        "quality",
        "ease",
        "comment_excerpt",
        "comment_status",
        "answered_as",
        "language",
    ]
    list_filter = [
        "comment_status",
        "used",
        ("offer__focus_areas", admin.RelatedOnlyFieldListFilter),
        "target_group",
        "segment",
        "language",
        "created_on",
    ]
    list_select_related = ["offer", "target_group", "segment"]
    search_fields = ["comment", "reply", "offer__title_nb"]
    date_hierarchy = "created_on"
    actions = ["approve_comments", "hide_comments", "delete_comment_text"]
    fields = [
        "offer",
        "created_on",
        "language",
        "used",
        "quality",
        "ease",
        "target_group",
        "segment",
        "comment",
        "comment_status",
        "reply",
        "replied_on",
    ]
    readonly_fields = [name for name in fields if name != "comment_status"]

    @admin.display(description=_("comment"))
    def comment_excerpt(self, feedback):
        text = feedback.comment
        return text if len(text) <= 80 else f"{text[:79]}…"

    @admin.display(description=_("answered as"))
    def answered_as(self, feedback):
        return feedback.target_group or feedback.segment or "—"

    def _set_status(self, request, queryset, status, message):
        count = queryset.exclude(comment="").update(comment_status=status)
        PublicVersion.raise_()  # an update() sends no signal (offers/signals.py)
        self.message_user(request, message % {"count": count}, messages.SUCCESS)

    @admin.action(description=_("Show the selected comments on the offers' pages"))
    def approve_comments(self, request, queryset):
        self._set_status(
            request, queryset, Feedback.CommentStatus.APPROVED, _("%(count)d comments shown.")
        )

    @admin.action(description=_("Hide the selected comments"))
    def hide_comments(self, request, queryset):
        self._set_status(
            request, queryset, Feedback.CommentStatus.HIDDEN, _("%(count)d comments hidden.")
        )

    @admin.action(description=_("Delete the text of the selected comments (the ratings stay)"))
    def delete_comment_text(self, request, queryset):
        count = queryset.exclude(comment="").update(
            comment="", comment_status=Feedback.CommentStatus.NONE, reply="", replied_on=None
        )
        PublicVersion.raise_()
        self.message_user(
            request, _("%(count)d comments deleted.") % {"count": count}, messages.SUCCESS
        )


@admin.register(UnmetNeed)
class UnmetNeedAdmin(NoAddingMixin, BoundedSearchMixin, admin.ModelAdmin):
    list_display = [
        "created_on",
        "text",
        "target_group",
        "segment",
        "focus_area",
        "offer_language",
        "language",
        "is_handled",
    ]
    list_filter = [
        "is_handled",
        "focus_area",
        "target_group",
        "segment",
        "offer_language",
        "language",
        "created_on",
    ]
    list_select_related = ["target_group", "segment", "focus_area", "offer_language"]
    search_fields = ["text"]
    date_hierarchy = "created_on"
    actions = ["mark_handled"]
    fields = [
        "created_on",
        "language",
        "text",
        "target_group",
        "segment",
        "focus_area",
        "offer_language",
        "is_handled",
    ]
    readonly_fields = [name for name in fields if name != "is_handled"]

    @admin.action(description=_("Mark the selected needs as handled"))
    def mark_handled(self, request, queryset):
        count = queryset.update(is_handled=True)
        self.message_user(
            request, _("%(count)d marked as handled.") % {"count": count}, messages.SUCCESS
        )


@admin.register(ZeroResultSearch)
class ZeroResultSearchAdmin(NoAddingMixin, BoundedSearchMixin, admin.ModelAdmin):
    list_display = ["created_on", "words", "filters_text", "language"]
    list_filter = [SearchTopicFilter, SearchGroupFilter, "language", "created_on"]
    search_fields = ["words"]
    date_hierarchy = "created_on"
    fields = ["created_on", "language", "words", "filters_text"]
    readonly_fields = fields

    @admin.display(description=_("filters"))
    def filters_text(self, search):
        parts = []
        for key, values in sorted(search.filters.items()):
            shown = ", ".join(values) if isinstance(values, list) else str(values)
            parts.append(f"{key}: {shown}")
        return "; ".join(parts) or "—"
