"""Bokmål for the strings of Django's admin that Django's own nb catalogue leaves in English.

Django 6.1's bokmål catalogues (django/conf/locale/nb, django/contrib/admin/locale/nb) have no
translation for these, so the Norwegian admin showed «Run», «Show counts», «Search tilbud» and
the like. Our catalogue (LOCALE_PATHS) is searched before Django's, so a translation there wins;
the msgids are listed here, exactly as Django spells them, so that makemessages keeps them in
locale/nb/LC_MESSAGES/django.po. Nothing imports this module. When Django's catalogue gains a
string, its entry here can go (tests/test_admin_review.py and tests/test_admin_strings.py check
the admin's pages have none left). The admin's JavaScript has a catalogue of its own,
locale/nb/LC_MESSAGES/djangojs.po, written by hand: never run makemessages -d djangojs.
"""

from django.utils.translation import gettext_noop

DJANGO_ADMIN_STRINGS = [
    # django/db/models/fields/__init__.py: the empty choice of a select.
    gettext_noop("- Select an option -"),
    # admin/actions.html: the button that runs the chosen action.
    gettext_noop("Run"),
    # admin/change_list.html: the filters' counts.
    gettext_noop("Show counts"),
    gettext_noop("Hide counts"),
    # admin/search_form.html and admin/pagination.html (headings for screen readers).
    gettext_noop("Search %(name)s"),
    gettext_noop("Pagination %(name)s"),
    gettext_noop("Pagination %(name)s entries"),
    # admin/helpers.py and admin/options.py: the checkboxes' labels.
    gettext_noop("Select all objects on this page for an action"),
    gettext_noop("Select this object for an action - {}"),
    # admin/base.html, admin/nav_sidebar.html, admin/color_theme_toggle.html.
    gettext_noop("Breadcrumbs"),
    gettext_noop("Sidebar"),
    gettext_noop("Start typing to filter…"),
    gettext_noop("Filter navigation items"),
    gettext_noop("Toggle theme (current theme: auto)"),
    gettext_noop("Toggle theme (current theme: light)"),
    gettext_noop("Toggle theme (current theme: dark)"),
    # admin/widgets/related_widget_wrapper.html: the eye icon beside a chosen organisation.
    gettext_noop("View selected %(model)s"),
    # Django's nb catalogue has «Legg til ny …», wrong for every neuter name («ny språk», «ny
    # segment»); without the adjective it is right for all: the add page's title (options.py),
    # its button and breadcrumb (change_list_object_tools.html, change_form.html), the + beside
    # a field (widgets/related_widget_wrapper.html), an inline's add row (helpers.py).
    gettext_noop("Add %s"),
    gettext_noop("Add %(name)s"),
    gettext_noop("Add another %(model)s"),
    gettext_noop("Add another %(verbose_name)s"),
    # admin/app_list.html: the column headings of the front page's tables.
    gettext_noop("Model name"),
    gettext_noop("Add link"),
    gettext_noop("Change or view list link"),
]
