from django.contrib import admin
from modeltranslation.admin import TabbedTranslationAdmin, TranslationAdmin

from .models import FocusArea, Language, Offer, Segment, TargetGroup


@admin.register(FocusArea, TargetGroup, Segment)
class TaxonomyAdmin(TranslationAdmin):
    list_display = ["name", "slug", "order"]
    list_editable = ["order"]
    search_fields = ["name", "slug"]


@admin.register(Language)
class LanguageAdmin(TranslationAdmin):
    list_display = ["name", "code", "order"]
    list_editable = ["order"]
    search_fields = ["name", "code"]


@admin.register(Offer)
class OfferAdmin(TabbedTranslationAdmin):
    list_display = ["title", "actor", "status", "valid_until", "updated_at"]
    list_filter = ["status", "focus_areas", "target_groups", "actor__kind", "languages"]
    search_fields = ["title_nb", "title_en", "actor__name"]
    list_select_related = ["actor"]
    autocomplete_fields = ["actor"]
    filter_horizontal = ["focus_areas", "target_groups", "segments", "languages"]
    # Status changes go through offers.moderation (see the moderation issue), not this form.
    readonly_fields = ["status", "published_at", "created_at", "updated_at"]
    prepopulated_fields = {"slug": ["title_nb"]}
