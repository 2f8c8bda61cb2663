"""The languages an organisation writes its texts in, as forms group them: Norwegian
(required), English, and the others (settings.MODELTRANSLATION_LANGUAGES, which follows
settings.LANGUAGES), each of those folded away on a form. See docs/languages.md."""

from django.conf import settings

MORE_LANGUAGES = tuple(
    code for code in settings.MODELTRANSLATION_LANGUAGES if code not in ("nb", "en")
)
