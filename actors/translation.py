from modeltranslation.translator import TranslationOptions, register

from .models import Actor


@register(Actor)
class ActorTranslationOptions(TranslationOptions):
    fields = ("description",)
