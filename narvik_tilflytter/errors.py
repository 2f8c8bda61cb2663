"""A refused move, told to the person who tried it."""

from django.contrib import messages


def error_text(error):
    """A ValidationError's messages as one line, for a flash message or the admin."""
    return " ".join(error.messages)


def flash_error(request, error):
    """Show a refused move (a ModerationError, a MembershipError) on the next page."""
    messages.error(request, error_text(error))
