"""E-mail to people in their own language.

Each message is two templates, `<name>_subject.txt` (one line) and `<name>.txt` (plain text),
rendered once per recipient inside `translation.override(user.language)`.
"""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import send_mail
from django.template.loader import render_to_string
from django.utils import translation

OFFICE_GROUP = "Moderator"


def send_to_user(user, template, context=None, *, language=None):
    language = language or getattr(user, "language", None) or settings.LANGUAGE_CODE
    with translation.override(language):
        context = {"user": user, "site_url": settings.SITE_URL, **(context or {})}
        subject = render_to_string(f"{template}_subject.txt", context).strip()
        body = render_to_string(f"{template}.txt", context)
    send_mail(" ".join(subject.split()), body, None, [user.email])


def send_to_users(users, template, context=None):
    for user in users:
        send_to_user(user, template, context)


def office_users():
    """The project office: active members of the Moderator group."""
    return get_user_model().objects.filter(groups__name=OFFICE_GROUP, is_active=True)


def send_to_office(template, context=None):
    """To every moderator in their language; to CONTACT_EMAIL (in bokmål) if there is none."""
    users = list(office_users())
    if users:
        send_to_users(users, template, context)
        return
    with translation.override(settings.LANGUAGE_CODE):
        context = {"site_url": settings.SITE_URL, **(context or {})}
        subject = render_to_string(f"{template}_subject.txt", context).strip()
        body = render_to_string(f"{template}.txt", context)
    send_mail(" ".join(subject.split()), body, None, [settings.CONTACT_EMAIL])
