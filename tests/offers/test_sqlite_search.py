"""SQLite's search table (migration 0014) follows every write to offers, through its triggers."""

import pytest
from django.db import connection

from offers import changes
from offers.models import Offer
from offers.search import TABLE, fold
from tests.factories import make_offer

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(connection.vendor != "sqlite", reason="the FTS5 table is SQLite's"),
]


def indexed(offer):
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT title_nb, summary_en FROM {TABLE} WHERE rowid = %s", [offer.pk])
        return cursor.fetchall()


def public_titles(query):
    from offers.search import search

    found = search(Offer.objects.public(), query).order_by("-rank", "-published_at", "pk")
    return [offer.title_nb for offer in found]


def test_a_new_offer_is_indexed_folded():
    offer = make_offer(title="Språkkafé – Øvelse (nivå A2)", summary_en="Coffee, and talk!")
    assert indexed(offer) == [(" Sprakkafe – ovelse  niva A2 ", " Coffee  and talk ")]
    assert fold("Språkkafé – Øvelse (nivå A2)") == indexed(offer)[0][0]


def test_an_edited_offer_is_found_by_its_new_words_only():
    offer = make_offer(title="Skiskole")
    offer.title_nb = "Svømmekurs"
    offer.save()
    assert public_titles("svommekurs") == ["Svømmekurs"]
    assert public_titles("skiskole") == []


def test_an_update_of_the_queryset_is_followed_too():
    offer = make_offer(title="Skiskole")
    Offer.objects.filter(pk=offer.pk).update(title_nb="Turlag")
    assert public_titles("turlag") == ["Turlag"]


def test_a_deleted_offer_leaves_the_table():
    offer = make_offer(title="Skiskole")
    offer.delete()
    assert indexed(offer) == []


def test_an_applied_change_is_found_by_its_new_words():
    live = make_offer(title="Skiskole")
    change, _initial = changes.start(live)
    change.title_nb = "Skiskole og skøyteskole"
    change.save()
    assert public_titles("skoyteskole") == []  # still a pending change
    changes.apply(change)
    assert public_titles("skoyteskole") == ["Skiskole og skøyteskole"]
    assert indexed(change) == []


def test_a_two_letter_search_finds_the_start_of_a_word():
    make_offer(title="IT-kurs for nybegynnere")
    make_offer(title="Kurs i strikking")
    assert public_titles("it") == ["IT-kurs for nybegynnere"]


def test_every_text_is_searched_without_its_accents():
    # PostgreSQL folds accents in titles only; SQLite's table holds every text folded.
    make_offer(title="Språkkafé", summary_nb="Øv på norsk over en kopp kaffe.")
    make_offer(title="Skiskole", summary_nb="Lær å gå på ski.")
    assert public_titles("Ov pa norsk") == ["Språkkafé"]
    assert public_titles("LAER") == ["Skiskole"]


def test_a_typo_in_a_summary_is_forgiven_but_the_title_comes_first():
    make_offer(title="Språkkafé", summary_nb="Øv på norsk over en kopp kaffe.")
    make_offer(title="Norskkurs for voksne", published_days_ago=5)
    assert public_titles("norks") == ["Norskkurs for voksne", "Språkkafé"]
