#!/usr/bin/env python3
"""A plain static file server that behaves like a static host: the site is mounted at a
sub-path, folders answer with their index.html, a missing path gets the nearest 404.html up
its folders with status 404 (as Cloudflare Pages does; the build also writes _redirects for
hosts that need rules; `--single-404` answers with the site's own 404.html only, as GitHub
Pages does), and the headers the site's _headers file asks for are sent (as
Netlify and Cloudflare Pages do: every matching rule applies, and a header given by two rules
is sent once with both values). No rewrite rules.

By default it sends files as they are, one request per connection, which is all the tests
need. The benchmark measures what a visitor would get from a real host, so it opts in to
`--compress` (brotli or gzip, whichever the browser accepts) and `--keep-alive` (persistent
HTTP/1.1 connections)."""

import argparse
import functools
import gzip
import http.server
import io
import os
import sys
import threading
import urllib.parse

# What real hosts compress: text and WebAssembly; images other than SVG are compressed already.
COMPRESSIBLE_TYPES = ("text/", "application/javascript", "application/json", "application/xml",
                      "application/wasm", "image/svg+xml")
# Above this size a host compresses on the fly at a lower brotli quality: quality 11 would take
# most of a minute on the benchmark's largest generated pages for a few per cent.
LARGE_FILE_BYTES = 4 * 1024 * 1024


class Compressor:
    """Compressed copies of the site's files, made the first time each is asked for and kept
    while the file is unchanged (as a host that precompresses at deploy time would serve)."""

    def __init__(self):
        import brotli  # only this mode needs it (PyPI package `brotli`)

        self.encoders = {
            "br": lambda data: brotli.compress(data, quality=11 if len(data) <= LARGE_FILE_BYTES else 9),
            "gzip": lambda data: gzip.compress(data, compresslevel=9, mtime=0),
        }
        self.cache = {}
        self.lock = threading.Lock()

    def choose(self, accept_encoding, content_type):
        """The best encoding the request accepts for this type (brotli before gzip: it is
        smaller), or None to send the file as it is."""
        if not content_type.startswith(COMPRESSIBLE_TYPES):
            return None
        accepted = set()
        for item in accept_encoding.split(","):
            name, _, params = item.partition(";")
            quality = params.strip().removeprefix("q=")
            try:
                refused = quality != "" and float(quality) == 0
            except ValueError:
                refused = False
            if not refused:
                accepted.add(name.strip().lower())
        return next((name for name in self.encoders if name in accepted), None)

    def compressed(self, path, encoding):
        stat = os.stat(path)
        key = (path, encoding)
        with self.lock:
            cached = self.cache.get(key)
            if cached is None or cached[0] != (stat.st_mtime_ns, stat.st_size):
                with open(path, "rb") as file:
                    cached = ((stat.st_mtime_ns, stat.st_size), self.encoders[encoding](file.read()))
                self.cache[key] = cached
            return cached[1]


class HeaderRules:
    """The rules of a _headers file: a path (a trailing * matches any rest) and its headers."""

    def __init__(self, root):
        self.rules = []
        path = os.path.join(root, "_headers")
        if not os.path.isfile(path):
            return
        with open(path, encoding="utf-8") as file:
            for line in file:
                if line.startswith("#") or not line.strip():
                    continue
                if not line[0].isspace():
                    self.rules.append((line.strip(), []))
                elif self.rules:
                    name, _, value = line.strip().partition(":")
                    self.rules[-1][1].append((name.strip(), value.strip()))

    def for_path(self, url_path):
        """The headers for a request path, in the file's order, repeated names joined."""
        headers = {}
        for pattern, rule_headers in self.rules:
            matches = url_path.startswith(pattern[:-1]) if pattern.endswith("*") else url_path == pattern
            if matches:
                for name, value in rule_headers:
                    headers[name] = f"{headers[name]}, {value}" if name in headers else value
        return headers


class SiteHandler(http.server.SimpleHTTPRequestHandler):
    def __init__(self, *args, mount, header_rules, compressor=None, single_not_found_page=False, **kwargs):
        self.mount = mount
        self.single_not_found_page = single_not_found_page
        self.header_rules = header_rules
        self.compressor = compressor
        super().__init__(*args, **kwargs)

    def end_headers(self):
        for name, value in self.header_rules.for_path(urllib.parse.urlsplit(self.path).path).items():
            self.send_header(name, value)
        super().end_headers()

    def is_inside_mount(self):
        url_path = urllib.parse.urlsplit(self.path).path
        return url_path.startswith(self.mount) or url_path + "/" == self.mount

    def translate_path(self, path):
        url_path = urllib.parse.urlsplit(path).path
        inside = url_path[len(self.mount):] if url_path.startswith(self.mount) else ""
        return super().translate_path("/" + inside)

    def send_head(self):
        # Like a host serving only this site: anything outside the mount is simply not found.
        if not self.is_inside_mount():
            self.send_error(404)
            return None
        if self.compressor is None:
            return super().send_head()
        path = self.translate_path(self.path)
        if os.path.isdir(path) and urllib.parse.urlsplit(self.path).path.endswith("/"):
            path = os.path.join(path, "index.html")
        if not os.path.isfile(path):
            return super().send_head()  # redirects, folder listings and 404s as usual
        content_type = self.guess_type(path)
        encoding = self.compressor.choose(self.headers.get("Accept-Encoding", ""), content_type)
        body = self.compressor.compressed(path, encoding) if encoding else None
        if body is None or len(body) >= os.path.getsize(path):
            return super().send_head()
        self.send_response(200)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Encoding", encoding)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Vary", "Accept-Encoding")
        self.send_header("Last-Modified", self.date_time_string(os.path.getmtime(path)))
        self.end_headers()
        return io.BytesIO(body)

    def list_directory(self, path):
        # A folder without index.html is not a page: hosts answer it as not found.
        self.send_error(404)
        return None

    def nearest_not_found_page(self):
        """The 404.html in the requested path's folder or the nearest one above it."""
        url_path = urllib.parse.urlsplit(self.path).path
        inside = url_path[len(self.mount):] if url_path.startswith(self.mount) else ""
        folders = [part for part in inside.split("/")[:-1] if part not in ("", ".", "..")]
        if self.single_not_found_page:
            folders = []
        while True:
            candidate = os.path.join(self.directory, *folders, "404.html")
            if os.path.isfile(candidate):
                return candidate
            if not folders:
                return None
            folders.pop()

    def send_error(self, code, message=None, explain=None):
        not_found_page = self.nearest_not_found_page() if code == 404 else None
        if not_found_page is None:
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


class SiteServer(http.server.ThreadingHTTPServer):
    allow_reuse_address = True

    def handle_error(self, request, client_address):
        # A reader who leaves a page while its wasm downloads closes the connection under us;
        # a host says nothing about that. Anything else is still printed.
        if isinstance(sys.exc_info()[1], ConnectionError):
            return
        super().handle_error(request, client_address)


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--root", required=True, help="the built site's folder")
    parser.add_argument("--mount", default="/", help="the sub-path the site is served under")
    parser.add_argument("--port", type=int, default=8080)
    parser.add_argument("--bind", default="127.0.0.1")
    parser.add_argument("--compress", action="store_true",
                        help="send text and wasm brotli- or gzip-compressed, as the request accepts (needs the brotli module)")
    parser.add_argument("--single-404", action="store_true",
                        help="answer every missing path with the site's top 404.html, as GitHub Pages does")
    parser.add_argument("--keep-alive", action="store_true", help="keep HTTP/1.1 connections open between requests")
    args = parser.parse_args()
    mount = "/" + args.mount.strip("/") + "/" if args.mount.strip("/") else "/"
    compressor = None
    if args.compress:
        try:
            compressor = Compressor()
        except ImportError:
            parser.error("--compress needs the Python module brotli (pip install brotli)")
    if args.keep_alive:
        SiteHandler.protocol_version = "HTTP/1.1"
    root = os.path.abspath(args.root)
    handler = functools.partial(
        SiteHandler, directory=root, mount=mount, header_rules=HeaderRules(root), compressor=compressor,
        single_not_found_page=args.single_404,
    )
    with SiteServer((args.bind, args.port), handler) as server:
        server.serve_forever()


if __name__ == "__main__":
    main()
