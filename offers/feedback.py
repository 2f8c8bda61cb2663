"""What newcomers' feedback on an offer adds up to, and the one rule for when it may be shown.

Figures about an offer are shown (on its public page, and to its organisation) only when at
least `MIN_ANSWERS` answers stand behind each of them, so that no single answer can be traced
back to a person. The gap map (admin) shows the office all counts.
"""

from dataclasses import dataclass

from django.db.models import Avg, Count, OuterRef, Q, Subquery

from .models import Feedback

MIN_ANSWERS = 5

# Comments shown on an offer's page, newest first.
SHOWN_COMMENTS = 20

Used = Feedback.Used


def feedback_figures(queryset):
    """The aggregate of any set of feedback rows, in one query (keys as in `Figures`)."""
    return queryset.aggregate(**figure_aggregates())


def figure_aggregates():
    """The aggregates behind `Figures`, for `.aggregate()` or, grouped, `.values().annotate()`
    (the gap map)."""
    return {
        "answers": Count("pk"),
        # Named unlike the fields: an aggregate's name must not shadow the field it filters on.
        "got_in_count": Count("pk", filter=Q(used=Used.YES)),
        "tried_count": Count("pk", filter=Q(used__in=[Used.YES, Used.TRIED])),
        "quality_count": Count("quality"),
        "quality_average": Avg("quality"),
        "ease_count": Count("ease"),
        "ease_average": Avg("ease"),
    }


@dataclass(frozen=True)
class Figures:
    answers: int
    got_in_count: int
    tried_count: int
    quality_count: int
    quality_average: float | None
    ease_count: int
    ease_average: float | None

    @classmethod
    def of(cls, queryset):
        return cls(**feedback_figures(queryset))

    @property
    def shown(self):
        """Whether anything may be shown at all."""
        return self.answers >= MIN_ANSWERS

    @property
    def quality(self):
        """The average "how good" (1 to 5), or None if fewer than MIN_ANSWERS gave one."""
        return self.quality_average if self.quality_count >= MIN_ANSWERS else None

    @property
    def ease(self):
        return self.ease_average if self.ease_count >= MIN_ANSWERS else None

    @property
    def got_in(self):
        """(got in, tried) of those who tried to use it, or None if fewer than MIN_ANSWERS."""
        if self.tried_count < MIN_ANSWERS:
            return None
        return (self.got_in_count, self.tried_count)


def figures_for(offer):
    """The offer's figures: from `with_figures`' annotations when the offer has them (no
    query), else in one query."""
    if hasattr(offer, "figure_answers"):
        values = {name: getattr(offer, f"figure_{name}") for name in figure_aggregates()}
        counts = {name: value or 0 for name, value in values.items() if "average" not in name}
        return Figures(**{**values, **counts})
    return Figures.of(Feedback.objects.filter(offer=offer))


def with_figures(offers):
    """Offers annotated with their feedback figures (`figure_<name>`), in the same query."""
    rows = Feedback.objects.filter(offer=OuterRef("pk")).order_by().values("offer")
    return offers.annotate(
        **{
            f"figure_{name}": Subquery(rows.annotate(value=aggregate).values("value"))
            for name, aggregate in figure_aggregates().items()
        }
    )


def shown_comments(offer):
    return Feedback.objects.filter(
        offer=offer, comment_status=Feedback.CommentStatus.APPROVED
    ).order_by("-created_on", "-pk")[:SHOWN_COMMENTS]
