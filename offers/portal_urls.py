from django.urls import path
from django.utils.translation import gettext_lazy as _

from .views import portal, portal_feedback, portal_import

urlpatterns = [
    path("", portal.dashboard, name="dashboard"),
    path(_("offers/new/"), portal.offer_create, name="offer_create"),
    path(_("offers/<int:pk>/edit/"), portal.offer_edit, name="offer_edit"),
    path(_("offers/<int:pk>/preview/"), portal.offer_preview, name="offer_preview"),
    path(_("offers/<int:pk>/submit/"), portal.offer_submit, name="offer_submit"),
    path(_("offers/<int:pk>/withdraw/"), portal.offer_withdraw, name="offer_withdraw"),
    path(_("offers/<int:pk>/duplicate/"), portal.offer_duplicate, name="offer_duplicate"),
    path(_("offers/<int:pk>/archive/"), portal.offer_archive, name="offer_archive"),
    path(_("offers/<int:pk>/confirm/"), portal.offer_confirm, name="offer_confirm"),
    path(_("offers/<int:pk>/extend/"), portal.offer_extend, name="offer_extend"),
    path(_("offers/<int:pk>/discard-change/"), portal.change_discard, name="change_discard"),
    path(_("offers/<int:pk>/feedback/"), portal_feedback.offer_feedback, name="offer_feedback"),
    path(_("offers/import/"), portal_import.offer_import, name="offer_import"),
    path(
        _("offers/import/template/"),
        portal_import.offer_import_template,
        name="offer_import_template",
    ),
]
