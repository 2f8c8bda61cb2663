from django.db import IntegrityError, transaction
from django.utils.text import slugify

# slugify() drops letters it cannot spell in ASCII; spell the Norwegian ones out first.
NORWEGIAN_LETTERS = str.maketrans({"æ": "ae", "ø": "o", "å": "a", "Æ": "Ae", "Ø": "O", "Å": "A"})


def unique_slug(queryset, text, fallback):
    """A slug for `text` that no row of `queryset` has yet: "narvik-rode-kors", "…-2", …"""
    base = slugify(text.translate(NORWEGIAN_LETTERS))[:180] or fallback
    slug, number = base, 1
    while queryset.filter(slug=slug).exists():
        number += 1
        slug = f"{base}-{number}"
    return slug


# How often a save tries the next free slug when another save takes the one it chose.
SLUG_ATTEMPTS = 5


def save_with_unique_slug(obj, text, fallback, *, save=None):
    """Give the new row `obj` a free slug for `text` and save it (with `save()`, or `obj.save`).

    Two saves of the same title at the same moment find the same free slug, and the second
    breaks the slug's unique constraint. That save is undone to a savepoint (the caller's
    transaction goes on) and tried again with the next free slug, a few times at most. Any
    other IntegrityError is raised as it is."""
    queryset = type(obj)._default_manager.all()
    save = save or obj.save
    for attempt in range(1, SLUG_ATTEMPTS + 1):
        obj.slug = unique_slug(queryset, text, fallback)
        try:
            with transaction.atomic():
                save()
        except IntegrityError:
            if attempt == SLUG_ATTEMPTS or not queryset.filter(slug=obj.slug).exists():
                raise
        else:
            return obj
