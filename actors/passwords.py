"""Password rules beyond Django's: weak passwords the way Norwegians write them."""

import re
from functools import cached_property
from pathlib import Path

from django.contrib.auth.password_validation import CommonPasswordValidator
from django.core.exceptions import ValidationError

WORDS = Path(__file__).resolve().parent / "data" / "common_password_words_nb.txt"
# What people put around a word to satisfy a length rule: digits and symbols, nothing else.
PADDING = re.compile(r"^[\W\d_]*(?P<word>.*?)[\W\d_]*$")
ASCII = str.maketrans({"ø": "o", "å": "a", "æ": "ae"})


class NorwegianCommonPasswordValidator(CommonPasswordValidator):
    """Django's list of 20,000 common passwords, and also a common Norwegian word with only
    digits or symbols around it: "passord123", "Narvik2026", "sommer-2024!"."""

    @cached_property
    def words(self):
        words = set()
        for line in WORDS.read_text(encoding="utf-8").splitlines():
            word = line.strip().lower()
            if word and not word.startswith("#"):
                words.update({word, word.translate(ASCII)})
        return frozenset(words)

    def validate(self, password, user=None):
        super().validate(password, user)
        word = PADDING.match(password.strip().lower()).group("word")
        if word in self.words:
            raise ValidationError(self.get_error_message(), code="password_too_common")
