#!/usr/bin/env python3
"""The project's two commands, needing nothing but Python 3.13 on the machine.

    python3 tasks.py serve   set up everything and serve the site with demo data
    python3 tasks.py test    set up everything and run the whole test suite

Both create `.venv`, install the exact versions in requirements.lock (checked against its
hashes), compile the translations and prepare the database. Arguments after `test` go to pytest.

    python3 tasks.py lock           regenerate requirements.lock from pyproject.toml
    python3 tasks.py lock --check   fail if requirements.lock does not match pyproject.toml
"""

import difflib
import hashlib
import os
import re
import shutil
import subprocess
import sys
import tempfile
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
PYTHON = VENV / ("Scripts/python.exe" if os.name == "nt" else "bin/python")
LOCK = ROOT / "requirements.lock"
STAMP = VENV / ".requirements.sha256"
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")

# The one way requirements.lock is made: uv (pinned in the lock itself) resolves pyproject.toml's
# dependencies and dev group for every platform, with the hash of every file. uv keeps the
# versions already in the output file wherever they still satisfy pyproject.toml, so adding or
# removing a dependency changes only what it must; `-P NAME` (or `--upgrade`) after
# `python3 tasks.py lock` asks for newer versions.
LOCK_COMMAND = "python3 tasks.py lock"
UV_COMPILE = [
    *("pip", "compile", "pyproject.toml", "--group", "dev"),
    *("--universal", "--python-version", "3.13", "--generate-hashes"),
    *("--custom-compile-command", LOCK_COMMAND, "--quiet"),
]


def run(*args, **kwargs):
    print("+", " ".join(str(a) for a in args), flush=True)
    return subprocess.run([str(a) for a in args], cwd=ROOT, check=True, **kwargs)


def setup():
    install()
    compile_messages()


def install():
    """Make .venv hold exactly what requirements.lock lists."""
    if not PYTHON.exists():
        venv.create(VENV, with_pip=True)
    digest = hashlib.sha256(LOCK.read_bytes()).hexdigest()
    if not STAMP.exists() or STAMP.read_text() != digest:
        run(PYTHON, "-m", "pip", "install", "--quiet", "--upgrade", "pip")
        # The lock has hashes, so pip checks every file it installs against them.
        run(PYTHON, "-m", "pip", "install", "--quiet", "--require-virtualenv", "-r", LOCK)
        remove_unlocked()
        STAMP.write_text(digest)


def canonical(name):
    return re.sub(r"[-_.]+", "-", name).lower()


def locked_names(text):
    return {canonical(m[1]) for m in re.finditer(r"^([A-Za-z0-9][\w.-]*)==", text, re.M)}


def remove_unlocked():
    """Uninstall what an earlier lock installed and this one no longer lists."""
    code = "import importlib.metadata as m; print(*(d.metadata['Name'] for d in m.distributions()))"
    listing = subprocess.run([PYTHON, "-c", code], capture_output=True, text=True, check=True)
    installed = {canonical(name) for name in listing.stdout.split()}
    extra = sorted(installed - locked_names(LOCK.read_text()) - {"pip", "narvik-tilflytter"})
    if extra:
        run(PYTHON, "-m", "pip", "uninstall", "--quiet", "--yes", *extra)


def lock(args):
    install()
    if args != ["--check"]:
        run(BIN / "uv", *UV_COMPILE, *args, "--output-file", LOCK)
        return
    # Resolve again into a copy of the lock: its versions are uv's preferences, so a new release
    # on PyPI changes nothing, and any difference comes from pyproject.toml.
    with tempfile.TemporaryDirectory() as tmp:
        fresh = Path(tmp) / LOCK.name
        shutil.copyfile(LOCK, fresh)
        run(BIN / "uv", *UV_COMPILE, "--output-file", fresh)
        problems = lock_problems(LOCK.read_text(), fresh.read_text())
    if problems:
        sys.exit(
            "requirements.lock does not match pyproject.toml:\n"
            + "\n".join(problems)
            + f"\nRun `{LOCK_COMMAND}` and commit requirements.lock with pyproject.toml."
        )
    print("requirements.lock matches pyproject.toml")


def lock_hashes(text):
    """{package: its hashes} from a lock file."""
    hashes, name = {}, None
    for line in text.splitlines():
        if match := re.match(r"([A-Za-z0-9][\w.-]*)==", line):
            name = canonical(match[1])
            hashes[name] = set()
        elif name and (match := re.match(r"\s+--hash=(\S+)", line)):
            hashes[name].add(match[1])
    return hashes


def lock_problems(locked, fresh):
    """What differs between the committed lock and a fresh resolution, other than files that
    PyPI has added to a pinned version since (new wheels: harmless, so only noted)."""

    def without_hashes(text):
        lines = (line.removesuffix(" \\") for line in text.splitlines())
        return [line for line in lines if not line.lstrip().startswith("--hash=")]

    diff = difflib.unified_diff(
        without_hashes(locked), without_hashes(fresh), LOCK.name, "resolved", lineterm=""
    )
    problems = list(diff)
    locked_hashes, fresh_hashes = lock_hashes(locked), lock_hashes(fresh)
    for name in sorted(locked_hashes.keys() & fresh_hashes.keys()):
        if gone := locked_hashes[name] - fresh_hashes[name]:
            problems.append(f"{name}: hashes not among its files on the index: {sorted(gone)}")
        if new := fresh_hashes[name] - locked_hashes[name]:
            print(f"note: {name} has {len(new)} new file(s) on the index; {LOCK_COMMAND} adds them")
    return problems


def compile_messages():
    """Django's compilemessages needs GNU gettext; without it, Babel (pure Python) does the same."""
    if shutil.which("msgfmt"):
        run(PYTHON, "manage.py", "compilemessages", "--ignore=.venv", "--verbosity=0")
        return
    code = (
        "import pathlib\n"
        "from babel.messages.pofile import read_po\n"
        "from babel.messages.mofile import write_mo\n"
        "for po in pathlib.Path('locale').glob('*/LC_MESSAGES/*.po'):\n"
        "    with po.open('rb') as f: catalog = read_po(f)\n"
        "    with po.with_suffix('.mo').open('wb') as f: write_mo(f, catalog)\n"
    )
    run(PYTHON, "-c", code)


def serve():
    setup()
    run(PYTHON, "manage.py", "migrate", "--verbosity=1")
    run(PYTHON, "manage.py", "seed_demo")
    os.execv(PYTHON, [str(PYTHON), "manage.py", "runserver", "127.0.0.1:8000"])


def test(pytest_args):
    setup()
    result = subprocess.run([str(PYTHON), "-m", "pytest", *pytest_args], cwd=ROOT)
    sys.exit(result.returncode)


def main():
    command, *rest = sys.argv[1:] or ["help"]
    try:
        if command == "serve":
            serve()
        elif command == "test":
            test(rest)
        elif command == "setup":
            setup()
        elif command == "lock":
            lock(rest)
        else:
            sys.exit(__doc__)
    except subprocess.CalledProcessError as error:
        # The command has said what went wrong; a traceback of tasks.py would add nothing.
        sys.exit(f"tasks.py {command}: {Path(error.cmd[0]).name} failed (exit {error.returncode})")


if __name__ == "__main__":
    main()
