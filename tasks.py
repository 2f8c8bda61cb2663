#!/usr/bin/env python3
"""The project's two commands, needing nothing but Python 3.13 on the machine.

    python3 tasks.py serve   set up everything and serve the site with demo data
    python3 tasks.py test    set up everything and run the whole test suite

Both create `.venv`, install the exact versions in requirements.lock, compile the
translations and prepare the database. Arguments after `test` go to pytest.
"""

import hashlib
import os
import shutil
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
PYTHON = VENV / ("Scripts/python.exe" if os.name == "nt" else "bin/python")
LOCK = ROOT / "requirements.lock"
STAMP = VENV / ".requirements.sha256"


def run(*args, **kwargs):
    print("+", " ".join(str(a) for a in args), flush=True)
    return subprocess.run([str(a) for a in args], cwd=ROOT, check=True, **kwargs)


def setup():
    if not PYTHON.exists():
        venv.create(VENV, with_pip=True)
    digest = hashlib.sha256(LOCK.read_bytes()).hexdigest()
    if not STAMP.exists() or STAMP.read_text() != digest:
        run(PYTHON, "-m", "pip", "install", "--quiet", "--upgrade", "pip")
        run(PYTHON, "-m", "pip", "install", "--quiet", "--require-virtualenv", "-r", LOCK)
        STAMP.write_text(digest)
    compile_messages()


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
    if command == "serve":
        serve()
    elif command == "test":
        test(rest)
    elif command == "setup":
        setup()
    else:
        sys.exit(__doc__)


if __name__ == "__main__":
    main()
