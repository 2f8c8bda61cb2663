from django.conf import settings
from django.core.exceptions import BadRequest
from django.utils import translation
from django.utils.cache import add_never_cache_headers

from actors import account_urls

NUL = "\x00"


class AdminLanguageMiddleware:
    """The admin speaks the logged-in person's own language (User.language).

    The public site and the portal take the language from the URL; the admin has no language
    prefix, so without this it would follow the browser's Accept-Language.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        user = getattr(request, "user", None)
        if request.path.startswith("/admin/") and user is not None and user.is_authenticated:
            translation.activate(user.language)
            request.LANGUAGE_CODE = user.language
        return self.get_response(request)


class SecurityHeadersMiddleware:
    """The security headers Django's SecurityMiddleware does not send yet, on every response.

    `Permissions-Policy` switches off the browser features the site never uses, and
    `Cross-Origin-Resource-Policy` keeps other sites from embedding our pages and files. It sits
    before WhiteNoise so that static files get the headers too.
    """

    def __init__(self, get_response):
        self.get_response = get_response
        self.permissions_policy = ", ".join(
            f"{feature}=()" for feature in settings.PERMISSIONS_POLICY_DENIED
        )

    def __call__(self, request):
        response = self.get_response(request)
        if self.permissions_policy:
            response.headers.setdefault("Permissions-Policy", self.permissions_policy)
        if settings.CROSS_ORIGIN_RESOURCE_POLICY:
            response.headers.setdefault(
                "Cross-Origin-Resource-Policy", settings.CROSS_ORIGIN_RESOURCE_POLICY
            )
        return response


class RejectNulMiddleware:
    """A NUL character in the address, the query string or a form field is a 400 (the site's
    400 page), before any view sees it.

    No one types NUL; it comes from scanners. Left through, it reaches the database, and
    PostgreSQL refuses it in any string ("A string literal cannot contain NUL"): a 500 from a
    filter, a search box or an admin list. Uploaded files' contents may hold NUL; the names of
    their form fields may not.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if _holds_nul(request):
            raise BadRequest("NUL character in the request")
        return self.get_response(request)


def _holds_nul(request):
    if NUL in request.path_info:
        return True
    # POST is parsed only for form content types; anything else leaves it empty.
    fields = [request.GET, request.POST] if request.method == "POST" else [request.GET]
    for data in fields:
        for key, values in data.lists():
            if NUL in key or any(NUL in value for value in values):
                return True
    # Django strips unprintable characters from uploaded files' names itself.
    return request.method == "POST" and any(NUL in key for key in request.FILES)


class NoStoreForPrivatePagesMiddleware:
    """Portal pages (the `portal:` namespace) and account pages (log in, passwords) send
    `Cache-Control: no-store`: they show a person's own data or a password form, which no
    shared cache and no browser history should keep. Public pages stay cacheable."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if is_private_page(request):
            add_never_cache_headers(response)
        return response


def is_private_page(request):
    match = request.resolver_match
    return match is not None and (
        "portal" in match.namespaces or match.url_name in ACCOUNT_URL_NAMES
    )


# Log in, log out and passwords (actors/account_urls.py), under the `account/` prefix.
ACCOUNT_URL_NAMES = frozenset(pattern.name for pattern in account_urls.urlpatterns)
