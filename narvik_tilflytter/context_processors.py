from django.conf import settings
from django.urls import translate_url
from django.utils.translation import get_language, get_language_info


def languages(request):
    """Links to this same page (with its filters) in each language, for the switch and hreflang."""
    path = request.get_full_path()
    current = get_language()
    return {
        "contact_email": settings.CONTACT_EMAIL,
        "language_links": [
            {
                "code": code,
                "name": get_language_info(code)["name_local"].capitalize(),
                "url": (url := translate_url(path, code)),
                "absolute_url": request.build_absolute_uri(url),
                "current": code == current,
            }
            for code, _name in settings.LANGUAGES
        ],
    }
