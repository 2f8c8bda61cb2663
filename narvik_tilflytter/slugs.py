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
