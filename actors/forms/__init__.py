"""Forms, by page: registration.py (registering a person and an organisation), organisation.py
(the portal's organisation pages), account.py (a person's account and passwords). Import from
the submodule."""
