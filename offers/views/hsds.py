"""The open-data API: Open Referral HSDS 3.0's read paths under /api/hsds/ (offers/hsds_urls.py).

Plain function views; offers/hsds.py turns the rows into the standard's objects. What the views
choose is the public data only: `Offer.objects.public()` and `Actor.objects.public()`.

Every response is JSON (errors too: 400, 404, 405, never a 500), open to other sites (CORS: any
origin may GET; a preflight is answered), with an ETag that a conditional request can send back
(If-None-Match: 304). No cookie, no session: nothing here touches `request.session` or
`request.user`. The language is the `lang` parameter (nb, the default, or en), never the
browser's, so a URL always gives the same text.
"""

import hashlib
import json
import math
import re
import uuid
from datetime import datetime, time
from functools import wraps

from django.conf import settings
from django.db.models import Exists, OuterRef, Q
from django.http import HttpResponse
from django.utils import timezone, translation
from django.utils.cache import get_conditional_response
from django.utils.dateparse import parse_date, parse_datetime
from django.utils.http import http_date
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt

from actors.models import Actor

from .. import hsds
from ..models import Offer
from ..search import search, words

# Items per page: PER_PAGE unless `per_page` asks for another number, at most MAX_PER_PAGE.
PER_PAGE = 50
MAX_PER_PAGE = 200
# The languages the content is written in (modeltranslation's), nb first: the default.
LANGUAGES = settings.MODELTRANSLATION_LANGUAGES
ALLOWED_METHODS = ("GET", "HEAD", "OPTIONS")
# `format`: only JSON (the standard's default); ndjson is not offered.
FORMATS = ("json",)
# Parameters of the standard this API does not offer: refused, so a client is never given
# more than it asked for without knowing.
UNSUPPORTED = ("minimal", "postcode", "proximity", "top_only", "parent_id")
DIGITS = re.compile(r"[0-9]{1,9}")


class ApiError(Exception):
    def __init__(self, status, message):
        super().__init__(message)
        self.status = status
        self.message = message


def _cors(response):
    response["Access-Control-Allow-Origin"] = "*"
    response["Access-Control-Expose-Headers"] = "ETag, Last-Modified, Content-Language"
    # Other sites may read the data (the site's default keeps its pages to itself).
    response["Cross-Origin-Resource-Policy"] = "cross-origin"
    return response


def _json(data, *, status=200):
    body = json.dumps(data, ensure_ascii=False, sort_keys=True).encode()
    return HttpResponse(body, status=status, content_type="application/json")


def _error(status, message):
    return _json({"error": {"status": status, "message": message}}, status=status)


def open_data(view):
    """GET and HEAD in the `lang` language, CORS on every answer, a preflight answered, and
    an ApiError (bad input, unknown id) made a JSON error."""

    @wraps(view)
    def wrapper(request, *args, **kwargs):
        asked = request.GET.get("lang") or LANGUAGES[0]
        language = asked if asked in LANGUAGES else LANGUAGES[0]
        with translation.override(language):
            if request.method == "OPTIONS":
                response = HttpResponse(status=204)
                response["Access-Control-Allow-Methods"] = ", ".join(ALLOWED_METHODS)
                response["Access-Control-Allow-Headers"] = "If-None-Match, If-Modified-Since"
                response["Access-Control-Max-Age"] = "86400"
            elif request.method not in ("GET", "HEAD"):
                response = _error(405, _("Only GET, HEAD and OPTIONS are allowed here."))
                response["Allow"] = ", ".join(ALLOWED_METHODS)
            else:
                try:
                    if asked != language:
                        raise ApiError(400, _("lang must be one of: %s.") % ", ".join(LANGUAGES))
                    _check_common(request)
                    response = view(request, *args, **kwargs)
                except ApiError as failed:
                    response = _error(failed.status, failed.message)
            response["Content-Language"] = language
        return _cors(response)

    # Nothing here writes: a POST gets the JSON 405 above, not the CSRF check's HTML 403.
    return csrf_exempt(wrapper)


def _check_common(request):
    fmt = request.GET.get("format", "json")
    if fmt not in FORMATS:
        raise ApiError(400, _("format must be json."))
    for name in UNSUPPORTED:
        if name in request.GET:
            raise ApiError(400, _("The parameter %s is not supported.") % name)


def _answer(request, data, *, last_modified=None):
    """The JSON response with its ETag (a hash of the body) and, when known, Last-Modified.

    If-None-Match is answered with 304. If-Modified-Since alone is not: an offer that leaves a
    list changes it without making anything in it newer, so only the ETag tells."""
    response = _json(data)
    etag = f'"{hashlib.sha256(response.content).hexdigest()[:32]}"'
    not_modified = get_conditional_response(request, etag=etag)
    if not_modified is not None:
        response = not_modified
    response["ETag"] = etag
    # Caches may keep it, but ask each time (with the ETag) whether it is still current.
    response["Cache-Control"] = "public, no-cache"
    if last_modified:
        response["Last-Modified"] = http_date(last_modified.timestamp())
    return response


def _number(request, name, default):
    value = request.GET.get(name)
    if value is None:
        return default
    if not DIGITS.fullmatch(value) or int(value) < 1:
        raise ApiError(400, _("%s must be a whole number from 1.") % name)
    return int(value)


def _paging(request):
    page = _number(request, "page", 1)
    per_page = _number(request, "per_page", PER_PAGE)
    if per_page > MAX_PER_PAGE:
        raise ApiError(400, _("per_page may be at most %d.") % MAX_PER_PAGE)
    return page, per_page


def modified_after(request):
    """The `modified_after` parameter as an aware datetime, or None.

    ISO 8601: a date (from its start, Norwegian time) or a date and time; without an offset, the
    time is Norwegian time. A `+` in the offset that arrived as a space (not written %2B in the
    URL) is read as the `+` it was."""
    value = request.GET.get("modified_after")
    if value is None:
        return None
    text = re.sub(r"(T\d\d:\d\d(?::\d\d(?:\.\d+)?)?) (\d\d(?::?\d\d)?)$", r"\1+\2", value.strip())
    try:
        moment = parse_datetime(text)
        if moment is None:
            day = parse_date(text)
            moment = datetime.combine(day, time()) if day else None
        if moment is None:
            raise ValueError
        if timezone.is_naive(moment):
            moment = timezone.make_aware(moment)
        # Far dates do not fit the database's range: refuse them here, not there.
        moment.astimezone(timezone.UTC)
        if not 1900 <= moment.year <= 9000:
            raise ValueError
    except (ValueError, OverflowError):
        raise ApiError(
            400,
            _(
                "modified_after must be an ISO 8601 date or date and time, "
                "e.g. 2026-11-30 or 2026-11-30T12:00:00+01:00."
            ),
        ) from None
    return moment


def _uuid(value, name):
    try:
        return str(uuid.UUID(value))
    except (ValueError, TypeError, AttributeError):
        raise ApiError(400, _("%s must be a UUID.") % name) from None


def _page(request, items, total):
    """The standard's paging envelope around a page of `items` (already cut) of `total`."""
    page, per_page = _paging(request)
    pages = math.ceil(total / per_page)
    return {
        "total_items": total,
        "total_pages": pages,
        "page_number": page,
        "size": len(items),
        "first_page": page == 1,
        "last_page": page >= pages,
        "empty": not items,
        "contents": items,
    }


def _cut(request, rows, total):
    """The rows of the requested page (a queryset is sliced in the database)."""
    page, per_page = _paging(request)
    start = (page - 1) * per_page
    if start >= total:
        return []
    return list(rows[start : start + per_page])


def _newest(moments):
    moments = [moment for moment in moments if moment]
    return max(moments) if moments else None


def _path_id(value):
    """The id in the path as we write ids (lower case, with hyphens), or None if it is none."""
    try:
        return str(uuid.UUID(value))
    except ValueError:
        return None


def _lookup(rows, wanted):
    """The primary key of the row whose HSDS id is `wanted`, or 404. Ids are uuid5 of the
    primary key: computed for the candidates' keys (one query for the keys alone)."""
    wanted = _path_id(wanted)
    label = rows.model._meta.label_lower
    for pk in rows.values_list("pk", flat=True):
        if hsds.hsds_id(label, pk) == wanted:
            return pk
    raise ApiError(404, _("There is nothing public with this id."))


def public_services():
    return (
        Offer.objects.public()
        .select_related("actor")
        .prefetch_related("focus_areas", "target_groups", "segments", "languages")
        .order_by("pk")
    )


@open_data
def index(request):
    return _answer(request, {"version": hsds.VERSION})


def _services(request):
    """The public offers the list's parameters ask for, in a stable order."""
    rows = public_services()
    since = modified_after(request)
    if since:
        rows = rows.filter(updated_at__gte=since)
    if organization_id := request.GET.get("organization_id"):
        wanted = _uuid(organization_id, "organization_id")
        pks = [
            pk
            for pk in Actor.objects.public().values_list("pk", flat=True)
            if hsds.hsds_id("actors.actor", pk) == wanted
        ]
        rows = rows.filter(actor__in=pks)
    if terms := _wanted_terms(request):
        rows = rows.filter(terms)
    if text := request.GET.get("search", "").strip():
        rows = search(rows, text).order_by("pk")
    return rows


@open_data
def services(request):
    rows = _services(request)
    total = rows.count()
    offers = _cut(request, rows, total)
    contents = [hsds.service(offer, request) for offer in offers]
    return _answer(
        request,
        _page(request, contents, total),
        last_modified=_newest(offer.updated_at for offer in offers),
    )


def _wanted_terms(request):
    """`taxonomy_term_id` / `taxonomy_id` as a filter on offers: any of the terms."""
    term_id = request.GET.get("taxonomy_term_id")
    taxonomy_id = request.GET.get("taxonomy_id")
    if not (term_id or taxonomy_id):
        return None
    term_id = term_id and _uuid(term_id, "taxonomy_term_id")
    taxonomy_id = taxonomy_id and _uuid(taxonomy_id, "taxonomy_id")
    fields = {"topic": "focus_areas", "target_group": "target_groups", "segment": "segments"}
    match = Q(pk__in=[])
    for term in hsds.all_terms(request):
        if (term_id and term.id != term_id) or (taxonomy_id and term.vocabulary.id != taxonomy_id):
            continue
        if term.vocabulary is hsds.KINDS:
            match |= Q(actor__kind=term.code)
        else:
            match |= Q(**{f"{fields[term.vocabulary.link_type]}__slug": term.code})
    return Q(pk__in=Offer.objects.filter(match).values("pk"))


@open_data
def service(request, id):
    rows = public_services()
    offer = rows.get(pk=_lookup(rows, id))
    return _answer(request, hsds.service(offer, request), last_modified=offer.updated_at)


def _with_location(rows):
    return rows.exclude(place="", address="")


@open_data
def service_at_locations(request):
    """Where the offers are held: one entry for each public offer that says where."""
    rows = _with_location(_services(request))
    total = rows.count()
    offers = _cut(request, rows, total)
    return _answer(
        request,
        _page(request, [hsds.service_at_location(offer) for offer in offers], total),
        last_modified=_newest(offer.updated_at for offer in offers),
    )


@open_data
def service_at_location(request, id):
    rows = _with_location(Offer.objects.public().select_related("actor"))
    wanted = _path_id(id)
    for pk in rows.values_list("pk", flat=True):
        if hsds.hsds_id("service_at_location", hsds.hsds_id("offers.offer", pk)) == wanted:
            offer = rows.get(pk=pk)
            return _answer(request, hsds.service_at_location(offer), last_modified=offer.updated_at)
    raise ApiError(404, _("There is nothing public with this id."))


def _public_organizations(request):
    rows = Actor.objects.public().order_by("pk")
    since = modified_after(request)
    if since:
        # The organisation's own fields, or one of its public offers (organizations/{id}
        # lists them), changed on or after `since`.
        changed_offer = Offer.objects.public().filter(actor=OuterRef("pk"), updated_at__gte=since)
        rows = rows.filter(Q(updated_at__gte=since) | Exists(changed_offer))
    # `search`: every word in the name or the description, in either language.
    for word in words(request.GET.get("search", "")):
        fields = ["name", *(f"description_{code}" for code in LANGUAGES)]
        any_field = Q()
        for field in fields:
            any_field |= Q(**{f"{field}__icontains": word})
        rows = rows.filter(any_field)
    return rows


def _matches(request, *texts):
    """Whether every word of `search` is in one of the texts (for the small, in-memory lists)."""
    text = " ".join(texts).casefold()
    return all(word.casefold() in text for word in words(request.GET.get("search", "")))


@open_data
def organizations(request):
    rows = _public_organizations(request)
    total = rows.count()
    actors = _cut(request, rows, total)
    contents = [hsds.organization(actor, request) for actor in actors]
    return _answer(
        request,
        _page(request, contents, total),
        last_modified=_newest(actor.updated_at for actor in actors),
    )


@open_data
def organization(request, id):
    rows = Actor.objects.public()
    actor = rows.get(pk=_lookup(rows, id))
    offers = list(public_services().filter(actor=actor))
    services = [hsds.service(offer, request, with_organization=False) for offer in offers]
    return _answer(
        request,
        hsds.organization(actor, request, services=services),
        last_modified=_newest([actor.updated_at, *(offer.updated_at for offer in offers)]),
    )


def _vocabulary_changes(terms):
    """When each taxonomy last changed: its terms' latest change in admin."""
    changes = {}
    for term in terms:
        changes[term.vocabulary.id] = _newest([changes.get(term.vocabulary.id), term.changed_at])
    return changes


def _since_filter(request, items, changed_at):
    since = modified_after(request)
    if since is None:
        return items
    return [item for item in items if changed_at(item) and changed_at(item) >= since]


@open_data
def taxonomies(request):
    changes = _vocabulary_changes(hsds.all_terms(request))
    vocabularies = _since_filter(request, list(hsds.VOCABULARIES), lambda v: changes.get(v.id))
    vocabularies = [v for v in vocabularies if _matches(request, str(v.name), str(v.description))]
    page = _cut(request, vocabularies, len(vocabularies))
    return _answer(
        request,
        _page(request, [hsds.taxonomy(v) for v in page], len(vocabularies)),
        last_modified=_newest(changes.get(v.id) for v in page),
    )


@open_data
def taxonomy(request, id):
    for vocabulary in hsds.VOCABULARIES:
        if vocabulary.id == _path_id(id):
            changes = _vocabulary_changes(hsds.all_terms(request))
            return _answer(
                request, hsds.taxonomy(vocabulary), last_modified=changes.get(vocabulary.id)
            )
    raise ApiError(404, _("There is nothing public with this id."))


@open_data
def taxonomy_terms(request):
    terms = _since_filter(request, hsds.all_terms(request), lambda term: term.changed_at)
    if taxonomy_id := request.GET.get("taxonomy_id"):
        wanted = _uuid(taxonomy_id, "taxonomy_id")
        terms = [term for term in terms if term.vocabulary.id == wanted]
    terms = [term for term in terms if _matches(request, term.name, term.code, term.description)]
    page = _cut(request, terms, len(terms))
    return _answer(
        request,
        _page(request, [hsds.taxonomy_term(term) for term in page], len(terms)),
        last_modified=_newest(term.changed_at for term in page),
    )


@open_data
def taxonomy_term(request, id):
    for term in hsds.all_terms(request):
        if term.id == _path_id(id):
            return _answer(request, hsds.taxonomy_term(term), last_modified=term.changed_at)
    raise ApiError(404, _("There is nothing public with this id."))
