"""The gap map (admin:gap_map): where the reception apparatus has holes, for the project office.

Each table is plain data, a header and rows of cells, so the page and its CSV are made from the
same numbers (offers/views/gap_map.py renders both). Offer counts are always of
`Offer.objects.public()`; feedback, unmet needs and searches without results are those of the
chosen period; recruitment needs are the ones open now. Every figure comes from a grouped query
(a fixed number of queries, however many offers there are).

The office sees every count: the public threshold of offers/feedback.py (MIN_ANSWERS) does not
apply here, but each figure says how many answers stand behind it.
"""

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime, time
from functools import cached_property

from django.db.models import Count, Max, Min, Q, Sum
from django.db.models.functions import Lower, TruncMonth
from django.utils import formats, timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from actors.models import Actor, ActorEvent, FieldCategory, NorwegianLevel, RecruitmentNeed

from .feedback import figure_aggregates
from .models import (
    Feedback,
    FocusArea,
    Language,
    Offer,
    Segment,
    TargetGroup,
    UnmetNeed,
    ZeroResultSearch,
    with_public_offer_counts,
)

# A cell with this many public offers or fewer (but at least one) is thin; none is a gap.
THIN_MAX = 2

# The groups likely to need an offer in each language: the programme's working assumption,
# written down once and said in the languages table's caption. A language not listed here
# (Norwegian, Northern Sami) is not tied to any one group.
LIKELY_GROUPS = {
    "uk": ("refugees", "family-reunification"),
    "ar": ("refugees", "family-reunification"),
    "ti": ("refugees", "family-reunification"),
    "so": ("refugees", "family-reunification"),
    "fa": ("refugees", "family-reunification"),
    "prs": ("refugees", "family-reunification"),
    "ru": ("refugees", "labour-europe"),
    "pl": ("labour-europe",),
    "lt": ("labour-europe",),
    "de": ("labour-europe",),
    "es": ("labour-europe", "labour-outside-europe"),
    "tl": ("labour-outside-europe",),
    "sv": ("labour-scandinavia",),
    "en": ("labour-europe", "labour-outside-europe", "labour-scandinavia"),
}

# The topics recruitment needs are set against: getting work, and the Norwegian a job asks.
NEEDS_TOPICS = ("work", "norwegian")

# The grid's columns: target groups by default, or segments.
GRID_COLUMNS = {
    "group": (TargetGroup, "target_groups", "target_group"),
    "segment": (Segment, "segments", "segment"),
}

# The offer's organisation kinds, in the order the model lists them.
KIND_ORDER = {kind: number for number, kind in enumerate(Actor.Kind.values)}


# --- cells ------------------------------------------------------------------------------


@dataclass(frozen=True)
class OfferCount:
    """A number of public offers, marked as a gap when there are none or few."""

    count: int

    @property
    def gap(self):
        if self.count == 0:
            return "none"
        if self.count <= THIN_MAX:
            return "thin"
        return ""

    @property
    def gap_word(self):
        return {"none": _("none"), "thin": _("thin"), "": ""}[self.gap]


@dataclass(frozen=True)
class FeedbackCell:
    """Feedback figures (offers/feedback.py's keys) as the office sees them: all counts."""

    answers: int = 0
    got_in_count: int = 0
    tried_count: int = 0
    quality_count: int = 0
    quality_average: float | None = None
    ease_count: int = 0
    ease_average: float | None = None

    @classmethod
    def of(cls, row):
        return cls(**{name: row[name] for name in cls.__dataclass_fields__})

    @property
    def got_in_share(self):
        """The share, in whole per cent, of those who tried who got in (None if nobody tried)."""
        if not self.tried_count:
            return None
        return round(100 * self.got_in_count / self.tried_count)


EMPTY_FEEDBACK = FeedbackCell()


def text(value):
    """A cell as the page and the CSV write it (the same string in both)."""
    if value is None:
        return ""
    if isinstance(value, OfferCount):
        return str(value.count)
    if isinstance(value, float):
        return formats.number_format(value, decimal_pos=1)
    if isinstance(value, date):
        return formats.date_format(value, "SHORT_DATE_FORMAT")
    return str(value)


def is_number(value):
    return isinstance(value, int | float | OfferCount)


@dataclass
class Table:
    """A table of the gap map: its CSV name (`?format=csv&table=<key>`), a heading, a caption
    saying what is counted, the header row and the rows. The first cell of a row heads it."""

    key: str
    title: str
    caption: str
    header: list
    rows: list = field(default_factory=list)

    def csv_rows(self):
        yield [str(cell) for cell in self.header]
        for row in self.rows:
            yield [text(cell) for cell in row]

    def html_rows(self):
        for row in self.rows:
            yield [
                {
                    "text": text(cell),
                    "number": is_number(cell),
                    "gap": getattr(cell, "gap", ""),
                    "gap_word": getattr(cell, "gap_word", ""),
                }
                for cell in row
            ]


@dataclass
class GridCell:
    offers: OfferCount
    needs: int = 0
    searches: int = 0
    feedback: FeedbackCell = EMPTY_FEEDBACK

    def facts(self):
        """The cell's figures besides the offer count, in words, only those that are not zero."""
        facts = []
        if self.needs:
            facts.append(
                ngettext("%(count)s unmet need", "%(count)s unmet needs", self.needs)
                % {"count": self.needs}
            )
        if self.searches:
            facts.append(
                ngettext(
                    "%(count)s search without results",
                    "%(count)s searches without results",
                    self.searches,
                )
                % {"count": self.searches}
            )
        if self.feedback.answers:
            facts.append(feedback_words(self.feedback))
        return facts


def feedback_words(figures):
    parts = [
        ngettext("%(count)s answer", "%(count)s answers", figures.answers)
        % {"count": figures.answers}
    ]
    if figures.quality_average is not None:
        parts.append(
            _("quality %(average)s of 5") % {"average": text(float(figures.quality_average))}
        )
    if figures.tried_count:
        parts.append(
            _("%(got_in)s of %(tried)s got in (%(share)s %%)")
            % {
                "got_in": figures.got_in_count,
                "tried": figures.tried_count,
                "share": figures.got_in_share,
            }
        )
    return ", ".join(str(part) for part in parts)


@dataclass
class Grid:
    """Topics by target group (or segment). `columns` ends with None: no group (segment) given."""

    key: str
    title: str
    caption: str
    by: str
    topics: list
    columns: list
    cells: dict  # (topic pk, column pk or None) -> GridCell
    totals: dict  # topic pk -> OfferCount: the topic's public offers, any group or none

    @property
    def column_label(self):
        return _("Target group") if self.by == "group" else _("Segment")

    def column_name(self, term):
        if term is None:
            return _("No group given") if self.by == "group" else _("No segment given")
        return term.name

    def header(self):
        return [
            _("Topic"),
            *(self.column_name(term) for term in self.columns),
            _("All public offers on the topic"),
        ]

    def rows(self):
        for topic in self.topics:
            cells = [self.cells[topic.pk, None if t is None else t.pk] for t in self.columns]
            yield topic, cells, self.totals[topic.pk]

    def html_rows(self):
        """(topic, [(cell, marked)], total): the last column (no group given) is no gap."""
        for topic, cells, total in self.rows():
            marked = [term is not None for term in self.columns]
            yield topic, list(zip(cells, marked, strict=True)), total

    def csv_rows(self):
        """One row per cell: the same numbers as the page, one column each, for a pivot."""
        yield [
            str(label)
            for label in (
                _("Topic"),
                self.column_label,
                _("Public offers"),
                _("Gap"),
                _("Unmet needs"),
                _("Searches without results"),
                _("Feedback answers"),
                _("Average quality"),
                _("Got in"),
                _("Tried to get in"),
            )
        ]
        for topic, cells, _total in self.rows():
            for term, cell in zip(self.columns, cells, strict=True):
                quality = cell.feedback.quality_average
                yield [
                    topic.name,
                    str(self.column_name(term)),
                    text(cell.offers),
                    str(cell.offers.gap_word) if term is not None else "",
                    text(cell.needs),
                    text(cell.searches),
                    text(cell.feedback.answers),
                    text(None if quality is None else float(quality)),
                    text(cell.feedback.got_in_count),
                    text(cell.feedback.tried_count),
                ]


# --- the period -------------------------------------------------------------------------


@dataclass(frozen=True)
class Period:
    """Whole months, from the first day of `first` to the last day of `last`."""

    first: date
    last: date

    @classmethod
    def last_twelve_months(cls, today=None):
        today = today or timezone.localdate()
        start = month_add(date(today.year, today.month, 1), -11)
        return cls(start, date(today.year, today.month, 1))

    @property
    def end(self):
        """The first day after the period."""
        return month_add(self.last, 1)

    def days(self, name):
        """Q for a DateField `name` inside the period."""
        return Q(**{f"{name}__gte": self.first, f"{name}__lt": self.end})

    def times(self, name):
        """Q for a DateTimeField `name` inside the period, in the site's time zone."""
        start, end = (
            timezone.make_aware(datetime.combine(d, time.min)) for d in (self.first, self.end)
        )
        return Q(**{f"{name}__gte": start, f"{name}__lt": end})

    def months(self):
        month = self.first
        while month <= self.last:
            yield month
            month = month_add(month, 1)


def month_add(day, months):
    """The first of the month `months` after (or before) `day`'s month."""
    index = day.year * 12 + day.month - 1 + months
    return date(index // 12, index % 12 + 1, 1)


def month_of(value):
    """The first day of a TruncMonth result (a date, or an aware datetime on a DateTimeField)."""
    if isinstance(value, datetime):
        value = timezone.localtime(value) if timezone.is_aware(value) else value
    return date(value.year, value.month, 1)


def months_in(first, last):
    return (last.year - first.year) * 12 + last.month - first.month + 1


def month_name(month):
    return formats.date_format(month, "YEAR_MONTH_FORMAT")


# --- the map ----------------------------------------------------------------------------


class GapMap:
    """Every table of the gap map for one period; each query runs once, when first needed."""

    def __init__(self, period, by="group"):
        self.period = period
        self.by = by

    @cached_property
    def public_pks(self):
        return Offer.objects.public().values("pk")

    @cached_property
    def topics(self):
        return list(FocusArea.objects.all())

    @cached_property
    def groups(self):
        return list(TargetGroup.objects.all())

    @cached_property
    def searches(self):
        """The filters of the period's searches without results (plain data, not the words)."""
        return list(
            ZeroResultSearch.objects.filter(self.period.days("created_on")).values_list(
                "filters", flat=True
            )
        )

    # The tables, by the name ?table= takes, in the page's order.
    TABLES = (
        "grid",
        "languages",
        "kinds",
        "organisations",
        "needs",
        "occupations",
        "needs_offers",
        "months",
    )

    def tables(self):
        return {key: self.table(key) for key in self.TABLES}

    def table(self, key):
        return getattr(self, key)()

    # -- topic × group ---------------------------------------------------------------------

    def grid(self):
        model, relation, fk = GRID_COLUMNS[self.by]
        columns = [*(self.groups if model is TargetGroup else model.objects.all()), None]
        offers = {
            (row["focus_areas"], row[relation]): row["n"]
            for row in Offer.objects.public()
            .values("focus_areas", relation)
            .annotate(n=Count("pk", distinct=True))
            .order_by()
        }
        totals = {
            row["focus_areas"]: row["n"]
            for row in Offer.objects.public()
            .values("focus_areas")
            .annotate(n=Count("pk", distinct=True))
            .order_by()
        }
        needs = {
            (row["focus_area"], row[fk]): row["n"]
            for row in UnmetNeed.objects.filter(self.period.days("created_on"))
            .values("focus_area", fk)
            .annotate(n=Count("pk"))
            .order_by()
        }
        feedback = {
            (row["offer__focus_areas"], row[f"offer__{relation}"]): FeedbackCell.of(row)
            for row in Feedback.objects.filter(self.period.days("created_on"))
            .values("offer__focus_areas", f"offer__{relation}")
            .annotate(**figure_aggregates())
            .order_by()
        }
        searches = self._grid_searches(columns)
        cells = {
            (topic.pk, None if term is None else term.pk): GridCell(
                offers=OfferCount(offers.get((topic.pk, None if term is None else term.pk), 0)),
                needs=needs.get((topic.pk, None if term is None else term.pk), 0),
                searches=searches[topic.slug, None if term is None else term.slug],
                feedback=feedback.get(
                    (topic.pk, None if term is None else term.pk), EMPTY_FEEDBACK
                ),
            )
            for topic in self.topics
            for term in columns
        }
        if self.by == "group":
            title = _("Topics and target groups")
            caption = _(
                "Public offers for each topic and target group. “none” and “thin” (1–%(thin)s "
                "offers) mark the gaps. Under the number: unmet needs and searches without "
                "results that named the topic and the group, and feedback on the topic's offers "
                "for the group, in the period."
            ) % {"thin": THIN_MAX}
        else:
            title = _("Topics and segments")
            caption = _(
                "Public offers for each topic and segment. “none” and “thin” (1–%(thin)s "
                "offers) mark the gaps. Under the number: unmet needs and searches without "
                "results that named the topic and the segment, and feedback on the topic's "
                "offers for the segment, in the period."
            ) % {"thin": THIN_MAX}
        return Grid(
            key="grid",
            title=title,
            caption=caption,
            by=self.by,
            topics=self.topics,
            columns=columns,
            cells=cells,
            totals={topic.pk: OfferCount(totals.get(topic.pk, 0)) for topic in self.topics},
        )

    def _grid_searches(self, columns):
        """Searches per (topic slug, column slug or None): a search counts in every cell its
        filters name; one that named a topic but no group (segment) in the last column."""
        counts = defaultdict(int)
        for filters in self.searches:
            chosen = filters.get(self.by) or [None]
            for topic in filters.get("focus") or ():
                for term in chosen:
                    counts[topic, term] += 1
        return counts

    # -- languages -------------------------------------------------------------------------

    def languages(self):
        likely = Q()
        for code, groups in LIKELY_GROUPS.items():
            likely |= Q(languages__code=code, target_groups__slug__in=groups)
        counts = {
            row["languages"]: row
            for row in Offer.objects.public()
            .values("languages")
            .annotate(
                total=Count("pk", distinct=True),
                for_likely=Count("pk", distinct=True, filter=likely),
            )
            .order_by()
        }
        groups = {group.slug: group.name for group in self.groups}
        needs = dict(
            UnmetNeed.objects.filter(self.period.days("created_on"), offer_language__isnull=False)
            .values_list("offer_language")
            .annotate(n=Count("pk"))
            .order_by()
        )
        searches = defaultdict(int)
        for filters in self.searches:
            for code in filters.get("language") or ():
                searches[code] += 1
        languages = list(Language.objects.all())
        rows = []
        for language in languages:
            row = counts.get(language.pk, {"total": 0, "for_likely": 0})
            likely_groups = LIKELY_GROUPS.get(language.code, ())
            rows.append(
                [
                    language.name,
                    OfferCount(row["total"]),
                    ", ".join(str(groups[slug]) for slug in likely_groups if slug in groups),
                    OfferCount(row["for_likely"]) if likely_groups else None,
                    needs.get(language.pk, 0),
                    searches[language.code],
                ]
            )
        return Table(
            key="languages",
            title=_("Languages"),
            caption=_(
                "Public offers given in each language, and how many of them are for the groups "
                "likely to need that language. Which groups those are is the programme's "
                "assumption, set in one place (offers/gaps.py): %(assumption)s. Unmet needs and "
                "searches without results that asked for the language are of the period."
            )
            % {"assumption": self.language_assumption(languages, groups)},
            header=[
                _("Language"),
                _("Public offers"),
                _("Groups likely to need it"),
                _("Public offers for these groups"),
                _("Unmet needs"),
                _("Searches without results"),
            ],
            rows=rows,
        )

    @staticmethod
    def language_assumption(languages, group_names):
        """LIKELY_GROUPS in words: "ukrainsk, arabisk: Flyktninger …, Familiegjenforente; …"."""
        names = {language.code: language.name_in_text for language in languages}
        by_groups = defaultdict(list)
        for code, groups in LIKELY_GROUPS.items():
            by_groups[groups].append(str(names.get(code, code)))
        return "; ".join(
            "{}: {}".format(
                ", ".join(languages),
                ", ".join(str(group_names.get(slug, slug)) for slug in groups),
            )
            for groups, languages in by_groups.items()
        )

    # -- organisations ---------------------------------------------------------------------

    def kinds(self):
        organisations = dict(
            Actor.objects.public().values_list("kind").annotate(n=Count("pk")).order_by()
        )
        offers = dict(
            Offer.objects.public().values_list("actor__kind").annotate(n=Count("pk")).order_by()
        )
        feedback = {
            row["offer__actor__kind"]: FeedbackCell.of(row)
            for row in Feedback.objects.filter(self.period.days("created_on"))
            .values("offer__actor__kind")
            .annotate(**figure_aggregates())
            .order_by()
        }
        rows = []
        for kind, label in Actor.Kind.choices:
            figures = feedback.get(kind, EMPTY_FEEDBACK)
            rows.append(
                [
                    label,
                    organisations.get(kind, 0),
                    OfferCount(offers.get(kind, 0)),
                    *feedback_columns(figures),
                ]
            )
        return Table(
            key="kinds",
            title=_("Organisations by kind"),
            caption=_(
                "Approved organisations of each kind, their public offers, and the feedback on "
                "their offers in the period."
            ),
            header=[
                _("Kind"),
                _("Approved organisations"),
                _("Public offers"),
                *FEEDBACK_HEADER,
            ],
            rows=rows,
        )

    def organisations(self):
        actors = with_public_offer_counts(Actor.objects.public()).annotate(
            last_confirmed=Max(
                "offers__last_confirmed_at", filter=Q(offers__pk__in=self.public_pks)
            )
        )
        feedback = {
            row["offer__actor"]: FeedbackCell.of(row)
            for row in Feedback.objects.filter(self.period.days("created_on"))
            .values("offer__actor")
            .annotate(**figure_aggregates())
            .order_by()
        }
        rows = []
        for actor in sorted(actors, key=lambda a: (KIND_ORDER.get(a.kind, 99), a.name.casefold())):
            confirmed = actor.last_confirmed
            rows.append(
                [
                    actor.name,
                    actor.get_kind_display(),
                    OfferCount(actor.offer_count),
                    *feedback_columns(feedback.get(actor.pk, EMPTY_FEEDBACK)),
                    timezone.localdate(confirmed) if confirmed else None,
                ]
            )
        return Table(
            key="organisations",
            title=_("Organisations and their offers"),
            caption=_(
                "Each approved organisation, by kind: its public offers, the feedback on its "
                "offers in the period, and the last time it confirmed a public offer is current."
            ),
            header=[
                _("Organisation"),
                _("Kind"),
                _("Public offers"),
                *FEEDBACK_HEADER,
                _("Last confirmed"),
            ],
            rows=rows,
        )

    # -- recruitment needs -----------------------------------------------------------------

    def needs(self):
        levels = NorwegianLevel.values
        people = defaultdict(int)
        learners = defaultdict(int)
        for row in (
            RecruitmentNeed.objects.open()
            .values("field_category", "norwegian_level")
            .annotate(people=Sum("count"), learners=Sum("count", filter=Q(hires_learners=True)))
            .order_by()
        ):
            people[row["field_category"], row["norwegian_level"]] = row["people"]
            learners[row["field_category"]] += row["learners"] or 0
        rows = []
        for category, label in FieldCategory.choices:
            by_level = [people[category, level] for level in levels]
            rows.append([label, *by_level, sum(by_level), learners[category]])
        totals = [sum(row[i] for row in rows) for i in range(1, len(levels) + 3)]
        rows.append([_("All kinds of work"), *totals])
        return Table(
            key="needs",
            title=_("Recruitment needs"),
            caption=_(
                "People employers want now (open recruitment needs), by kind of work and the "
                "Norwegian the job needs; the last column counts those the employer would hire "
                "while they still learn Norwegian."
            ),
            header=[
                _("Kind of work"),
                *NorwegianLevel.labels,
                _("All people wanted"),
                _("Would hire a learner"),
            ],
            rows=rows,
        )

    def occupations(self):
        levels = dict(NorwegianLevel.choices)
        categories = dict(FieldCategory.choices)
        rows = [
            [
                row["name"],
                categories.get(row["field_category"], row["field_category"]),
                levels.get(row["norwegian_level"], row["norwegian_level"]),
                row["people"],
                row["learners"] or 0,
                row["organisations"],
                row["starts_on"],
            ]
            for row in RecruitmentNeed.objects.open()
            .annotate(occupation=Lower("field"))
            .values("occupation", "field_category", "norwegian_level")
            .annotate(
                name=Min("field"),
                people=Sum("count"),
                learners=Sum("count", filter=Q(hires_learners=True)),
                organisations=Count("actor", distinct=True),
                starts_on=Min("starts_on"),
            )
            .order_by("-people", "occupation")
        ]
        return Table(
            key="occupations",
            title=_("Occupations wanted"),
            caption=_(
                "Open recruitment needs by occupation as the employers wrote it, most people first."
            ),
            header=[
                _("Occupation or field"),
                _("Kind of work"),
                _("Norwegian level"),
                _("People wanted"),
                _("Would hire a learner"),
                _("Employers"),
                _("From"),
            ],
            rows=rows,
        )

    def needs_offers(self):
        topics = [topic for topic in self.topics if topic.slug in NEEDS_TOPICS]
        counts = dict(
            Offer.objects.public()
            .filter(focus_areas__in=topics)
            .values_list("focus_areas")
            .annotate(n=Count("pk", distinct=True))
            .order_by()
            .order_by()
        )
        return Table(
            key="needs_offers",
            title=_("Offers that meet recruitment needs"),
            caption=_(
                "Public offers on work and recruitment and on learning Norwegian, to set "
                "against the recruitment needs above."
            ),
            header=[_("Topic"), _("Public offers")],
            rows=[[topic.name, OfferCount(counts.get(topic.pk, 0))] for topic in topics],
        )

    # -- month by month --------------------------------------------------------------------

    def months(self):
        period = self.period

        def per_month(queryset, name):
            return {
                month_of(row["month"]): row["n"]
                for row in queryset.annotate(month=TruncMonth(name))
                .values("month")
                .annotate(n=Count("pk"))
                .order_by()
                .order_by()
            }

        published = per_month(
            Offer.objects.filter(period.times("published_at"), change_of__isnull=True),
            "published_at",
        )
        approved = per_month(
            ActorEvent.objects.filter(period.times("at"), action=ActorEvent.Action.APPROVED),
            "at",
        )
        feedback = per_month(Feedback.objects.filter(period.days("created_on")), "created_on")
        needs = per_month(UnmetNeed.objects.filter(period.days("created_on")), "created_on")
        searches = per_month(
            ZeroResultSearch.objects.filter(period.days("created_on")), "created_on"
        )
        columns = (published, approved, feedback, needs, searches)
        rows = [
            [month_name(month), *(column.get(month, 0) for column in columns)]
            for month in period.months()
        ]
        rows.append([_("Whole period"), *(sum(column.values()) for column in columns)])
        return Table(
            key="months",
            title=_("Month by month"),
            caption=_(
                "Offers first published, organisations approved, feedback answers, unmet needs "
                "and searches without results, each month of the period."
            ),
            header=[
                _("Month"),
                _("Offers published"),
                _("Organisations approved"),
                _("Feedback answers"),
                _("Unmet needs"),
                _("Searches without results"),
            ],
            rows=rows,
        )


FEEDBACK_HEADER = (
    _("Feedback answers"),
    _("Average quality"),
    _("Got in"),
    _("Tried to get in"),
)


def feedback_columns(figures):
    quality = figures.quality_average
    return [
        figures.answers,
        None if quality is None else float(quality),
        figures.got_in_count,
        figures.tried_count,
    ]
