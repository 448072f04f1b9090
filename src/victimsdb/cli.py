"""The `victimsdb` command: Django's manage.py plus the core's file commands.

`victimsdb names ...`, `victimsdb synth ...`, `victimsdb new-field-key` and
`victimsdb backup-keygen FILE` run without Django or a database (CORE_COMMANDS);
everything else (`migrate`, `runserver`, `demo`, `import`, `backup`, `restore`,
`createsuperuser`, ...) is a Django management command. Hyphenated names are
aliases of Django commands (`rotate-key` is `rotate_key`, `otp-code` is
`otp_code`; `verify-evidence` checks the store and the records pointing into
it; the store alone: `python -m victimsdb.core.evidence.cli`).
"""

from __future__ import annotations

import importlib
import os
import sys

CORE_COMMANDS = {
    "names": "victimsdb.core.names.cli",
    "synth": "victimsdb.core.synth.cli",
    "new-field-key": "victimsdb.core.crypto.cli",
    "backup-keygen": "victimsdb.core.backup.cli",
}
ALIASES = {
    "rotate-key": "rotate_key",
    "verify-evidence": "verify_evidence",
    "otp-code": "otp_code",
}


def main(argv: list[str] | None = None) -> int:
    """Run one command; a reader that goes away (`| head`) ends it quietly."""
    try:
        status = _dispatch(list(sys.argv if argv is None else argv))
        sys.stdout.flush()
    except BrokenPipeError:
        # What Python's signal docs advise: point stdout at /dev/null, so that the
        # flush at exit does not raise again, and exit as a broken pipe does.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 141
    return status


def _dispatch(args: list[str]) -> int:
    if len(args) > 1 and args[1] in CORE_COMMANDS:
        command = importlib.import_module(CORE_COMMANDS[args[1]])
        return int(command.main(args[2:]))
    if len(args) > 1 and args[1] in ALIASES:
        args[1] = ALIASES[args[1]]
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "victimsdb.web.settings")
    from django.core.management import execute_from_command_line

    execute_from_command_line(args)
    return 0


if __name__ == "__main__":
    sys.exit(main())
