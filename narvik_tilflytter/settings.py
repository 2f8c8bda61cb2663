"""Settings for Narvik tilflytter, read from the environment.

It runs with no configuration at all (SQLite, DEBUG on, e-mail to the console) so a fresh
checkout works with no setup; production flips it through environment variables.
"""

import os
from datetime import timedelta
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured
from django.utils.csp import CSP
from django.utils.translation import gettext_lazy as _

BASE_DIR = Path(__file__).resolve().parent.parent


def env_str(name, default=""):
    return os.environ.get(name, default)


def env_bool(name, default=False):
    value = os.environ.get(name)
    if value is None or value == "":
        return default
    if value.lower() in {"1", "true", "yes", "on"}:
        return True
    if value.lower() in {"0", "false", "no", "off"}:
        return False
    raise ImproperlyConfigured(f"{name} must be a boolean (1/0, true/false), not {value!r}")


def env_int(name, default):
    value = os.environ.get(name)
    if value is None or value == "":
        return default
    try:
        return int(value)
    except ValueError:
        raise ImproperlyConfigured(f"{name} must be a whole number, not {value!r}") from None


def env_list(name, default=()):
    value = os.environ.get(name)
    if value is None:
        return list(default)
    return [item.strip() for item in value.split(",") if item.strip()]


DEBUG = env_bool("DEBUG", default=True)

# The development key is public; production must set its own, so refuse to start without one.
DEV_SECRET_KEY = "django-insecure-dev-only-narvik-tilflytter"
SECRET_KEY = env_str("SECRET_KEY", DEV_SECRET_KEY)
if not DEBUG and (
    SECRET_KEY == DEV_SECRET_KEY or SECRET_KEY.startswith("django-insecure") or len(SECRET_KEY) < 40
):
    raise ImproperlyConfigured(
        "SECRET_KEY must be set to a long random value when DEBUG is off "
        "(python -c 'import secrets; print(secrets.token_urlsafe(50))')."
    )

ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", ["localhost", "127.0.0.1", "[::1]"] if DEBUG else [])
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    # modeltranslation must come before admin so the admin shows translation tabs.
    "modeltranslation",
    # Django's admin with the project office's own pages (the gap map): admin_site.py.
    "narvik_tilflytter.admin_site.AdminConfig",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "django.contrib.postgres",
    "django_filters",
    "axes",
    "actors",
    "offers",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    # Before WhiteNoise, so static files get Permissions-Policy and CORP too.
    "narvik_tilflytter.middleware.SecurityHeadersMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # A visitor's kept public page is served from here, before the rest (pagecache.py); it
    # also reads the public version once per request.
    "narvik_tilflytter.pagecache.PageCacheMiddleware",
    "django.middleware.csp.ContentSecurityPolicyMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    # After LocaleMiddleware, so its 400 page is in the address's language.
    "narvik_tilflytter.middleware.RejectNulMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "narvik_tilflytter.middleware.AdminLanguageMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "narvik_tilflytter.middleware.NoStoreForPrivatePagesMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    # Last, as django-axes asks: it answers locked-out logins.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "narvik_tilflytter.urls"
WSGI_APPLICATION = "narvik_tilflytter.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "django.template.context_processors.csp",
                "narvik_tilflytter.context_processors.languages",
                "narvik_tilflytter.context_processors.office",
            ],
        },
    },
    # Plain-text e-mail (narvik_tilflytter/mail.py): nothing there is HTML, so nothing is
    # HTML-escaped; "Bil & båt" must not arrive as "Bil &amp; båt".
    {
        "NAME": "text",
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": False,
        "OPTIONS": {"autoescape": False},
    },
]

# SQLite by default so a fresh checkout runs with no setup; PostgreSQL in production and CI.
DATABASES = {
    "default": dj_database_url.parse(
        env_str("DATABASE_URL", f"sqlite:///{BASE_DIR / 'db.sqlite3'}"),
        # Persistent connections in production: each worker keeps its connection for ten
        # minutes instead of opening one per request. (Django's `pool` option needs psycopg's
        # pool package, which is not installed; a worker serves one request at a time, so one
        # kept connection per worker is the pool.)
        conn_max_age=env_int("CONN_MAX_AGE", 0 if DEBUG else 600),
        # A kept connection is checked before a request reuses it, so the first request after
        # a database restart reconnects instead of failing.
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    # Search (offers/search.py): a word of a title within this trigram similarity of a typed
    # word counts as a match, so "skiskloe" finds "Skiskole" (pg_trgm's default is 0.6).
    DATABASES["default"].setdefault("OPTIONS", {})
    DATABASES["default"]["OPTIONS"]["options"] = "-c pg_trgm.word_similarity_threshold=0.5"
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_USER_MODEL = "actors.User"
AUTHENTICATION_BACKENDS = [
    # django-axes first: it refuses logins after too many failures.
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
# Five wrong passwords for one e-mail address from one IP address lock that pair out for a
# quarter of an hour; a successful login resets the count. The address counts however it is
# typed (case, spaces around it: actors/login.py).
AXES_FAILURE_LIMIT = 5
AXES_COOLOFF_TIME = timedelta(minutes=15)
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_USERNAME_FORM_FIELD = "username"
AXES_USERNAME_CALLABLE = "actors.login.axes_username"
AXES_LOCKOUT_TEMPLATE = "registration/locked_out.html"
AXES_VERBOSE = False
# No record of successful logins (django-axes keeps one by default, with the e-mail, IP address
# and browser, forever): the lockout needs only the failed attempts, which a success clears.
AXES_DISABLE_ACCESS_LOG = True
# The client's IP address, for the lockout and the rate limits (narvik_tilflytter/ratelimit.py).
# Without a proxy it is REMOTE_ADDR, and X-Forwarded-For is the client's own claim, ignored.
# Behind the proxy (BEHIND_PROXY=1, docs/deploy.md), which overwrites X-Forwarded-For with the
# address it sees, it is that header. django-ipware counts the proxies listed *in* the header:
# ours lists none, only the client, so the count is 0 (1 would refuse every honest header), and
# a header with more than one address (a client's own plus the proxy's) is refused in favour of
# REMOTE_ADDR, so a made-up address never counts as another client.
if env_bool("BEHIND_PROXY", False):
    AXES_IPWARE_PROXY_COUNT = 0
    AXES_IPWARE_META_PRECEDENCE_ORDER = ["HTTP_X_FORWARDED_FOR", "REMOTE_ADDR"]
else:
    AXES_IPWARE_PROXY_COUNT = None
    AXES_IPWARE_META_PRECEDENCE_ORDER = ["REMOTE_ADDR"]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    # Django's common-password list, and Norwegian words with digits around them.
    {"NAME": "actors.passwords.NorwegianCommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Cache: local memory unless REDIS_URL points at a Redis server. The rate limits count in it
# (ratelimit.py), so with Redis every app server shares one count.
if env_str("REDIS_URL"):
    CACHES = {
        "default": {
            # Django's, sharing one client per connection (narvik_tilflytter/rediscache.py).
            "BACKEND": "narvik_tilflytter.rediscache.RedisCache",
            "LOCATION": env_str("REDIS_URL"),
            # A Redis that stops answering fails a request in seconds, not after minutes.
            "OPTIONS": {"socket_connect_timeout": 2, "socket_timeout": 2},
        }
    }
    # Sessions are read from Redis and written to both Redis and the database: any app server
    # can answer any request without a database query for the session, and a Redis restart or
    # flush logs nobody out (a session missing from the cache is read from the database).
    SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"
else:
    # In the database only: a per-process memory cache in front would let a second worker keep
    # a session that a logout on the first one ended.
    SESSION_ENGINE = "django.contrib.sessions.backends.db"
# Where the page cache and the cached taxonomy read the public version (offers.PublicVersion):
# from the shared cache when there is one (every app server and job sees the same Redis, which
# is raised when a change is committed; no database query for a kept page), else from the
# database (a per-process memory cache cannot tell one worker what another changed).
PUBLIC_VERSION_IN_CACHE = env_bool("PUBLIC_VERSION_IN_CACHE", bool(env_str("REDIS_URL")))

# Internationalisation: bokmål first, English second, then the languages of the groups the
# programme is for; the language is in the URL. Adding one is docs/languages.md.
LANGUAGE_CODE = "nb"
LANGUAGES = [
    ("nb", _("Norwegian (bokmål)")),
    ("en", _("English")),
    ("uk", _("Ukrainian")),
    ("pl", _("Polish")),
    ("lt", _("Lithuanian")),
    ("ar", _("Arabic")),
]
LOCALE_PATHS = [BASE_DIR / "locale"]
# Dates and times per language (narvik_tilflytter/formats/<lang>/formats.py); templates name a
# format (`|date:"DATE_FORMAT"`) and never spell one out.
FORMAT_MODULE_PATH = ["narvik_tilflytter.formats"]
USE_I18N = True
TIME_ZONE = "Europe/Oslo"
USE_TZ = True

MODELTRANSLATION_DEFAULT_LANGUAGE = "nb"
# An organisation may write its texts in every interface language.
MODELTRANSLATION_LANGUAGES = tuple(code for code, _name in LANGUAGES)
# Text missing in the visitor's language shows in English, and else in Norwegian (the page says
# so, part by part: Offer.fallback_parts). Norwegian pages show Norwegian only.
# (modeltranslation appends "default" to every language's own list.)
MODELTRANSLATION_FALLBACK_LANGUAGES = {
    "default": ("nb",),
    **{code: ("en",) for code in MODELTRANSLATION_LANGUAGES if code not in ("nb", "en")},
}

STATIC_URL = "/static/"
STATIC_ROOT = Path(env_str("STATIC_ROOT", str(BASE_DIR / "staticfiles")))
# Without collectstatic (development, tests) WhiteNoise serves from the app folders instead.
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = env_bool("WHITENOISE_AUTOREFRESH", DEBUG)
# Files with a hash in their name (the manifest storage's, in production) are cached for ten
# years as immutable; this is for the few without one, such as a stylesheet's own imports.
WHITENOISE_MAX_AGE = env_int("WHITENOISE_MAX_AGE", 0 if DEBUG else 60 * 60)
STATICFILES_DIRS = [BASE_DIR / "static"]
# Hashed file names in production; plain storage in development and tests so pages render
# without collectstatic.
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": env_str(
            "STATICFILES_BACKEND",
            "django.contrib.staticfiles.storage.StaticFilesStorage"
            if DEBUG
            else "whitenoise.storage.CompressedManifestStaticFilesStorage",
        )
    },
}

# E-mail goes to the console unless EMAIL_HOST names an SMTP server.
if env_str("EMAIL_HOST"):
    MAILERS = {
        "default": {
            "BACKEND": "django.core.mail.backends.smtp.EmailBackend",
            "OPTIONS": {
                "host": env_str("EMAIL_HOST"),
                "port": env_int("EMAIL_PORT", 587),
                "username": env_str("EMAIL_HOST_USER"),
                "password": env_str("EMAIL_HOST_PASSWORD"),
                "use_tls": env_bool("EMAIL_USE_TLS", True),
            },
        }
    }
else:
    MAILERS = {"default": {"BACKEND": "django.core.mail.backends.console.EmailBackend"}}
DEFAULT_FROM_EMAIL = env_str("DEFAULT_FROM_EMAIL", "Narvik tilflytter <tilflytter@example.org>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL
# Where organisations and newcomers reach the project office; shown on every page.
CONTACT_EMAIL = env_str("CONTACT_EMAIL", "tilflytter@example.org")
# The site's own address, for links in e-mails (which are sent outside any request).
SITE_URL = env_str("SITE_URL", "http://127.0.0.1:8000").rstrip("/")

# Security. HTTPS redirect is on whenever DEBUG is off, unless a proxy already does it.
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", default=not DEBUG)
# The load balancer's and monitoring's probe (health.py) may come over plain HTTP from the host.
SECURE_REDIRECT_EXEMPT = [r"^health$"]
SECURE_PROXY_SSL_HEADER = (
    ("HTTP_X_FORWARDED_PROTO", "https") if env_bool("BEHIND_PROXY", False) else None
)
SESSION_COOKIE_SECURE = not DEBUG
CSRF_COOKIE_SECURE = not DEBUG
SESSION_COOKIE_HTTPONLY = True
# A login ends after this many seconds without a request (two hours): every request saves the
# session and so starts the time again. Anonymous visitors have no session, so no cookie.
SESSION_COOKIE_AGE = env_int("SESSION_COOKIE_AGE", 60 * 60 * 2)
SESSION_SAVE_EVERY_REQUEST = True
SECURE_HSTS_SECONDS = env_int("SECURE_HSTS_SECONDS", 0 if DEBUG else 60 * 60 * 24 * 365)
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
# Nothing is loaded from other hosts, and no inline script or style is allowed.
SECURE_CSP = {
    "default-src": [CSP.SELF],
    "script-src": [CSP.SELF],
    "style-src": [CSP.SELF],
    "img-src": [CSP.SELF, "data:"],
    "font-src": [CSP.SELF],
    "object-src": [CSP.NONE],
    "base-uri": [CSP.SELF],
    "form-action": [CSP.SELF],
    "frame-ancestors": [CSP.NONE],
}
# Browser features the site never uses, switched off for its pages and anything they might
# embed (narvik_tilflytter/middleware.py sends them as Permissions-Policy). Only names Chromium
# knows: it reports an unknown one (FLoC's retired "interest-cohort", now "browsing-topics") as
# an error in the developer console.
PERMISSIONS_POLICY_DENIED = [
    "accelerometer",
    "autoplay",
    "browsing-topics",
    "camera",
    "display-capture",
    "geolocation",
    "gyroscope",
    "hid",
    "idle-detection",
    "magnetometer",
    "microphone",
    "midi",
    "payment",
    "screen-wake-lock",
    "serial",
    "usb",
    "xr-spatial-tracking",
]
# Other sites may link to our pages and files but not load them into theirs.
CROSS_ORIGIN_RESOURCE_POLICY = "same-origin"

LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "portal:dashboard"
LOGOUT_REDIRECT_URL = "home"
# Links in e-mails (verification, invitations, password reset) expire after this many seconds.
SIGNED_LINK_MAX_AGE = env_int("SIGNED_LINK_MAX_AGE", 60 * 60 * 24 * 7)
PASSWORD_RESET_TIMEOUT = 60 * 60 * 24

# Logs: plain lines on the console in development; in production (LOG_FORMAT=json, the default
# when DEBUG is off) one JSON object per line on stdout (narvik_tilflytter/logging.py), as
# gunicorn's own logs (gunicorn.conf.py), for the journal or a log collector.
LOG_FORMAT = env_str("LOG_FORMAT", "plain" if DEBUG else "json")
if LOG_FORMAT not in {"plain", "json"}:
    raise ImproperlyConfigured(f"LOG_FORMAT must be plain or json, not {LOG_FORMAT!r}")
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"json": {"()": "narvik_tilflytter.logging.JsonFormatter"}},
    "handlers": {
        "console": (
            {"class": "logging.StreamHandler", "stream": "ext://sys.stdout", "formatter": "json"}
            if LOG_FORMAT == "json"
            else {"class": "logging.StreamHandler"}
        )
    },
    "root": {"handlers": ["console"], "level": env_str("LOG_LEVEL", "INFO")},
    # django-axes logs every login at INFO; failures and lockouts are WARNING.
    "loggers": {"axes": {"level": "WARNING"}},
}

# modeltranslation's admin tabs need jQuery UI; the copy in static/vendor (npm jquery-ui
# 1.14.2) replaces its default from a CDN, so the admin loads nothing from other hosts.
JQUERY_UI_URL = "vendor/jquery-ui/jquery-ui.min.js"
