#!/usr/bin/env bash
# Set up .venv if needed, analyse the bundled example corpus, and print the path of the HTML report.
. "$(dirname "$0")/_env.sh"
rm -f out/examples.db
# The example codebook: the report shows the narratives of Veloria's state media (examples/narratives/).
spinscope analyze examples --db out/examples.db --format html --out out/examples-report.html \
  --codebook examples/narratives/codebook.toml "$@"

