"""The code's shape, as a new maintainer relies on it: one place for each rule, and imports
that go one way. Each test reads the source, so a change that breaks a rule fails here."""

import ast
import inspect
from pathlib import Path

import pytest
from django.conf import settings
from modeltranslation.translator import translator

from actors import services
from actors.office import OFFICE_GROUP
from offers import freshness, moderation
from offers.forms import OfferForm
from offers.models import Offer

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = ("actors", "offers", "narvik_tilflytter", "tests")


def python_files(*packages):
    for package in packages:
        yield from sorted((ROOT / package).rglob("*.py"))


def imported_modules(path):
    tree = ast.parse(path.read_text(), filename=str(path))
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            yield node.module
            yield from (f"{node.module}.{alias.name}" for alias in node.names)


def test_actors_imports_nothing_from_offers():
    offending = [
        f"{path.relative_to(ROOT)}: {module}"
        for path in python_files("actors")
        for module in imported_modules(path)
        if module == "offers" or module.startswith("offers.")
    ]
    assert offending == []


def test_nothing_imports_a_migration():
    offending = [
        f"{path.relative_to(ROOT)}: {module}"
        for path in python_files(*PACKAGES)
        for module in imported_modules(path)
        if ".migrations." in f".{module}."
        and module != "django.db.migrations"
        and not module.startswith("django.")
    ]
    assert offending == []


def test_the_office_group_is_named_once():
    needle = f'"{OFFICE_GROUP}"'
    lines = [
        f"{path.relative_to(ROOT)}:{number}"
        for path in python_files(*PACKAGES)
        for number, line in enumerate(path.read_text().splitlines(), start=1)
        if needle in line
    ]
    assert len(lines) == 1, lines
    assert lines[0].startswith("actors/office.py:")


def test_the_translated_fields_are_listed_once_and_used_everywhere():
    registered = translator.get_options_for_model(Offer).fields
    assert set(registered) == set(Offer.TRANSLATED_FIELDS)
    form_fields = set(OfferForm.base_fields)
    for field in Offer.TRANSLATED_FIELDS:
        for language in settings.MODELTRANSLATION_LANGUAGES:
            assert f"{field}_{language}" in form_fields


def test_the_english_fingerprint_covers_every_translated_field():
    offer = Offer(**{f"{field}_nb": "tekst" for field in Offer.TRANSLATED_FIELDS})
    before = offer.norwegian_fingerprint()
    for field in Offer.TRANSLATED_FIELDS:
        setattr(offer, f"{field}_nb", "endret")
        assert offer.norwegian_fingerprint() != before, field
        setattr(offer, f"{field}_nb", "tekst")


@pytest.mark.parametrize(
    "function",
    [
        moderation.submit,
        moderation.withdraw,
        moderation.approve,
        moderation.reject,
        moderation.archive,
        freshness.confirm,
        services.approve_actor,
        services.change_role,
        services.remove_member,
        services.accept_join_request,
        services.decline_join_request,
        services.revoke_invitation,
        services.update_profile,
        services.invite,
        services.create_actor,
    ],
)
def test_writes_take_everything_after_the_object_by_keyword(function):
    parameters = list(inspect.signature(function).parameters.values())
    positional = [p for p in parameters if p.kind is not inspect.Parameter.KEYWORD_ONLY]
    assert len(positional) <= 1, [p.name for p in positional]
    assert "by" in {p.name for p in parameters}


def test_the_readme_lists_every_environment_variable_the_settings_read():
    source = (ROOT / "narvik_tilflytter" / "settings.py").read_text()
    names = set()
    for node in ast.walk(ast.parse(source)):
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Name)
            and node.func.id.startswith("env_")
            and node.args
            and isinstance(node.args[0], ast.Constant)
        ):
            names.add(node.args[0].value)
    assert len(names) > 15
    readme = (ROOT / "README.md").read_text()
    assert sorted(name for name in names if f"`{name}`" not in readme) == []
