"""Bulk import of offers from a spreadsheet (CSV or XLSX), for organisations with many offers.

The columns are the portal offer form's fields, by their fixed English keys (`title_nb`,
`focus_areas`, …), so one file works whatever the interface's language. Every row goes through
`offers.forms.OfferForm`, the form of a single offer, with the same validators; nothing is
saved unless every row is valid, and then all rows are saved in one transaction, as drafts (or,
for the project office, submitted and approved through offers.moderation).

Tags are written as slugs or names, in either language and in any case, separated by commas or
semicolons: "leisure; Learning Norwegian", "fritid, norskopplæring". A topic also matches its
plain public name. Languages match their code ("uk") or their name ("ukrainsk", "Ukrainian").
"""

import csv
import datetime
import io
import re
import zipfile
from dataclasses import dataclass, field

from django import forms
from django.conf import settings
from django.db import transaction
from django.utils.datastructures import MultiValueDict
from django.utils.formats import date_format
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from actors.access import members_of
from narvik_tilflytter import mail, slugs

from . import moderation
from .forms import OfferForm
from .models import FocusArea, Language, Offer, Segment, TargetGroup

# Bounds on what one upload may hold.
MAX_BYTES = 2 * 1024 * 1024
MAX_ROWS = 500
# An XLSX is a zip: what it may unpack to, so a small "zip bomb" is refused before reading.
MAX_UNPACKED_BYTES = 40 * 1024 * 1024
MAX_COLUMNS = 100

TRANSLATED_COLUMNS = tuple(
    f"{name}_{language}"
    for language in settings.MODELTRANSLATION_LANGUAGES
    for name in Offer.TRANSLATED_FIELDS
)
TAG_COLUMNS = Offer.TAG_FIELDS
PLAIN_COLUMNS = Offer.PLAIN_FIELDS
# The file's columns, in the template's order.
COLUMNS = (*TRANSLATED_COLUMNS, *TAG_COLUMNS, *PLAIN_COLUMNS)
# Columns a file must have: the ones the form requires.
REQUIRED_COLUMNS = ("title_nb", "summary_nb", "focus_areas", "languages", "is_free")
DATE_COLUMNS = ("valid_from", "valid_until")
DATETIME_COLUMNS = ("starts_at", "ends_at")
NORWEGIAN_DATE = re.compile(
    r"(\d{1,2})\.(\d{1,2})\.(\d{4})(?:\s+(?:kl\.?\s*)?(\d{1,2})[.:](\d{2}))?"
)
TAG_MODELS = {
    "focus_areas": FocusArea,
    "target_groups": TargetGroup,
    "segments": Segment,
    "languages": Language,
}

# The words for is_free, in either language; the form asks it as "free" or "costs".
FREE_WORDS = {"yes", "ja", "free", "gratis", "true", "1", "x"}
COSTS_WORDS = {"no", "nei", "costs", "koster", "false", "0"}


class ImportFileError(Exception):
    """The file as a whole cannot be read: its message says why, for the person uploading."""

    def __init__(self, message):
        super().__init__(message)
        self.message = message


@dataclass
class RowError:
    row: int  # as the spreadsheet numbers it: the header is row 1
    column: str  # the column's key, or "" for the row as a whole
    label: str
    message: str


@dataclass
class Report:
    rows: int = 0
    errors: list = field(default_factory=list)
    offers: list = field(default_factory=list)

    @property
    def ok(self):
        return not self.errors

    @property
    def bad_rows(self):
        return len({error.row for error in self.errors})


# Reading the file.


def read_table(upload):
    """[(row number, {column: text})] from an uploaded file, or ImportFileError."""
    name = (upload.name or "").lower()
    if upload.size == 0:
        raise ImportFileError(_("The file is empty."))
    if upload.size > MAX_BYTES:
        raise ImportFileError(
            _("The file is too big. It may be at most %(size)s MB.")
            % {"size": MAX_BYTES // (1024 * 1024)}
        )
    if name.endswith(".csv"):
        rows = _csv_rows(upload.read())
    elif name.endswith(".xlsx"):
        rows = _xlsx_rows(upload.read())
    else:
        raise ImportFileError(
            _(
                "Upload a CSV file (.csv) or an Excel file (.xlsx). Older Excel files (.xls) must "
                "first be saved as .xlsx."
            )
        )
    return _with_header(rows)


def _csv_rows(data):
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ImportFileError(
            _(
                "The CSV file is not in UTF-8. In Excel, save it as “CSV UTF-8”, or upload it as "
                ".xlsx."
            )
        ) from None
    first_line = next((line for line in text.splitlines() if line.strip()), "")
    # The header holds only our keys, which have neither character: the one it has is the
    # separator (Excel in Norway writes ";", most other programs ",").
    delimiter = ";" if first_line.count(";") > first_line.count(",") else ","
    try:
        return [list(row) for row in csv.reader(io.StringIO(text), delimiter=delimiter)]
    except csv.Error:
        raise ImportFileError(
            _("The CSV file could not be read. Save it again and retry.")
        ) from None


def _xlsx_rows(data):
    import openpyxl

    broken = _("The Excel file could not be read. Save it again as .xlsx and retry.")
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            if sum(info.file_size for info in archive.infolist()) > MAX_UNPACKED_BYTES:
                raise ImportFileError(broken)
    except zipfile.BadZipFile:
        raise ImportFileError(broken) from None
    try:
        workbook = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
        try:
            sheet = workbook.worksheets[0]
            rows = []
            for values in sheet.iter_rows(values_only=True, max_col=MAX_COLUMNS):
                rows.append(list(values))
                if len(rows) > MAX_ROWS + 1 and any(v not in (None, "") for v in values):
                    break
        finally:
            workbook.close()
    # openpyxl parses untrusted XML and zip members: a broken file can fail in many ways
    # (KeyError for a missing part, ValueError, TypeError, XML errors…); each means "broken".
    except Exception:
        raise ImportFileError(broken) from None
    return rows


def _blank(value):
    return value is None or (isinstance(value, str) and not value.strip())


def _with_header(rows):
    # Blank lines above the header are skipped, and counted: row numbers are the sheet's.
    skipped = 0
    while skipped < len(rows) and all(_blank(value) for value in rows[skipped]):
        skipped += 1
    if skipped == len(rows):
        raise ImportFileError(_("The file is empty."))
    header = [str(value).strip().lower() if not _blank(value) else "" for value in rows[skipped]]
    header_row = skipped + 1
    rows = rows[skipped:]
    unknown = [name for name in header if name and name not in COLUMNS]
    if unknown:
        raise ImportFileError(
            _("Unknown columns: %(columns)s. Use the column names from the template.")
            % {"columns": ", ".join(unknown)}
        )
    doubled = sorted({name for name in header if name and header.count(name) > 1})
    if doubled:
        raise ImportFileError(
            _("These columns appear twice: %(columns)s.") % {"columns": ", ".join(doubled)}
        )
    missing = [name for name in REQUIRED_COLUMNS if name not in header]
    if missing:
        raise ImportFileError(
            _("Missing columns: %(columns)s. Start from the template.")
            % {"columns": ", ".join(missing)}
        )
    table = []
    for number, values in enumerate(rows[1:], start=header_row + 1):
        if all(_blank(value) for value in values):
            continue
        cells = {name: values[i] for i, name in enumerate(header) if name and i < len(values)}
        table.append((number, cells))
        if len(table) > MAX_ROWS:
            raise ImportFileError(
                _("The file has more than %(count)d offers. Split it into smaller files.")
                % {"count": MAX_ROWS}
            )
    if not table:
        raise ImportFileError(_("The file has a header but no offers."))
    return table


def _text(column, value):
    """A cell as the text a person would have typed in the form."""
    if value is None:
        return ""
    if isinstance(value, datetime.datetime):
        if column in DATE_COLUMNS:
            return value.date().isoformat()
        return value.strftime("%Y-%m-%d %H:%M")
    if isinstance(value, datetime.date):
        return value.isoformat()
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    text = str(value).strip()
    if column in DATE_COLUMNS or column in DATETIME_COLUMNS:
        # A Norwegian date ("01.03.2026", "1.3.2026 18.00") reads the same on the English
        # pages, whose form takes other formats: written as ISO for the form.
        match = NORWEGIAN_DATE.fullmatch(text)
        if match:
            day, month, year, hour, minute = match.groups()
            text = f"{year}-{int(month):02d}-{int(day):02d}"
            if hour is not None:
                text += f" {int(hour):02d}:{minute}"
    return text


# Tags: every term of the four vocabularies, by every name it may be written with.


def tag_lookup():
    """{column: {lower-case slug or name: term pk}}, in one query per vocabulary."""
    lookup = {}
    for column, model in TAG_MODELS.items():
        key = "code" if model is Language else "slug"
        names = [key, *(f"name_{code}" for code in settings.MODELTRANSLATION_LANGUAGES)]
        if model is FocusArea:
            names += [f"plain_name_{code}" for code in settings.MODELTRANSLATION_LANGUAGES]
        terms = {}
        for row in model.objects.values("pk", *names):
            for name in names:
                if row[name]:
                    terms.setdefault(row[name].strip().lower(), row["pk"])
        lookup[column] = terms
    return lookup


def split_tags(text):
    return [part.strip() for part in text.replace(";", ",").split(",") if part.strip()]


# Validating and saving.


def _form_data(cells, lookup):
    """The row as the offer form's POST data, and the errors of cells the form cannot take."""
    data = MultiValueDict()
    errors = {}
    for column in COLUMNS:
        text = _text(column, cells.get(column))
        if column in TAG_COLUMNS:
            pks, unknown = [], []
            for name in split_tags(text):
                pk = lookup[column].get(name.lower())
                (unknown if pk is None else pks).append(name if pk is None else str(pk))
            if unknown:
                errors[column] = _("Not known: %(names)s. See the allowed values.") % {
                    "names": ", ".join(gettext("“%(name)s”") % {"name": name} for name in unknown)
                }
            data.setlist(column, pks)
        elif column == "is_free":
            word = text.lower()
            # The template's example writes yes/no in the page's language: take those too.
            if word in FREE_WORDS or word == gettext("yes").lower():
                data[column] = OfferForm.FREE
            elif word in COSTS_WORDS or word == gettext("no").lower():
                data[column] = OfferForm.COSTS
            elif word:
                errors[column] = _("Write “yes” if the offer is free, “no” if it costs money.")
        else:
            data[column] = text
    return data, errors


def _label(form, column):
    if not column or column not in form.fields:
        return ""
    label = str(form.fields[column].label or column)
    norwegian = form.fields.get(f"{column[:-3]}_nb")
    if column.endswith("_en") and norwegian is not None and norwegian.label != label:
        return label  # The label already names its language ("In English (optional)").
    if column.endswith("_en"):
        return gettext("%(label)s (English)") % {"label": label}
    if column.endswith("_nb"):
        return gettext("%(label)s (Norwegian)") % {"label": label}
    language = column.rsplit("_", 1)[-1]
    if column in TRANSLATED_COLUMNS and language in dict(settings.LANGUAGES):
        name = dict(settings.LANGUAGES)[language]
        return gettext("%(label)s (%(language)s)") % {"label": label, "language": name}
    return label


def validate(table):
    """(valid forms by row number, [RowError]) for every row of the table."""
    lookup = tag_lookup()
    valid, errors = [], []
    for number, cells in table:
        data, cell_errors = _form_data(cells, lookup)
        form = OfferForm(data)
        form.is_valid()
        for column, message in cell_errors.items():
            errors.append(RowError(number, column, _label(form, column), str(message)))
        for column, messages in form.errors.items():
            if column in cell_errors:
                continue  # The cell's own error says it better.
            column = "" if column == forms.forms.NON_FIELD_ERRORS else column
            for message in messages:
                errors.append(RowError(number, column, _label(form, column), message))
        if not cell_errors and form.is_valid():
            valid.append((number, form))
    return valid, errors


def import_offers(upload, *, actor, by, publish=False):
    """Read, check and (if every row is valid) save the file's offers for `actor`.

    Raises ImportFileError for a file that cannot be read; returns a Report, whose `offers`
    are the new offers (none if any row has an error). `publish` (the project office only)
    submits and approves each new offer through offers.moderation, noting the import."""
    table = read_table(upload)
    report = Report(rows=len(table))
    valid, report.errors = validate(table)
    if report.errors:
        return report
    note = gettext("Imported from %(file)s on %(date)s") % {
        "file": upload.name,
        "date": date_format(datetime.date.today(), "SHORT_DATE_FORMAT"),
    }
    with transaction.atomic():
        for _number, form in valid:
            offer = form.save(commit=False)
            offer.actor = actor
            offer.status = Offer.Status.DRAFT
            offer.note_translation(form.changed_data)
            slugs.save_with_unique_slug(offer, offer.title_nb, "tilbud")
            form.save_m2m()
            if publish:
                moderation.submit(offer, by=by, note=note)
                moderation.approve(offer, by=by, note=note, notify=False)
            report.offers.append(offer)
        if publish and report.offers:
            # One mail for the whole import, not one per offer.
            mail.send_to_users(
                members_of(actor),
                "email/offers/imported",
                {"actor": actor, "offers": report.offers},
            )
    return report


# The template a person fills in.


def example_row():
    """One offer, as a filled-in row shows it. Words in the interface's language; tags by slug,
    which read the same in every language."""
    return {
        "title_nb": "Språkkafé på biblioteket",
        "summary_nb": "Snakk norsk med andre over en kopp kaffe. Alle nivåer er velkomne.",
        "description_nb": "Vi møtes hver tirsdag. Ingen påmelding.",
        "price_nb": "",
        "schedule_nb": "Tirsdager kl. 18–20",
        "title_en": "Language café at the library",
        "summary_en": "Speak Norwegian with others over a cup of coffee. All levels welcome.",
        "description_en": "We meet every Tuesday. No need to sign up.",
        "price_en": "",
        "schedule_en": "Tuesdays 6–8 pm",
        "focus_areas": "norwegian; leisure",
        "target_groups": "",
        "segments": "",
        "languages": "nb, en",
        "is_free": gettext("yes"),
        "place": "Narvik bibliotek",
        "address": "Kongens gate 44, 8514 Narvik",
        "starts_at": "",
        "ends_at": "",
        "signup_url": "",
        "signup_email": "",
        "signup_phone": "",
        "valid_from": "",
        "valid_until": "",
    }


def column_help():
    """[(column, what it holds, required)] for the template's explanation and the import page."""
    form = OfferForm()
    texts = {
        "focus_areas": _(
            "Topics, at least one. Slugs or names, separated by commas or semicolons."
        ),
        "target_groups": _("Groups, or empty for everyone. Slugs or names, as above."),
        "segments": _("Life situations, or empty for everyone. Slugs or names, as above."),
        "languages": _("Languages the offer is given in, at least one. Codes or names."),
        "is_free": _("“yes” if the offer is free, “no” if it costs money (then write the price)."),
        "starts_at": _("For a single event: date and time, like 2026-03-01 18:00."),
        "ends_at": _("Date and time, like 2026-03-01 20:00."),
        "valid_from": _("A date, like 2026-03-01."),
        "valid_until": _("A date, like 2027-06-30. The offer leaves the site after this day."),
    }
    return [
        (column, _label(form, column), texts.get(column, ""), column in REQUIRED_COLUMNS)
        for column in COLUMNS
    ]


def allowed_values():
    """[(column, label, [(key, names)])]: every term a tag column takes."""
    form = OfferForm()
    groups = []
    for column, model in TAG_MODELS.items():
        key = "code" if model is Language else "slug"
        terms = []
        for term in model.objects.order_by("order", key):
            names = [term.public_name] if model is FocusArea else []
            names += [getattr(term, f"name_{code}") for code in settings.MODELTRANSLATION_LANGUAGES]
            if model is FocusArea:
                names += [
                    getattr(term, f"plain_name_{code}")
                    for code in settings.MODELTRANSLATION_LANGUAGES
                ]
            unique = []
            for name in names:
                if name and name not in unique:
                    unique.append(name)
            terms.append((getattr(term, key), unique))
        groups.append((column, _label(form, column), terms))
    return groups


def template_csv():
    """The template as CSV (UTF-8 with BOM, ";" as Excel in Norway expects)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";")
    writer.writerow(COLUMNS)
    example = example_row()
    writer.writerow([example.get(column, "") for column in COLUMNS])
    return "\ufeff" + buffer.getvalue()


def template_xlsx():
    """The template as XLSX: the columns and an example on the first sheet, what each column
    holds and the allowed values on the second."""
    import openpyxl
    from openpyxl.styles import Font

    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = gettext("Offers")
    example = example_row()
    sheet.append(list(COLUMNS))
    _append_text(sheet, [example.get(column, "") for column in COLUMNS])
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    sheet.freeze_panes = "A2"
    for column_cells in sheet.columns:
        sheet.column_dimensions[column_cells[0].column_letter].width = 24

    help_sheet = workbook.create_sheet(gettext("Explanation"))
    help_sheet.append([gettext("Column"), gettext("Field"), gettext("What to write")])
    for column, label, text, required in column_help():
        label = f"{label} ({gettext('required')})" if required else label
        _append_text(help_sheet, [column, label, str(text)])
    help_sheet.append([])
    help_sheet.append([gettext("Allowed values")])
    for column, _label_text, terms in allowed_values():
        help_sheet.append([])
        help_sheet.append([column, gettext("Slug or code"), gettext("Names")])
        for key, names in terms:
            _append_text(help_sheet, [column, key, ", ".join(names)])
    for cell in help_sheet[1]:
        cell.font = Font(bold=True)
    for letter, width in (("A", 18), ("B", 34), ("C", 80)):
        help_sheet.column_dimensions[letter].width = width
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def _append_text(sheet, values):
    """Append a row of text cells: a name starting with "=" stays text, never a formula."""
    sheet.append(values)
    for cell in sheet[sheet.max_row]:
        if isinstance(cell.value, str) and cell.value:
            cell.data_type = "s"


# The upload forms: the portal's (an organisation the user administers) and the office's.


class ImportForm(forms.Form):
    actor = forms.ModelChoiceField(
        label=_("Organisation"), queryset=None, to_field_name="slug", empty_label=None
    )
    file = forms.FileField(
        label=_("The filled-in file (.csv or .xlsx)"),
        error_messages={"required": _("Choose the file to import.")},
        widget=forms.ClearableFileInput(attrs={"accept": ".csv,.xlsx"}),
    )

    def __init__(self, *args, actors, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["actor"].queryset = actors
        self.fields["file"].help_text = _(
            "At most %(max_rows)s offers and %(max_megabytes)s MB in one file."
        ) % {"max_rows": MAX_ROWS, "max_megabytes": MAX_BYTES // (1024 * 1024)}


class OfficeImportForm(ImportForm):
    publish = forms.BooleanField(
        label=_("Publish at once (each offer is sent and approved by you, noted in its history)"),
        required=False,
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Any organisation: the office chooses one, none is taken by default.
        self.fields["actor"].empty_label = _("Choose an organisation")

    def clean(self):
        data = super().clean()
        actor = data.get("actor")
        if data.get("publish") and actor is not None and not actor.is_approved:
            self.add_error(
                "publish",
                _("This organisation is not approved yet: import as drafts, or approve it first."),
            )
        return data
