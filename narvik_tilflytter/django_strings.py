"""Django's own messages that the site's forms show, said again in plain bokmål (klarspråk).

Django's nb catalogue has them, but not in the words a newcomer or a busy volunteer reads at a
glance («Vennligst oppgi korrekt e-postadresse og passord …»). Our catalogue (LOCALE_PATHS) is
searched before Django's, so its translation wins; the msgids are listed here, exactly as
Django spells them, so that makemessages keeps them in locale/nb/LC_MESSAGES/django.po instead
of dropping them as unused. Nothing imports this module. tests/offers/test_plain_words.py checks
the forms show the plain words. When Django changes a msgid, change it here too.
"""

from django.utils.translation import gettext_noop, ngettext_lazy

DJANGO_FORM_STRINGS = [
    gettext_noop("Enter a valid email address."),
    gettext_noop("Enter a valid URL."),
    gettext_noop("Enter a valid value."),
    gettext_noop("Enter a valid date."),
    gettext_noop("Enter a valid time."),
    gettext_noop("Enter a valid date/time."),
    gettext_noop("Enter a whole number."),
    gettext_noop("Enter a number."),
    gettext_noop("Ensure this value is greater than or equal to %(limit_value)s."),
    gettext_noop("Ensure this value is less than or equal to %(limit_value)s."),
    gettext_noop(
        "Ensure this value has at most %(limit_value)d character (it has %(show_value)d)."
    ),
    gettext_noop("Select a valid choice. %(value)s is not one of the available choices."),
    gettext_noop("Select a valid choice. That choice is not one of the available choices."),
    gettext_noop(
        "Please enter a correct %(username)s and password. Note that both fields may be "
        "case-sensitive."
    ),
    gettext_noop("This account is inactive."),
    gettext_noop("The two password fields didn’t match."),
    gettext_noop("Your old password was entered incorrectly. Please enter it again."),
    gettext_noop("Enter the same password as before, for verification."),
    gettext_noop("This password is too common."),
    gettext_noop("Your password can’t be a commonly used password."),
    gettext_noop("This password is entirely numeric."),
    gettext_noop("Your password can’t be entirely numeric."),
    gettext_noop("The password is too similar to the %(verbose_name)s."),
    gettext_noop("Your password can’t be too similar to your other personal information."),
]

# With a plural: lazy, so never translated here; listed for makemessages only.
DJANGO_FORM_PLURALS = [
    ngettext_lazy(
        "Ensure this value has at most %(limit_value)d character (it has %(show_value)d).",
        "Ensure this value has at most %(limit_value)d characters (it has %(show_value)d).",
    ),
    ngettext_lazy(
        "This password is too short. It must contain at least %d character.",
        "This password is too short. It must contain at least %d characters.",
    ),
    ngettext_lazy(
        "Your password must contain at least %(min_length)d character.",
        "Your password must contain at least %(min_length)d characters.",
    ),
]
