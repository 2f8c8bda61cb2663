"""The taxonomy's Ukrainian, Polish, Lithuanian and Arabic names (offers/taxonomy_translations.py):
every term in offers/taxonomy.py has them, they fit the model's fields, they are in the right
script, and none is the English name left untranslated."""

import re

import pytest

from offers import taxonomy
from offers.models import FocusArea, Language
from offers.taxonomy_translations import NAMES, PLAIN_FOCUS_AREAS

LANGUAGES = ("uk", "pl", "lt", "ar")

# Names a language really writes as English does (case aside): Dari is "dari" in Polish and
# Lithuanian. (table, key, language)
SAME_AS_ENGLISH = {("Language", "prs", "pl"), ("Language", "prs", "lt")}

ARABIC = re.compile(r"[\u0600-\u06ff]")
CYRILLIC = re.compile(r"[\u0400-\u04ff]")
LATIN = re.compile(r"[A-Za-zÀ-ž]")

NAME_LENGTH = FocusArea._meta.get_field("name").max_length
LANGUAGE_NAME_LENGTH = Language._meta.get_field("name").max_length
PLAIN_NAME_LENGTH = FocusArea._meta.get_field("plain_name").max_length
EXPLANATION_LENGTH = FocusArea._meta.get_field("explanation").max_length


def names():
    """(table, key, language, name, English name) for every term and language."""
    for table, _key_field, rows in taxonomy.TABLES:
        for key, _name_nb, name_en in rows:
            for language in LANGUAGES:
                name = NAMES.get(table, {}).get(key, {}).get(language, "")
                yield table, key, language, name, name_en


def plain_words():
    """(slug, language, plain name, explanation, English plain name, English explanation)."""
    for slug, (
        _name_nb,
        name_en,
        _explanation_nb,
        explanation_en,
    ) in taxonomy.PLAIN_FOCUS_AREAS.items():
        for language in LANGUAGES:
            plain_name, explanation = PLAIN_FOCUS_AREAS.get(slug, {}).get(language, ("", ""))
            yield slug, language, plain_name, explanation, name_en, explanation_en


def test_the_tables_are_the_taxonomys_tables():
    assert set(NAMES) == {table for table, _key, _rows in taxonomy.TABLES}
    for table, _key_field, rows in taxonomy.TABLES:
        assert set(NAMES[table]) == {row[0] for row in rows}, table
    assert set(PLAIN_FOCUS_AREAS) == set(taxonomy.PLAIN_FOCUS_AREAS)
    assert all(set(by_language) == set(LANGUAGES) for by_language in PLAIN_FOCUS_AREAS.values())


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_term_has_a_name_in_each_language(language):
    missing = [
        (table, key)
        for table, key, lang, name, _en in names()
        if lang == language and not name.strip()
    ]
    assert missing == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_topic_has_plain_words_in_each_language(language):
    missing = [
        slug
        for slug, lang, plain_name, explanation, _name_en, _explanation_en in plain_words()
        if lang == language and not (plain_name.strip() and explanation.strip())
    ]
    assert missing == []


def test_each_language_is_in_its_own_script():
    texts = [(language, name) for _table, _key, language, name, _en in names()]
    texts += [
        (language, text)
        for _slug, language, plain_name, explanation, _ne, _ee in plain_words()
        for text in (plain_name, explanation)
    ]
    wrong = []
    for language, text in texts:
        if language == "ar":
            right = ARABIC.search(text) and not LATIN.search(text) and not CYRILLIC.search(text)
        elif language == "uk":
            right = CYRILLIC.search(text) and not LATIN.search(text) and not ARABIC.search(text)
        else:
            right = LATIN.search(text) and not CYRILLIC.search(text) and not ARABIC.search(text)
        if not right:
            wrong.append((language, text))
    assert wrong == []


def test_nothing_is_longer_than_its_field():
    too_long = [
        (table, key, language, name)
        for table, key, language, name, _en in names()
        if len(name) > (LANGUAGE_NAME_LENGTH if table == "Language" else NAME_LENGTH)
    ]
    too_long += [
        (slug, language, plain_name, explanation)
        for slug, language, plain_name, explanation, _ne, _ee in plain_words()
        if len(plain_name) > PLAIN_NAME_LENGTH or len(explanation) > EXPLANATION_LENGTH
    ]
    assert too_long == []


def test_nothing_is_the_english_left_untranslated():
    same = [
        (table, key, language, name)
        for table, key, language, name, name_en in names()
        if name.casefold() == name_en.casefold() and (table, key, language) not in SAME_AS_ENGLISH
    ]
    same += [
        (slug, language, text)
        for slug, language, plain_name, explanation, name_en, explanation_en in plain_words()
        for text, english in ((plain_name, name_en), (explanation, explanation_en))
        if text.casefold() == english.casefold()
    ]
    assert same == []


def test_the_allow_list_holds_only_names_that_really_are_the_same():
    # An entry someone has since translated differently should leave the list.
    english = {(table, row[0]): row[2] for table, _key, rows in taxonomy.TABLES for row in rows}
    for table, key, language in SAME_AS_ENGLISH:
        assert NAMES[table][key][language].casefold() == english[table, key].casefold()


def test_language_names_are_in_lower_case_where_the_language_writes_them_so():
    # Polish, Ukrainian and Lithuanian write "polski", "англійська", "anglų" inside a list.
    capitalised = [
        (code, language, name)
        for code, by_language in NAMES["Language"].items()
        for language, name in by_language.items()
        if language in ("uk", "pl", "lt") and name != name.lower()
    ]
    assert capitalised == []
