"""The statements linked from every page's footer: about the site, accessibility, privacy.

Plain pages for everyone, in the address's language, with no session and no cookie. What the
privacy statement says about the lockout, the rate limits and the session is read from the
settings that decide it, so the page cannot drift from them."""

from django.conf import settings
from django.shortcuts import render
from django.views.decorators.http import require_safe

from offers import alerts, feedback, needs

from . import ratelimit, statements

# The limits whose counters the privacy statement describes (narvik_tilflytter/ratelimit.py).
RATE_LIMITS = [
    ratelimit.LOGIN_LIMIT,
    ratelimit.PASSWORD_RESET_LIMIT,
    ratelimit.REGISTRATION_LIMIT,
    ratelimit.INVITATION_LIMIT,
    ratelimit.JOIN_REQUEST_LIMIT,
    ratelimit.FEEDBACK_LIMIT,
    ratelimit.UNMET_NEED_LIMIT,
    ratelimit.SUBSCRIBE_LIMIT,
]


@require_safe
def about(request):
    return render(request, "statements/about.html")


@require_safe
def accessibility(request):
    return render(
        request,
        "statements/accessibility.html",
        {
            "checks": statements.ACCESSIBILITY_CHECKS,
            "checked_on": statements.ACCESSIBILITY_CHECKED_ON,
            "standard": statements.ACCESSIBILITY_STANDARD,
        },
    )


@require_safe
def privacy(request):
    session_minutes = settings.SESSION_COOKIE_AGE // 60
    return render(
        request,
        "statements/privacy.html",
        {
            "lockout_failures": settings.AXES_FAILURE_LIMIT,
            "lockout_minutes": int(settings.AXES_COOLOFF_TIME.total_seconds() // 60),
            "login_log_kept": not getattr(settings, "AXES_DISABLE_ACCESS_LOG", False),
            "session_hours": session_minutes // 60 if session_minutes % 60 == 0 else None,
            "session_minutes": session_minutes,
            "rate_limit_minutes": max(limit.seconds for limit in RATE_LIMITS) // 60,
            "feedback_min_answers": feedback.MIN_ANSWERS,
            "repeat_minutes": needs.REPEAT_SECONDS // 60,
            "alert_confirm_days": alerts.CONFIRM_DAYS,
            "alert_mail_minutes": alerts.CONFIRM_MAIL_SECONDS // 60,
            "alert_keep_months": round(alerts.KEEP_DAYS / 365 * 12),
        },
    )
