"""How complete each interface language is: its catalogue, its date formats, its taxonomy names.

    python manage.py language_report                    a table, for people
    python manage.py language_report --fail-incomplete  the same, and an error if anything is
                                                        missing (for CI)
    python manage.py language_report -v 2               also lists the untranslated and fuzzy msgids

Adding a language is docs/languages.md; this command is its last step.
"""

import importlib.util
from dataclasses import dataclass, field
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import connection
from django.utils import translation

from offers.models import FocusArea, Language, Segment, TargetGroup

# The msgids are written in English, so English has no catalogue to measure.
MSGID_LANGUAGE = "en"

# The translated taxonomy columns, per model: name_<lang>, and for topics the plain words too.
TAXONOMY_FIELDS = [
    (FocusArea, ("name", "plain_name", "explanation")),
    (TargetGroup, ("name",)),
    (Segment, ("name",)),
    (Language, ("name",)),
]

# How many missing taxonomy terms the summary names per language ("and N more"); -v 2 names all.
SHOWN_NAMES = 3


@dataclass
class Catalogue:
    path: Path
    total: int = 0
    translated: int = 0
    untranslated: list = field(default_factory=list)
    fuzzy: list = field(default_factory=list)
    mo: str = "ok"  # "ok", "stale" (older than the .po) or "missing"


@dataclass
class LanguageStatus:
    code: str
    name: str
    catalogues: list
    has_formats: bool
    missing_names: list

    def problems(self, shown_names=SHOWN_NAMES):
        problems = []
        if not any(c.path.name == "django.po" for c in self.catalogues):
            problems.append("no django.po")
        for c in self.catalogues:
            counts = [
                f"{len(c.untranslated)} untranslated" if c.untranslated else "",
                f"{len(c.fuzzy)} fuzzy" if c.fuzzy else "",
                f".mo {c.mo}" if c.mo != "ok" else "",
            ]
            if any(counts):
                problems.append(f"{c.path.name}: {', '.join(filter(None, counts))}")
        if not self.has_formats:
            problems.append("no formats module")
        if self.missing_names:
            shown = self.missing_names[:shown_names]
            more = len(self.missing_names) - len(shown)
            problems.append(
                f"taxonomy names missing ({len(self.missing_names)}): {'; '.join(shown)}"
                + (f"; and {more} more (-v 2 lists all)" if more else "")
            )
        return problems


def read_catalogue(path):
    # Babel is a development dependency (tasks.py compiles with it where gettext is missing);
    # imported here so that the rest of the project never needs it.
    try:
        from babel.messages.pofile import read_po
    except ImportError as error:
        raise CommandError(
            "language_report reads catalogues with Babel: install the dev dependencies."
        ) from error

    with path.open("rb") as f:
        messages = [m for m in read_po(f) if m.id]  # the header has the empty msgid
    catalogue = Catalogue(path=path, total=len(messages))
    for message in messages:
        msgid = message.id[0] if isinstance(message.id, tuple) else message.id
        strings = message.string if isinstance(message.string, tuple) else (message.string,)
        if message.fuzzy:
            catalogue.fuzzy.append(msgid)
        elif strings and all(strings):
            catalogue.translated += 1
        else:
            catalogue.untranslated.append(msgid)
    mo = path.with_suffix(".mo")
    if not mo.exists():
        catalogue.mo = "missing"
    elif mo.stat().st_mtime < path.stat().st_mtime:
        catalogue.mo = "stale"
    return catalogue


def catalogues(code):
    folder = translation.to_locale(code)
    found = []
    for locale_path in settings.LOCALE_PATHS:
        found += sorted((Path(locale_path) / folder / "LC_MESSAGES").glob("*.po"))
    return [read_catalogue(path) for path in found]


def has_formats(code):
    paths = settings.FORMAT_MODULE_PATH or []
    for path in [paths] if isinstance(paths, str) else paths:
        try:
            if importlib.util.find_spec(f"{path}.{translation.to_locale(code)}.formats"):
                return True
        except ModuleNotFoundError:
            pass
    return False


def missing_names(code):
    """Every taxonomy term in the database without its name (for topics: plain name and
    explanation too) in this language. getattr with a default: a language whose translated
    columns are not registered yet counts as missing everything."""
    missing = []
    for model, fields in TAXONOMY_FIELDS:
        for term in model.objects.all():
            empty = [f for f in fields if not getattr(term, f"{f}_{code}", "")]
            if empty:
                key = getattr(term, "slug", None) or term.code
                missing.append(f"{model.__name__} {key} ({', '.join(empty)})")
    return missing


def language_statuses():
    return [
        LanguageStatus(
            code=code,
            name=str(name),
            catalogues=catalogues(code),
            has_formats=has_formats(code),
            missing_names=missing_names(code),
        )
        for code, name in settings.LANGUAGES
        if code != MSGID_LANGUAGE
    ]


ROW = "{:<6} {:<20} {:<12} {:>6} {:>10} {:>12} {:>6}  {:<8} {:<8} {}"


class Command(BaseCommand):
    help = (
        "Report how complete each interface language is: its catalogue (messages, translated, "
        "untranslated, fuzzy, whether the .mo is current), its formats module and its "
        "taxonomy names. --fail-incomplete exits with an error when anything is missing."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--fail-incomplete",
            action="store_true",
            help="Exit with an error if any language misses anything (for CI).",
        )

    def handle(self, *args, fail_incomplete=False, verbosity=1, **options):
        if "offers_focusarea" not in connection.introspection.table_names():
            raise CommandError(
                "The database has no taxonomy to check: run `python manage.py migrate` first."
            )
        with translation.override(MSGID_LANGUAGE):
            statuses = language_statuses()
        write = self.stdout.write
        write(
            ROW.format(
                "lang",
                "name",
                "catalogue",
                "total",
                "translated",
                "untranslated",
                "fuzzy",
                ".mo",
                "formats",
                "taxonomy",
            )
        )
        for status in statuses:
            formats = "ok" if status.has_formats else "MISSING"
            names = f"{len(status.missing_names)} missing" if status.missing_names else "ok"
            rows = status.catalogues or [None]
            for i, c in enumerate(rows):
                first = i == 0
                write(
                    ROW.format(
                        status.code if first else "",
                        status.name if first else "",
                        c.path.name if c else "MISSING",
                        c.total if c else "-",
                        c.translated if c else "-",
                        len(c.untranslated) if c else "-",
                        len(c.fuzzy) if c else "-",
                        c.mo if c else "-",
                        formats if first else "",
                        names if first else "",
                    ).rstrip()
                )
                if c and verbosity >= 2:
                    for label, msgids in (("untranslated", c.untranslated), ("fuzzy", c.fuzzy)):
                        for msgid in msgids:
                            write(f"         {label}: {msgid!r}")

        shown = None if verbosity >= 2 else SHOWN_NAMES
        incomplete = [s for s in statuses if s.problems()]
        write("")
        if not incomplete:
            write(self.style.SUCCESS(f"All {len(statuses)} languages are complete."))
            return
        for status in incomplete:
            for problem in status.problems(shown):
                write(self.style.WARNING(f"{status.code}: {problem}"))
        if fail_incomplete:
            codes = ", ".join(s.code for s in incomplete)
            raise CommandError(f"Incomplete languages: {codes}")
