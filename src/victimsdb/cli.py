"""The `victimsdb` command: Django's manage.py plus the core's file commands.

`victimsdb names ...`, `victimsdb synth ...`, `victimsdb verify-evidence` and
`victimsdb new-field-key` run without Django or a database; everything else
(`migrate`, `runserver`, `demo`, `import`, `createsuperuser`, ...) is a
Django management command. Hyphenated names are aliases of Django commands
(`rotate-key` is `rotate_key`).
"""

from __future__ import annotations

import os
import sys

ALIASES = {"rotate-key": "rotate_key"}


def main(argv: list[str] | None = None) -> int:
    args = list(sys.argv if argv is None else argv)
    if len(args) > 1 and args[1] == "names":
        from victimsdb.core.names.cli import main as names_main

        return names_main(args[2:])
    if len(args) > 1 and args[1] == "synth":
        from victimsdb.core.synth.cli import main as synth_main

        return synth_main(args[2:])
    if len(args) > 1 and args[1] == "verify-evidence":
        from victimsdb.core.evidence.cli import main as verify_main

        return verify_main(args[2:])
    if len(args) > 1 and args[1] == "new-field-key":
        from victimsdb.core.crypto.cli import main as new_field_key_main

        return new_field_key_main(args[2:])
    if len(args) > 1 and args[1] in ALIASES:
        args[1] = ALIASES[args[1]]
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "victimsdb.web.settings")
    from django.core.management import execute_from_command_line

    execute_from_command_line(args)
    return 0


if __name__ == "__main__":
    sys.exit(main())
