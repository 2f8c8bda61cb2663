"""The languages an organisation writes its texts in, as forms group them: Norwegian
(required), English, and the others (settings.MODELTRANSLATION_LANGUAGES, which follows
settings.LANGUAGES), each of those folded away on a form. See docs/languages.md."""

from django.conf import settings
from django.utils import translation
from django.utils.translation import get_language_info
from modeltranslation.utils import resolution_order

MORE_LANGUAGES = tuple(
    code for code in settings.MODELTRANSLATION_LANGUAGES if code not in ("nb", "en")
)

# A language's name in its own language, as the switch and the forms show it, where Django's
# (django.conf.locale.LANG_INFO "name_local") is not the one people look for: Django says
# "Lietuviškai" (an adverb, "in Lithuanian"), and writes Arabic with a vowel mark (العربيّة)
# that Arabic sites leave out.
OWN_NAMES = {"lt": "Lietuvių", "ar": "العربية"}


def own_name(code):
    """The language's name in its own language and script, capitalised: Українська, Polski."""
    name = OWN_NAMES.get(code) or get_language_info(code)["name_local"]
    return name[:1].upper() + name[1:]


def shown_language(obj, field):
    """The language whose text of a translated `field` a page in the active language shows:
    the first of the fallback chain (the page's language, English, Norwegian:
    settings.MODELTRANSLATION_FALLBACK_LANGUAGES) that has text, or None if none has."""
    language = translation.get_language() or settings.LANGUAGE_CODE
    return next(
        (code for code in resolution_order(language) if getattr(obj, f"{field}_{code}", "")),
        None,
    )
