"""E-mail to people in their own language.

Each message is two templates, `<name>_subject.txt` (one line) and `<name>.txt` (plain text),
rendered once per recipient inside `translation.override(<their language>)` by the "text"
template engine, which does not HTML-escape (settings.TEMPLATES): plain text needs no escaping.

A message is rendered when it is asked for and leaves when the transaction commits
(`transaction.on_commit`; at once outside a transaction), so a move that is rolled back e-mails
nobody, and every sender in the project gets that without thinking of it.
"""

from django.conf import settings
from django.core.mail import EmailMessage, send_mail
from django.db import transaction
from django.template.loader import render_to_string
from django.utils import translation

from actors.office import office_users


def _send(address, language, template, context, headers=None):
    with translation.override(language):
        context = {"site_url": settings.SITE_URL, **context}
        subject = render_to_string(f"{template}_subject.txt", context, using="text")
        body = render_to_string(f"{template}.txt", context, using="text")
    subject = " ".join(subject.split())
    if headers:
        message = EmailMessage(subject, body, None, [address], headers=headers)
        transaction.on_commit(message.send)
    else:
        transaction.on_commit(lambda: send_mail(subject, body, None, [address]))


def send_to_address(address, language, template, context=None, *, headers=None):
    """To someone without an account (an e-mail alert's subscriber), in `language`; `headers`
    are added to the message (List-Unsubscribe)."""
    _send(address, language, template, context or {}, headers)


def send_to_user(user, template, context=None, *, language=None):
    language = language or getattr(user, "language", None) or settings.LANGUAGE_CODE
    _send(user.email, language, template, {"user": user, **(context or {})})


def send_to_users(users, template, context=None):
    for user in users:
        send_to_user(user, template, context)


def send_to_office(template, context=None):
    """To every moderator in their language; to CONTACT_EMAIL (in bokmål) if there is none."""
    users = list(office_users())
    if users:
        send_to_users(users, template, context)
    else:
        _send(settings.CONTACT_EMAIL, settings.LANGUAGE_CODE, template, context or {})
