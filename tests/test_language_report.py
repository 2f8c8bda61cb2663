"""`manage.py language_report`: how complete each interface language is (docs/languages.md)."""

import os
import re
import shutil
from io import StringIO
from pathlib import Path

import pytest
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po, write_po
from django.conf import settings
from django.core.management import CommandError, call_command

from offers.management.commands.language_report import MSGID_LANGUAGE, TAXONOMY_FIELDS

REPORTED = [code for code, _name in settings.LANGUAGES if code != MSGID_LANGUAGE]


def report(*args):
    out = StringIO()
    call_command("language_report", *args, stdout=out)
    return out.getvalue()


def django_po_row(output, code):
    """(total, translated, untranslated, fuzzy, .mo) from the language's django.po row."""
    numbers = r"\s+(\d+)" * 4
    match = re.search(rf"^{code}\s.*?\sdjango\.po{numbers}\s+(\w+)", output, re.M)
    assert match, f"no django.po row for {code} in:\n{output}"
    return (*map(int, match.groups()[:4]), match[5])


def read(path):
    with path.open("rb") as f:
        return read_po(f)


def save(catalog, path):
    with path.open("wb") as f:
        write_po(f, catalog)
    with path.with_suffix(".mo").open("wb") as f:
        write_mo(f, catalog)


@pytest.fixture
def complete_locale(tmp_path, settings):
    """A copy of the catalogues with every entry translated and compiled, and every taxonomy
    term named in every language, whatever state the real ones are in."""
    locale = tmp_path / "locale"
    shutil.copytree(Path(settings.LOCALE_PATHS[0]), locale)
    for po in locale.glob("*/LC_MESSAGES/*.po"):
        catalog = read(po)
        for message in catalog:
            if not message.id:
                continue
            message.flags.discard("fuzzy")
            if isinstance(message.id, tuple):
                if not all(message.string):
                    message.string = tuple(
                        message.id[min(i, 1)] for i in range(catalog.num_plurals)
                    )
            elif not message.string:
                message.string = message.id
        save(catalog, po)
    settings.LOCALE_PATHS = [locale]
    for model, fields in TAXONOMY_FIELDS:
        for term in model.objects.all():
            for code in REPORTED:
                for name in fields:
                    if not getattr(term, f"{name}_{code}"):
                        setattr(term, f"{name}_{code}", f"{term.pk} {name} {code}")
            term.save()
    return locale


@pytest.mark.django_db
def test_it_lists_every_configured_language_but_english():
    output = report()
    codes = {line.split()[0] for line in output.splitlines()[1:] if line[:1].strip()}
    assert set(REPORTED) <= codes
    assert MSGID_LANGUAGE not in codes
    for code in REPORTED:
        total, translated, untranslated, fuzzy, _mo = django_po_row(output, code)
        assert total > 0
        assert translated + untranslated + fuzzy == total


@pytest.mark.django_db
def test_a_complete_language_set_passes(complete_locale):
    output = report("--fail-incomplete")
    for code in REPORTED:
        total, translated, untranslated, fuzzy, mo = django_po_row(output, code)
        assert (translated, untranslated, fuzzy, mo) == (total, 0, 0, "ok")
    assert f"All {len(REPORTED)} languages are complete." in output


@pytest.mark.django_db
def test_it_counts_untranslated_and_fuzzy_entries_and_fails(complete_locale):
    code = REPORTED[-1]
    po = complete_locale / code / "LC_MESSAGES" / "django.po"
    catalog = read(po)
    singular = [m for m in catalog if m.id and isinstance(m.id, str)]
    singular[0].string = ""
    singular[1].flags.add("fuzzy")
    save(catalog, po)
    before = len([m for m in catalog if m.id])

    output = report("-v", "2")
    assert django_po_row(output, code) == (before, before - 2, 1, 1, "ok")
    assert f"untranslated: {singular[0].id!r}" in output
    assert f"fuzzy: {singular[1].id!r}" in output
    assert f"{code}: django.po: 1 untranslated, 1 fuzzy" in output
    with pytest.raises(CommandError, match=rf"Incomplete languages: {code}$"):
        report("--fail-incomplete")


@pytest.mark.django_db
def test_a_mo_older_than_its_po_is_stale(complete_locale):
    code = REPORTED[0]
    po = complete_locale / code / "LC_MESSAGES" / "django.po"
    mtime = po.stat().st_mtime
    os.utime(po.with_suffix(".mo"), (mtime - 60, mtime - 60))
    assert django_po_row(report(), code)[4] == "stale"
    with pytest.raises(CommandError, match=code):
        report("--fail-incomplete")


@pytest.mark.django_db
def test_a_missing_taxonomy_name_fails(complete_locale):
    from offers.models import FocusArea

    code = REPORTED[-1]
    topic = FocusArea.objects.order_by("order").first()
    setattr(topic, f"explanation_{code}", "")
    topic.save()
    output = report()
    assert f"{code}: taxonomy names missing (1): FocusArea {topic.slug} (explanation)\n" in output
    with pytest.raises(CommandError, match=code):
        report("--fail-incomplete")


@pytest.mark.django_db
def test_a_new_language_with_nothing_yet_misses_everything(complete_locale, settings):
    # Before its catalogue, formats module and translated columns exist (docs/languages.md).
    settings.LANGUAGES = [*settings.LANGUAGES, ("so", "Somali")]
    output = report()
    assert re.search(r"^so\s+Somali\s+MISSING\s.*MISSING\s+\d+ missing$", output, re.M)
    assert "so: no django.po\nso: no formats module\nso: " in output
    terms = sum(model.objects.count() for model, _fields in TAXONOMY_FIELDS)
    assert f"so: taxonomy names missing ({terms}): " in output
    with pytest.raises(CommandError, match=r"Incomplete languages: so$"):
        report("--fail-incomplete")
