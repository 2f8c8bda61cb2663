"""`in` on an integer column, safe for numbers the column cannot hold.

Django leaves out-of-range numbers out of `exact`, `lt`, `gt` and friends on integer fields
(IntegerFieldOverflow: no row can match them), but not out of `in`. On SQLite such a number
makes the query itself fail (OverflowError: a 500): a form's multiple choice of ids
(`focus_areas=9223372036854775808`, ModelMultipleChoiceField filters `pk__in`), or the admin's
selected rows for an action. Registered for every IntegerField (ids included) by
ActorsConfig.ready; tests/test_fuzz.py found it.
"""

from django.db.models import IntegerField
from django.db.models.lookups import In


class IntegerIn(In):
    """`in` without the values outside the column's range: they match no row, and with none
    left the query matches nothing (as an empty `in` does)."""

    def process_rhs(self, compiler, connection):
        if self.rhs_is_direct_value():
            internal_type = self.lhs.output_field.get_internal_type()
            low, high = connection.ops.integer_field_range(internal_type)
            self.rhs = [
                value
                for value in self.rhs
                if not isinstance(value, int)
                or ((low is None or value >= low) and (high is None or value <= high))
            ]
        return super().process_rhs(compiler, connection)


def register():
    IntegerField.register_lookup(IntegerIn)
