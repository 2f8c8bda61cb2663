"""CSV downloads that Excel opens as they were written, in every language: the gap map's tables
(offers/views/gap_map.py) and the public offer list (offers/views/export.py)."""

import csv

from django.http import HttpResponse
from django.utils import formats

# What Excel would run as a formula when a cell starts with it.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def csv_response(rows, filename):
    """`rows` (lists of cells) as a CSV attachment named `filename`.

    Excel reads a comma-separated file as one column where the decimal mark is a comma
    (bokmål): there the list separator is a semicolon. The BOM makes it read UTF-8 (æøå)."""
    delimiter = ";" if formats.get_format("DECIMAL_SEPARATOR") == "," else ","
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    response.write("\ufeff")
    writer = csv.writer(response, delimiter=delimiter)
    writer.writerows([formula_safe(str(cell)) for cell in row] for row in rows)
    return response


def formula_safe(cell):
    """A cell Excel would run as a formula (an organisation may name a job «=HYPERLINK(…)»)
    starts with an apostrophe instead, which Excel shows as text. No count or date starts so."""
    return f"'{cell}" if cell[:1] in FORMULA_STARTS else cell
