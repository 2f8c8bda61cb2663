from django.utils import translation


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
