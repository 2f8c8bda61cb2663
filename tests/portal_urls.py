"""The actors app's portal URLs, as a table the access tests walk.

tests/actors/test_access.py checks that it names every URL in actors/portal_urls.py, and
tests/test_portal_access.py that it and that module's table of the offers' URLs together name
every portal URL: a new actors URL fails both until someone decides what it should answer."""

# name: (method, kind, args(world, side)) — kind: "portal" (portal_view), "public", "token",
# "check-email" (the page after registering: open to anyone, but not for the office).
# `world` is tests/actors/test_access.py's fixture; `side` is "A" or "B", one organisation.
ACTOR_URLS = {
    "register": ("GET", "public", lambda w, s: []),
    "verify_email_sent": ("GET", "check-email", lambda w, s: []),
    "verify_email_resend": ("POST", "portal", lambda w, s: []),
    "verify_email": ("GET", "token", lambda w, s: ["junk"]),
    "invitation": ("GET", "token", lambda w, s: ["junk"]),
    "account": ("GET", "portal", lambda w, s: []),
    "account_data": ("GET", "portal", lambda w, s: []),
    "account_delete": ("GET", "portal", lambda w, s: []),
    "join_request_cancel": ("POST", "portal", lambda w, s: [w[f"request_{s}"].pk]),
    "actor_add": ("GET", "portal", lambda w, s: []),
    "actor_detail": ("GET", "portal", lambda w, s: [w[s].slug]),
    "actor_edit": ("GET", "portal", lambda w, s: [w[s].slug]),
    "actor_leave": ("POST", "portal", lambda w, s: [w[s].slug]),
    "member_invite": ("POST", "portal", lambda w, s: [w[s].slug]),
    "invitation_revoke": ("POST", "portal", lambda w, s: [w[s].slug, w[f"invitation_{s}"].pk]),
    "member_role": ("POST", "portal", lambda w, s: [w[s].slug, w[f"membership_{s}"].pk]),
    "member_remove": ("POST", "portal", lambda w, s: [w[s].slug, w[f"membership_{s}"].pk]),
    "join_request_accept": ("POST", "portal", lambda w, s: [w[s].slug, w[f"request_{s}"].pk]),
    "join_request_decline": ("POST", "portal", lambda w, s: [w[s].slug, w[f"request_{s}"].pk]),
    "needs": ("GET", "portal", lambda w, s: [w[s].slug]),
    "need_add": ("GET", "portal", lambda w, s: [w[s].slug]),
    "need_edit": ("GET", "portal", lambda w, s: [w[s].slug, w[f"need_{s}"].pk]),
    "need_confirm": ("POST", "portal", lambda w, s: [w[s].slug, w[f"need_{s}"].pk]),
    "need_close": ("POST", "portal", lambda w, s: [w[s].slug, w[f"need_{s}"].pk]),
    "need_reopen": ("POST", "portal", lambda w, s: [w[s].slug, w[f"need_{s}"].pk]),
}
