"""The settings module refuses to run in production mode with an insecure secret."""

import os
import subprocess
import sys

from django.conf import settings


def load_settings(**env):
    environment = {
        key: value
        for key, value in os.environ.items()
        if key not in {"DEBUG", "SECRET_KEY", "DATABASE_URL"}
    }
    environment.update(env)
    return subprocess.run(
        [
            sys.executable,
            "-c",
            "import narvik_tilflytter.settings as s; print(s.SECURE_SSL_REDIRECT)",
        ],
        cwd=settings.BASE_DIR,
        env=environment,
        capture_output=True,
        text=True,
    )


def test_development_needs_no_configuration():
    result = load_settings()
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "False"


def test_production_refuses_the_development_secret():
    result = load_settings(DEBUG="0")
    assert result.returncode != 0
    assert "SECRET_KEY must be set" in result.stderr


def test_production_refuses_a_short_secret():
    result = load_settings(DEBUG="0", SECRET_KEY="short")
    assert "SECRET_KEY must be set" in result.stderr


def test_production_with_a_real_secret_redirects_to_https():
    result = load_settings(DEBUG="0", SECRET_KEY="x" * 50)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "True"


def test_bad_boolean_fails_loudly():
    result = load_settings(DEBUG="maybe")
    assert "DEBUG must be a boolean" in result.stderr
