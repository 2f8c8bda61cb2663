"""Fill a local database with demo organisations, offers and logins (`manage.py seed_demo`).

Idempotent: every row is looked up by its stable key (taxonomy slug/code, actor and offer
slug, user e-mail) and written only when it differs from the demo data, so a second run on the
same day changes nothing. Dates are computed from today's date (midnight, Europe/Oslo), so a
run on a later day moves the demo dates along and the demo never goes stale.

The data is in TOML files in offers/demo/ (each file's header says its format); the taxonomy is
offers/taxonomy.py.
"""

import tomllib
from datetime import datetime, time, timedelta
from pathlib import Path

from django.apps import apps
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.hashers import make_password
from django.contrib.auth.models import Group
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.utils import timezone, translation
from modeltranslation.translator import translator

from actors.models import Actor, Membership, RecruitmentNeed
from actors.office import OFFICE_GROUP
from offers import changes, taxonomy
from offers.models import (
    Feedback,
    FocusArea,
    Language,
    Offer,
    PublicVersion,
    Segment,
    TargetGroup,
    UnmetNeed,
    ZeroResultSearch,
)

DEMO_DATA = Path(__file__).resolve().parents[2] / "demo"

PLAIN_OFFER_FIELDS = ("place", "address", "signup_url", "signup_email", "signup_phone")
# The Actor's translated fields, as actors/translation.py registers them (`description`).
ACTOR_TRANSLATED_FIELDS = translator.get_options_for_model(Actor).fields
# The relative dates of offers.toml (its header explains them).
OFFER_DATE_KEYS = ("published_days_ago", "confirmed_days_ago", "starts", "ends", "valid_until_days")
OFFER_KEYS = {
    "slug",
    "actor",
    "status",
    "is_free",
    *Offer.TRANSLATED_FIELDS,
    *PLAIN_OFFER_FIELDS,
    *Offer.TAG_FIELDS,
    *OFFER_DATE_KEYS,
}
ORGANISATION_KEYS = {
    "slug",
    "name",
    "kind",
    *ACTOR_TRANSLATED_FIELDS,
    "website",
    "email",
    "phone",
    "address",
    "is_approved",
    "contact_name",
    "contact_language",
}


def read_demo_data(name):
    """One of the data files in offers/demo/ (`name` without `.toml`), as a dict."""
    with (DEMO_DATA / f"{name}.toml").open("rb") as file:
        return tomllib.load(file)


def check_keys(data, allowed, where):
    """A misspelt key in a data file would be ignored silently; say so instead."""
    unknown = set(data) - set(allowed)
    if unknown:
        raise CommandError(f"{where}: unknown keys {sorted(unknown)} in offers/demo/.")


def translated(data, fields, where, *, fill_missing=True):
    """The data's `title = { nb = "…", en = "…" }` as the model's `title_nb`, `title_en`, … for
    each of `fields`. A language the data leaves out is "" (with fill_missing=False: left out)."""
    languages = settings.MODELTRANSLATION_LANGUAGES
    values = {}
    for field in fields:
        texts = data.get(field, {})
        if not isinstance(texts, dict) or set(texts) - set(languages):
            raise CommandError(
                f"{where}: {field} must be a table of texts by language, one of {languages}."
            )
        for language in languages:
            if language in texts or fill_missing:
                values[f"{field}_{language}"] = texts.get(language, "")
    return values


class Command(BaseCommand):
    help = (
        "Create or update the demo data: taxonomy, ~20 organisations, 35+ offers in bokmål and "
        "English, and one demo login per organisation plus a moderator. For local use only."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--force",
            action="store_true",
            help="Run even though DEBUG is off (only for a local or test database).",
        )

    def handle(self, *args, **options):
        if not settings.DEBUG and not options["force"]:
            raise CommandError(
                "Refusing to run: DEBUG is off, so this looks like a production database. "
                "seed_demo creates demo logins whose password is printed and public. "
                "Pass --force if this really is a local or test database."
            )
        self.counts = {}
        self.password_hash = None
        self.logins = read_demo_data("logins")
        # The untranslated columns (title, summary, …) hold the bokmål text.
        with (
            translation.override(settings.MODELTRANSLATION_DEFAULT_LANGUAGE),
            transaction.atomic(),
        ):
            self.today = timezone.localdate()
            self.seed_taxonomy()
            organisations = read_demo_data("organisations")["organisation"]
            actors = self.seed_actors(organisations)
            self.seed_offers(actors)
            self.seed_pending_change()
            self.seed_voice(read_demo_data("voice"))
            moderator = self.seed_moderator()
            logins = self.seed_logins(organisations, actors)
            # The taxonomy's seed writes with update(), which sends no signal: no cached page
            # or taxonomy from before may stay (offers/signals.py).
            PublicVersion.raise_(terms=True)
        self.report(moderator, logins)

    # --- helpers ------------------------------------------------------------------------------

    def count(self, label, outcome):
        self.counts.setdefault(label, {"created": 0, "updated": 0, "unchanged": 0})
        self.counts[label][outcome] += 1

    def sync(self, model, lookup, values, label):
        """Create the row, or update only the fields that differ; never save an identical row."""
        obj = model.objects.filter(**lookup).first()
        if obj is None:
            obj = model(**lookup, **values)
            obj.full_clean()
            obj.save()
            self.count(label, "created")
            return obj
        changed = [name for name, value in values.items() if getattr(obj, name) != value]
        if changed:
            for name in changed:
                setattr(obj, name, values[name])
            obj.full_clean()
            obj.save()
            self.count(label, "updated")
        else:
            self.count(label, "unchanged")
        return obj

    def set_m2m(self, manager, objects):
        if set(manager.all()) != set(objects):
            manager.set(objects)

    def at(self, days, hour=0, minute=0):
        """An aware datetime `days` from today at hour:minute, Oslo wall-clock time."""
        day = self.today + timedelta(days=days)
        return timezone.make_aware(
            datetime.combine(day, time(hour, minute)), timezone.get_default_timezone()
        )

    def get_password_hash(self):
        # Hash once: new demo logins share it, so seeding does not cost one slow hash per user.
        if self.password_hash is None:
            self.password_hash = make_password(self.logins["password"])
        return self.password_hash

    # --- the seed -----------------------------------------------------------------------------

    def seed_taxonomy(self):
        """Add any taxonomy term the data migration made and someone has since deleted.

        Existing terms are left alone: the project office may have renamed them in admin.
        """
        for model_name, key, rows in taxonomy.TABLES:
            model = apps.get_model("offers", model_name)
            for order, (value, name_nb, name_en) in enumerate(rows, start=1):
                _, created = model.objects.get_or_create(
                    **{key: value},
                    defaults={"name_nb": name_nb, "name_en": name_en, "order": order},
                )
                self.count("taxonomy", "created" if created else "unchanged")

    def seed_actors(self, organisations):
        actors = {}
        for data in organisations:
            where = f"Demo organisation {data['slug']!r}"
            check_keys(data, ORGANISATION_KEYS, where)
            values = {
                "name": data["name"],
                "kind": data["kind"],
                **translated(data, ACTOR_TRANSLATED_FIELDS, where),
                "website": data.get("website", ""),
                "email": data.get("email", ""),
                "phone": data.get("phone", ""),
                "address": data.get("address", ""),
                "is_approved": data.get("is_approved", True),
            }
            actors[data["slug"]] = self.sync(Actor, {"slug": data["slug"]}, values, "actors")
        return actors

    def seed_offers(self, actors):
        terms = {
            "focus_areas": {t.slug: t for t in FocusArea.objects.all()},
            "target_groups": {t.slug: t for t in TargetGroup.objects.all()},
            "segments": {t.slug: t for t in Segment.objects.all()},
            "languages": {t.code: t for t in Language.objects.all()},
        }
        for index, data in enumerate(read_demo_data("offers")["offer"]):
            slug = data["slug"]
            check_keys(data, OFFER_KEYS, f"Demo offer {slug!r}")
            if data["actor"] not in actors:
                raise CommandError(f"Demo offer {slug!r} names an unknown actor {data['actor']!r}.")
            status = data.get("status", Offer.Status.PUBLISHED)
            texts = translated(data, Offer.TRANSLATED_FIELDS, f"Demo offer {slug!r}")
            values = {
                "actor": actors[data["actor"]],
                "status": status,
                "is_free": data.get("is_free", False),
                **texts,
                **{field: data.get(field, "") for field in PLAIN_OFFER_FIELDS},
                **self.offer_dates(index, data, status),
            }
            # Each translation was written from this Norwegian text (Offer.note_translation).
            text = Offer(**texts)
            text.note_translation([name for name, value in texts.items() if value])
            values["translated_from"] = text.translated_from
            offer = self.sync(Offer, {"slug": slug}, values, "offers")
            for relation, lookup in terms.items():
                wanted = data.get(relation, [])
                missing = [key for key in wanted if key not in lookup]
                if missing:
                    raise CommandError(
                        f"Demo offer {slug!r}: unknown {relation} {missing}. Run migrate first."
                    )
                self.set_m2m(getattr(offer, relation), [lookup[key] for key in wanted])

    def offer_dates(self, index, data, status):
        # A fixed hour per offer, so the "newest" order is stable and reads naturally.
        hour, minute = 8 + index % 9, (index * 7) % 60
        published_at = last_confirmed_at = None
        if "published_days_ago" in data and status in (
            Offer.Status.PUBLISHED,
            Offer.Status.ARCHIVED,
        ):
            published_at = self.at(-data["published_days_ago"], hour, minute)
            confirmed = data.get("confirmed_days_ago", data["published_days_ago"])
            last_confirmed_at = self.at(-confirmed, hour, minute)
        starts_at = self.at(*data["starts"]) if "starts" in data else None
        ends_at = self.at(*data["ends"]) if "ends" in data else None
        valid_until = (
            self.today + timedelta(days=data["valid_until_days"])
            if "valid_until_days" in data
            else None
        )
        return {
            "published_at": published_at,
            "last_confirmed_at": last_confirmed_at,
            "starts_at": starts_at,
            "ends_at": ends_at,
            "valid_until": valid_until,
        }

    def sync_user(self, email, full_name, language, **flags):
        User = get_user_model()
        user = User.objects.filter(email__iexact=email).first()
        if user is None:
            user = User(email=email, full_name=full_name, language=language, **flags)
            # Demo logins need no e-mail confirmation.
            user.email_verified_at = timezone.now()
            # The password is set only here: a rerun never re-hashes or resets it.
            user.password = self.get_password_hash()
            user.save()
            self.count("logins", "created")
            return user
        values = {"full_name": full_name, "language": language, **flags}
        if user.email_verified_at is None:
            values["email_verified_at"] = timezone.now()
        changed = [name for name, value in values.items() if getattr(user, name) != value]
        if changed:
            for name in changed:
                setattr(user, name, values[name])
            user.save(update_fields=changed)
            self.count("logins", "updated")
        else:
            self.count("logins", "unchanged")
        return user

    def seed_moderator(self):
        group = Group.objects.filter(name=OFFICE_GROUP).first()
        if group is None:
            raise CommandError(
                f"The {OFFICE_GROUP!r} group is missing; run `manage.py migrate` first."
            )
        data = self.logins["moderator"]
        user = self.sync_user(
            f"{data['login']}@{self.logins['email_domain']}",
            data["full_name"],
            data["language"],
            is_staff=True,
            is_superuser=False,
            is_active=True,
        )
        if not user.groups.filter(pk=group.pk).exists():
            user.groups.add(group)
        return user

    def seed_pending_change(self):
        """One published offer with a change waiting for review (created once, then left)."""
        data = read_demo_data("pending_change")
        check_keys(data, {"of", "slug", *Offer.TRANSLATED_FIELDS}, "The demo's pending change")
        live = Offer.objects.get(slug=data["of"])
        if Offer.objects.filter(change_of=live).exists():
            self.count("offers", "unchanged")
            return
        change = Offer(
            actor=live.actor, change_of=live, status=Offer.Status.PENDING, slug=data["slug"]
        )
        # Only the texts the data gives differ from the live offer.
        texts = translated(
            data, Offer.TRANSLATED_FIELDS, "The demo's pending change", fill_missing=False
        )
        changes.copy_content(live, change, **texts)
        self.count("offers", "created")

    def who(self, value, where):
        """ "group:<slug>" / "segment:<slug>" as (target group, segment)."""
        kind, _sep, slug = (value or "").partition(":")
        if not value:
            return None, None
        if kind == "group":
            return TargetGroup.objects.get(slug=slug), None
        if kind == "segment":
            return None, Segment.objects.get(slug=slug)
        raise CommandError(f"{where}: who must be group:<slug> or segment:<slug>, not {value!r}.")

    def seed_voice(self, data):
        """Feedback, unmet needs and searches without results (offers/demo/voice.toml)."""
        for entry in data.get("feedback", []):
            where = f"voice.toml feedback for {entry.get('offer')}"
            check_keys(entry, {"offer", "answers", "comments"}, where)
            offer = Offer.objects.get(slug=entry["offer"])
            if offer.feedback.exists():
                self.count("feedback", "unchanged")
                continue
            rows = [
                Feedback(
                    offer=offer,
                    used=used,
                    quality=quality or None,
                    ease=ease or None,
                    language="nb",
                    created_on=self.today - timedelta(days=1 + index % 40),
                )
                for index, (used, quality, ease) in enumerate(entry.get("answers", []))
            ]
            for comment in entry.get("comments", []):
                check_keys(
                    comment, {"text", "status", "reply", "days_ago", "language", "who"}, where
                )
                group, segment = self.who(comment.get("who"), where)
                day = self.today - timedelta(days=comment["days_ago"])
                rows.append(
                    Feedback(
                        offer=offer,
                        used=Feedback.Used.YES,
                        comment=comment["text"],
                        comment_status=comment["status"],
                        reply=comment.get("reply", ""),
                        replied_on=day + timedelta(days=1) if comment.get("reply") else None,
                        target_group=group,
                        segment=segment,
                        language=comment["language"],
                        created_on=day,
                    )
                )
            for row in rows:
                row.full_clean()
                row.save()
            self.count("feedback", "created")
        for entry in data.get("unmet_need", []):
            where = f"voice.toml unmet need {entry.get('text', '')[:30]!r}"
            check_keys(
                entry,
                {"text", "who", "focus", "language_wanted", "days_ago", "language"},
                where,
            )
            if UnmetNeed.objects.filter(text=entry["text"]).exists():
                self.count("needs", "unchanged")
                continue
            group, segment = self.who(entry.get("who"), where)
            need = UnmetNeed(
                text=entry["text"],
                target_group=group,
                segment=segment,
                focus_area=FocusArea.objects.filter(slug=entry.get("focus")).first(),
                offer_language=Language.objects.filter(code=entry.get("language_wanted")).first(),
                language=entry["language"],
                created_on=self.today - timedelta(days=entry["days_ago"]),
            )
            need.full_clean()
            need.save()
            self.count("needs", "created")
        for entry in data.get("zero_result_search", []):
            where = f"voice.toml search {entry.get('words')!r}"
            check_keys(entry, {"words", "filters", "language", "days_ago"}, where)
            lookup = {"words": entry["words"], "filters": entry["filters"]}
            if ZeroResultSearch.objects.filter(**lookup).exists():
                self.count("needs", "unchanged")
                continue
            ZeroResultSearch.objects.create(
                **lookup,
                language=entry["language"],
                created_on=self.today - timedelta(days=entry["days_ago"]),
            )
            self.count("needs", "created")
        for entry in data.get("recruitment_need", []):
            self.seed_recruitment_need(entry)

    def seed_recruitment_need(self, entry):
        """An employer's recruitment need (the `recruitment_need` tables of voice.toml)."""
        where = f"voice.toml recruitment need {entry.get('field')!r}"
        fields = set(RecruitmentNeed.FORM_FIELDS) - {"starts_on", "field"}
        check_keys(entry, {"actor", "field", "starts_days", *fields}, where)
        values = {name: entry[name] for name in fields if name in entry}
        values["starts_on"] = self.today + timedelta(days=entry["starts_days"])
        actor = Actor.objects.get(slug=entry["actor"])
        self.sync(RecruitmentNeed, {"actor": actor, "field": entry["field"]}, values, "needs")

    def seed_logins(self, organisations, actors):
        logins = []
        for data in organisations:
            actor = actors[data["slug"]]
            user = self.sync_user(
                f"{data['slug']}@{self.logins['email_domain']}",
                data["contact_name"],
                data.get("contact_language", "nb"),
                is_staff=False,
                is_superuser=False,
                is_active=True,
            )
            membership = Membership.objects.filter(user=user, actor=actor).first()
            if membership is None:
                Membership.objects.create(user=user, actor=actor, role=Membership.Role.ADMIN)
            elif membership.role != Membership.Role.ADMIN:
                membership.role = Membership.Role.ADMIN
                membership.save(update_fields=["role"])
            logins.append((user, actor))
        return logins

    # --- output -------------------------------------------------------------------------------

    def report(self, moderator, logins):
        write = self.stdout.write
        write(self.style.SUCCESS("Demo data is in place."))
        for label in ("taxonomy", "actors", "offers", "feedback", "needs", "logins"):
            c = self.counts.get(label, {"created": 0, "updated": 0, "unchanged": 0})
            total = sum(c.values())
            write(
                f"  {label:<9} {total:>3}  ({c['created']} created, {c['updated']} updated, "
                f"{c['unchanged']} unchanged)"
            )
        write(
            f"  public offers now: {Offer.objects.public().count()} of {Offer.objects.count()}; "
            f"organisations approved: {Actor.objects.public().count()} of {Actor.objects.count()}"
        )
        write("")
        write(self.style.WARNING("Demo logins – FOR LOCAL USE ONLY, never on a public server."))
        write(f"  Password for every demo login: {self.logins['password']}")
        write("  (set when a login is created; a rerun does not reset a changed password)")
        write(f"  Moderator (project office, admin): {moderator.email}")
        width = max(len(user.email) for user, _ in logins)
        for user, actor in logins:
            note = "" if actor.is_approved else "  [waiting for approval]"
            write(f"  {user.email:<{width}}  {actor.name}{note}")
