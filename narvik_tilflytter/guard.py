"""Spam protection for the public forms that must set no cookie: feedback on an offer and
"didn't find what you need?".

A visitor gets no CSRF cookie (DESIGN.md), so these forms are guarded without one, and without
any third party:

- a signed token, made when the form is shown, holds the time it was shown and a random
  number. A post sooner than `MIN_SECONDS` after that is faster than a person answers; one
  later than `MAX_SECONDS` is stale; a token already used once is a replay. Each is refused with
  a message, the answers kept, and a fresh token, so sending again works;
- a honeypot field, hidden from people (CSS and `aria-hidden`) but filled by naive robots;
- a rate limit per client address through the cache (narvik_tilflytter/ratelimit.py, applied
  in the URL files).

Nothing about the visitor is stored: the used tokens' random numbers are kept in the cache for
`MAX_SECONDS`, to refuse replays, and nowhere else.
"""

import logging
import secrets
import time

from django import forms
from django.core import signing
from django.core.cache import cache
from django.utils.translation import gettext_lazy as _

log = logging.getLogger(__name__)

MIN_SECONDS = 3
MAX_SECONDS = 4 * 60 * 60

# The clock tokens are made and checked by; tests move it.
clock = time.time

HONEYPOT = "website"


def issue_token(purpose):
    """A token for a form about `purpose` (the form's name), shown now."""
    return signing.dumps({"p": purpose, "t": int(clock()), "n": secrets.token_urlsafe(12)})


class GuardedForm(forms.Form):
    """Adds the token and the honeypot to a form (first base, before the form's own class).

    Subclasses name their `purpose`; a token made for one form is refused by another."""

    purpose = None

    started = forms.CharField(widget=forms.HiddenInput, required=False)
    website = forms.CharField(
        label=_("Leave this field empty"),
        required=False,
        widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.nonce = None
        if not self.is_bound:
            self.initial["started"] = issue_token(self.purpose)

    def clean_website(self):
        if self.cleaned_data.get("website"):
            raise forms.ValidationError(
                _("Leave the field “%(label)s” empty, and send again."),
                code="honeypot",
                params={"label": self.fields["website"].label},
            )
        return ""

    def clean_started(self):
        token = self.cleaned_data.get("started") or ""
        try:
            data = signing.loads(token)
            shown_at, nonce = int(data["t"]), str(data["n"])
            if data["p"] != self.purpose:
                raise ValueError
        except (signing.BadSignature, KeyError, TypeError, ValueError):
            raise forms.ValidationError(
                _("The form had expired. Your answers are still here: please send them again."),
                code="invalid",
            ) from None
        age = clock() - shown_at
        if age < MIN_SECONDS:
            raise forms.ValidationError(
                _(
                    "That was quicker than a person can answer. Please check your answers and "
                    "send them again."
                ),
                code="too_fast",
            )
        if age > MAX_SECONDS:
            raise forms.ValidationError(
                _(
                    "The form was open for more than %(hours)s hours. Your answers are still "
                    "here: please send them again."
                ),
                code="too_old",
                params={"hours": MAX_SECONDS // 3600},
            )
        self.nonce = nonce
        return token

    def clean(self):
        cleaned_data = super().clean()
        if not self.errors and self.nonce and not _first_use(self.purpose, self.nonce):
            raise forms.ValidationError(
                _("These answers have already been sent. Thank you!"), code="replayed"
            )
        return cleaned_data

    def full_clean(self):
        super().full_clean()
        if self.is_bound and self.errors:
            # Shown again with the answers: a fresh token, so sending again can succeed.
            self.data = self.data.copy()
            self.data[self.add_prefix("started")] = issue_token(self.purpose)

    @property
    def guard_errors(self):
        """The token's and the honeypot's errors, for the top of the form."""
        return [*self.non_field_errors(), *self["started"].errors, *self["website"].errors]


def _first_use(purpose, nonce):
    """Record the token's use; False if it was used before. A cache that is down lets the
    post through (the other checks still hold)."""
    try:
        return cache.add(f"guard:{purpose}:{nonce}", 1, timeout=MAX_SECONDS + 60)
    except Exception:
        log.exception("Replay check for %s skipped: the cache did not answer", purpose)
        return True
