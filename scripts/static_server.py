#!/usr/bin/env python3
"""A plain static file server that behaves like a static host: the site is mounted at a
sub-path, folders answer with their index.html, and a missing path gets the site's 404.html
with status 404 (as GitHub Pages and Netlify do). No rewrite rules."""

import argparse
import functools
import http.server
import os
import urllib.parse


class SiteHandler(http.server.SimpleHTTPRequestHandler):
    def __init__(self, *args, mount, **kwargs):
        self.mount = mount
        super().__init__(*args, **kwargs)

    def translate_path(self, path):
        url_path = urllib.parse.urlsplit(path).path
        if not url_path.startswith(self.mount) and url_path + "/" != self.mount:
            return os.path.join(self.directory, "\0outside-the-site")
        inside = url_path[len(self.mount):] if url_path.startswith(self.mount) else ""
        return super().translate_path("/" + inside)

    def send_error(self, code, message=None, explain=None):
        not_found_page = os.path.join(self.directory, "404.html")
        if code != 404 or not os.path.isfile(not_found_page):
            return super().send_error(code, message, explain)
        with open(not_found_page, "rb") as page:
            body = page.read()
        self.send_response(404)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def log_message(self, format, *args):
        if os.environ.get("STATIC_SERVER_LOG"):
            super().log_message(format, *args)


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--root", required=True, help="the built site's folder")
    parser.add_argument("--mount", default="/", help="the sub-path the site is served under")
    parser.add_argument("--port", type=int, default=8080)
    parser.add_argument("--bind", default="127.0.0.1")
    args = parser.parse_args()
    mount = "/" + args.mount.strip("/") + "/" if args.mount.strip("/") else "/"
    handler = functools.partial(SiteHandler, directory=os.path.abspath(args.root), mount=mount)
    http.server.ThreadingHTTPServer.allow_reuse_address = True
    with http.server.ThreadingHTTPServer((args.bind, args.port), handler) as server:
        server.serve_forever()


if __name__ == "__main__":
    main()
