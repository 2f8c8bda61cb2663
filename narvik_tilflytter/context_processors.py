from django.conf import settings
from django.core.exceptions import DisallowedHost
from django.urls import NoReverseMatch, reverse, translate_url
from django.utils.functional import SimpleLazyObject
from django.utils.translation import get_language, override

from actors.office import is_office

from .languages import own_name


def languages(request):
    """Links to this same page (with its filters) in each language, for the switch and hreflang."""
    path = request.get_full_path()
    current = get_language()
    translated = _translated_urls(request, path)
    return {
        "contact_email": settings.CONTACT_EMAIL,
        "language_links": [
            {
                "code": code,
                "name": (name := own_name(code)),
                # In the folded switch's button: "Norsk", not "Norsk (bokmål)".
                "short_name": name.split(" (")[0],
                "url": (url := translated(code)),
                "absolute_url": _absolute_url(request, url),
                "current": code == current,
            }
            for code, _name in settings.LANGUAGES
        ],
    }


def _translated_urls(request, path):
    """`translate_url(path, code)` for each language, from the match the request was answered
    by: Django's translate_url resolves the path again for every language (six resolves a page,
    a tenth of the list's building). Without a match (an error page), translate_url itself."""
    match = getattr(request, "resolver_match", None)
    if match is None or match.url_name is None:
        return lambda code: translate_url(path, code)
    name = f"{match.namespace}:{match.url_name}" if match.namespace else match.url_name
    _path, mark, query = path.partition("?")
    query = mark + query  # as get_full_path wrote it

    def translated(code):
        with override(code):
            try:
                return reverse(name, args=match.args, kwargs=match.kwargs) + query
            except NoReverseMatch:
                return path

    return translated


def _absolute_url(request, url):
    """The hreflang links are absolute, on the request's host. A request for a host not in
    ALLOWED_HOSTS gets the 400 page, which must not ask for the host again (a second
    DisallowedHost would make it a 500): its links use SITE_URL instead."""
    try:
        return request.build_absolute_uri(url)
    except DisallowedHost:
        return settings.SITE_URL + url


def office(request):
    """`user_is_office`: whether the person works in the project office (actors/office.py), so the
    menu offers them the admin rather than the portal. Lazy: asked only when a page uses it."""
    user = getattr(request, "user", None)
    return {"user_is_office": SimpleLazyObject(lambda: user is not None and is_office(user))}
