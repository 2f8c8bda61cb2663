from modeltranslation.translator import TranslationOptions, register

from .models import FocusArea, Language, Offer, Segment, TargetGroup


@register([TargetGroup, Segment, Language])
class TaxonomyTranslationOptions(TranslationOptions):
    fields = ("name",)
    required_languages = ("nb", "en")


@register(FocusArea)
class FocusAreaTranslationOptions(TranslationOptions):
    # The plain words newcomers read: bokmål required, English optional (an empty English
    # plain name shows the English name, an empty explanation shows nothing).
    fields = ("name", "plain_name", "explanation")
    required_languages = {"nb": fields, "en": ("name",)}


@register(Offer)
class OfferTranslationOptions(TranslationOptions):
    fields = Offer.TRANSLATED_FIELDS
    required_languages = {"nb": ("title", "summary")}
