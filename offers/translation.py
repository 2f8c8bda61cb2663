from modeltranslation.translator import TranslationOptions, register

from .models import FocusArea, Language, Offer, Segment, TargetGroup


@register([FocusArea, TargetGroup, Segment, Language])
class TaxonomyTranslationOptions(TranslationOptions):
    fields = ("name",)
    required_languages = ("nb", "en")


@register(Offer)
class OfferTranslationOptions(TranslationOptions):
    fields = Offer.TRANSLATED_FIELDS
    required_languages = {"nb": ("title", "summary")}
