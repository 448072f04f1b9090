"""`python -m victimsdb.core.synth`: the `synth` command."""

from victimsdb.core.synth.cli import main

raise SystemExit(main())
