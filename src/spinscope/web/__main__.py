"""``python -m spinscope.web --db FILE --port N``: the web app without the main CLI (the tests use it).

The same options and defaults as ``spinscope serve`` (both read :mod:`spinscope.settings`), parsed
here with argparse so that web never imports the CLI above it.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from spinscope.settings import default, setting


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m spinscope.web", description="Open the analyst web app and REST API.")
    parser.add_argument("--db", type=Path, default=Path(default("db_path")), help=setting("db_path").help)
    parser.add_argument("--host", default=default("host"), help=setting("host").help)
    parser.add_argument("--port", type=int, default=default("port"), help=setting("port").help)
    parser.add_argument("--read-only", action="store_true", help="Open the file read-only; refuse every write.")
    parser.add_argument("--max-upload", type=int, default=default("max_upload_bytes"),
                        help=setting("max_upload_bytes").help)
    parser.add_argument("--analyzers", default=None, help="Comma-separated pipeline for the Analyse page.")
    parser.add_argument("--workers", type=int, default=default("workers"), help=setting("workers").help)
    parser.add_argument("--allow-host", action="append", default=[], metavar="NAME", dest="allow_hosts",
                        help=setting("allowed_hosts").help + " Repeat for several names.")
    parser.add_argument("--response-cache-mb", type=float, default=default("response_cache_mb"),
                        help=setting("response_cache_mb").help)
    parser.add_argument("--min-score", action="append", default=[], metavar="LAYER=VALUE", dest="min_score",
                        help=setting("min_score").help + " Repeat for several layers.")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> None:
    from spinscope.errors import SpinscopeError
    from spinscope.web.app import run_server

    args = parse_args(argv)
    names = [n.strip() for n in args.analyzers.split(",") if n.strip()] if args.analyzers else None
    from spinscope.service.min_score import parse as parse_min_score

    try:
        run_server(args.db, args.host, args.port, read_only=args.read_only, analyzers=names, max_upload=args.max_upload,
                   workers=args.workers, response_cache_mb=args.response_cache_mb, allowed_hosts=args.allow_hosts,
                   min_score=parse_min_score(args.min_score))
    except SpinscopeError as exc:
        sys.exit(f"error: {exc}")


if __name__ == "__main__":
    main()
