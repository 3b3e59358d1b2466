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
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> None:
    import uvicorn

    from spinscope.web.app import create_app

    args = parse_args(argv)
    if args.read_only and not args.db.exists():
        sys.exit(f"error: {args.db} does not exist; --read-only cannot create it.")
    names = [n.strip() for n in args.analyzers.split(",") if n.strip()] if args.analyzers else None
    app = create_app(args.db, read_only=args.read_only, analyzers=names, max_upload=args.max_upload)
    print(f"spinscope: serving {args.db}{' (read-only)' if args.read_only else ''} at http://{args.host}:{args.port}/",
          flush=True)
    uvicorn.run(app, host=args.host, port=args.port, log_level="warning")


if __name__ == "__main__":
    main()
