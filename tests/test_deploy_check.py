"""`manage.py check --deploy` under the production environment docs/deploy.md gives reports
nothing that docs/deploy.md does not explain, and no error.

The environment is the one docs/deploy.md's "Environment" section tells production to set (read
from its code block, so the two cannot drift), with a real random SECRET_KEY and SQLite in place
of the PostgreSQL address; nothing else from the test's own environment leaks in. Every check ID
the output names (security.W005, …) must appear in docs/deploy.md, in a paragraph that says why;
and every ID docs/deploy.md explains must still be reported, so the explanation goes when the
reason does."""

import functools
import os
import re
import secrets
import shlex
import subprocess
import sys
from pathlib import Path

import pytest
from django.conf import settings

BASE_DIR = Path(settings.BASE_DIR)
DEPLOY_DOC = BASE_DIR / "docs/deploy.md"
# A check ID as Django prints it: "?: (security.W005) You have not set …".
CHECK_ID = re.compile(r"\b([a-z_]+\.[CEWI]\d{3})\b")
# The variables of the test's own environment the check's process gets.
PASSED_THROUGH = {"PATH", "HOME", "LANG", "LC_ALL", "LC_CTYPE", "TMPDIR", "TZ", "SYSTEMROOT"}
# How many words a paragraph must have beyond the ID to count as saying why.
REASON_WORDS = 12


def documented_environment():
    """The variables in the code block of docs/deploy.md's "Environment" section."""
    text = DEPLOY_DOC.read_text()
    section = text.split("\n## Environment\n", 1)[1].split("\n## ", 1)[0]
    block = re.search(r"```sh\n(.*?)```", section, re.S)[1]
    env = {}
    for line in block.splitlines():
        for word in shlex.split(line, comments=True):
            name, _equals, value = word.partition("=")
            env[name] = value
    return env


def production_environment(**changes):
    """The documented production environment, runnable here; `NAME=None` leaves NAME out."""
    # Only what a process needs to run: nothing the settings read, and no DJANGO_* variable
    # (the browser tests set DJANGO_ALLOW_ASYNC_UNSAFE in this process, which is async.E001).
    env = {key: value for key, value in os.environ.items() if key in PASSED_THROUGH}
    for name, value in documented_environment().items():
        # "…" in the doc: a value each site chooses.
        env[name] = "placeholder" if value == "…" else value
    env["SECRET_KEY"] = secrets.token_urlsafe(50)
    env["DATABASE_URL"] = "sqlite:///:memory:"
    for name, value in changes.items():
        if value is None:
            env.pop(name, None)
        else:
            env[name] = value
    return env


@functools.cache
def check_deploy(**changes):
    """(exit code, output, sorted check IDs) of check --deploy; each variant runs once."""
    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy"],
        cwd=BASE_DIR,
        env=production_environment(**changes),
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    output = result.stdout + result.stderr
    return result.returncode, output, sorted(set(CHECK_ID.findall(output)))


def paragraphs_naming(check_id):
    text = DEPLOY_DOC.read_text()
    # Paragraphs, and each item of a list on its own.
    pieces = re.split(r"\n\s*\n|\n(?=\s*- )", text)
    return [p for p in pieces if re.search(rf"\b{re.escape(check_id)}\b", p)]


def explained(check_id):
    """Named in docs/deploy.md, in a paragraph with some words of reason around the ID."""
    return any(
        len(CHECK_ID.sub("", paragraph).split()) >= REASON_WORDS
        for paragraph in paragraphs_naming(check_id)
    )


def test_the_documented_environment_is_a_production_one():
    env = documented_environment()
    assert env["DEBUG"] == "0"
    assert {"SECRET_KEY", "ALLOWED_HOSTS", "DATABASE_URL", "EMAIL_HOST", "SITE_URL"} <= set(env)


@pytest.mark.parametrize(
    ("proxy", "redis_url"),
    [(None, None), ("1", None), ("1", "redis://127.0.0.1:6379/0")],
    ids=["https-terminated-here", "behind-proxy", "behind-proxy-with-redis"],
)
def test_check_deploy_reports_only_what_docs_deploy_explains(proxy, redis_url):
    returncode, output, ids = check_deploy(BEHIND_PROXY=proxy, REDIS_URL=redis_url)
    assert returncode == 0, output
    assert "ImproperlyConfigured" not in output, output
    errors = [i for i in ids if i.split(".")[1][0] in "CE"]
    assert not errors, output
    unexplained = [i for i in ids if not explained(i)]
    assert not unexplained, (
        f"check --deploy reports {unexplained}, which docs/deploy.md does not explain: fix the "
        f"setting, or say in docs/deploy.md why it stays.\n{output}"
    )


def test_check_deploy_fails_without_an_smtp_server_as_docs_deploy_says():
    returncode, output, ids = check_deploy(EMAIL_HOST=None)
    assert returncode != 0, output
    assert "mail.E001" in ids, output
    assert explained("mail.E001")


def test_docs_deploy_explains_only_what_check_deploy_reports():
    """A reason for a warning that is no longer given is a stale sentence: remove it."""
    documented = set(CHECK_ID.findall(DEPLOY_DOC.read_text()))
    _returncode, _output, reported = check_deploy()
    _returncode, _output, without_mail = check_deploy(EMAIL_HOST=None)
    assert documented == set(reported) | set(without_mail)
