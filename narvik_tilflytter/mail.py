"""E-mail to people in their own language.

Each message is two templates, `<name>_subject.txt` (one line) and `<name>.txt` (plain text),
rendered once per recipient inside `translation.override(<their language>)` by the "text"
template engine, which does not HTML-escape (settings.TEMPLATES): plain text needs no escaping.

A message is rendered when it is asked for and leaves when the transaction commits
(`transaction.on_commit`; at once outside a transaction), so a move that is rolled back e-mails
nobody, and every sender in the project gets that without thinking of it.
"""

import email.policy

from django.conf import settings
from django.core.mail import EmailMessage, send_mail
from django.db import transaction
from django.template.loader import render_to_string
from django.utils import translation

from actors.office import office_users


class _URLHeaderPolicy(email.policy.EmailPolicy):
    """Writes a List-Unsubscribe header on one line (up to RFC 5322's 998 characters): its URL
    has nowhere to fold at 78, and the email package would then write it as encoded words
    (=?utf-8?q?…), which no mail program reads as a URL."""

    def _fold(self, name, value, refold_binary=False):
        if name.lower().startswith("list-unsubscribe"):
            return super(_URLHeaderPolicy, self.clone(max_line_length=998))._fold(
                name, value, refold_binary
            )
        return super()._fold(name, value, refold_binary)


class _URLHeaderMessage(EmailMessage):
    def message(self, *, policy=email.policy.default):
        message = super().message(policy=policy)
        message.policy = _URLHeaderPolicy().clone(
            linesep=policy.linesep,
            cte_type=policy.cte_type,
            utf8=policy.utf8,
            max_line_length=policy.max_line_length,
        )
        return message


def _send(address, language, template, context, headers=None):
    with translation.override(language):
        context = {"site_url": settings.SITE_URL, **context}
        subject = render_to_string(f"{template}_subject.txt", context, using="text")
        body = render_to_string(f"{template}.txt", context, using="text")
    subject = " ".join(subject.split())
    if headers:
        message = _URLHeaderMessage(subject, body, None, [address], headers=headers)
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
