"""The built sites, checked as a reader's browser and a web server see them (issue #4)."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

import checks
from checks import Site, format_problems, page_kind, representative_pages

WIDTHS = (1280, 390)
SCHEMES = ("light", "dark")


@pytest.fixture
def chromium(browser):
    """The shared Chromium, reset to a 1280 px wide light-scheme viewport."""
    checks.set_view(browser, 1280, "light")
    yield browser
    checks.set_view(browser, 1280, "light")


def test_site_has_every_page_kind(site: Site, demo: Site):
    """The demo has every page kind (the screenshots need them); any site has index and actions."""
    kinds = {page_kind(rel) for rel in site.pages()}
    needed = {"index", "actions", "partnership", "meeting"} if site == demo else {"index", "actions"}
    missing = needed - kinds
    assert not missing, f"{site.name}: the build wrote no {', '.join(sorted(missing))} page ({site.root})"
    assert (site.root / "assets" / "style.css").is_file(), f"{site.name}: no assets/style.css"
    assert (site.root / "metrics.json").is_file(), f"{site.name}: no metrics.json"


def test_nginx_serves_every_file(site: Site):
    """HTTP 200 and the right Content-Type (with charset) for every page and asset, under the sub-path."""
    problems = checks.check_http(site)
    assert not problems, format_problems(f"{site.name} through nginx at {site.base_url}", problems)


def test_no_broken_links_or_anchors(site: Site, work: Path):
    problems = checks.check_links(site, work / "linkchecker" / site.name)
    assert not problems, format_problems(f"{site.name}: linkchecker (anchors checked)", problems)


def test_links_and_anchors_in_files(site: Site):
    """The same from the files: every page that has a broken link or anchor, same-page anchors included."""
    problems = checks.check_links_in_files(site)
    assert not problems, format_problems(f"{site.name}: links and anchors in the built files", problems)


def test_every_page_reachable_from_index(site: Site):
    problems = checks.unreachable_pages(site)
    assert not problems, format_problems(f"{site.name}: orphan pages", problems)


def test_html_valid(site: Site):
    problems = checks.check_html(site.root)
    assert not problems, format_problems(f"{site.name}: Nu HTML checker errors", problems)


def test_page_in_chromium(site_page, chromium):
    """Every page: no console error, no request off 127.0.0.1, no serious or critical axe-core violation."""
    site, rel = site_page
    problems = checks.inspect_page(chromium, site, rel)
    assert not problems, format_problems(f"{site.name}: {rel} in Chromium", problems)


@pytest.mark.parametrize("scheme", SCHEMES)
def test_page_kinds_accessible_in_scheme_and_width(site: Site, chromium, scheme):
    """axe-core on one page of each kind in the dark scheme and at phone width too (contrast, reflow)."""
    problems = []
    for width in WIDTHS:
        checks.set_view(chromium, width, scheme)
        for kind, rel in representative_pages(site).items():
            problems += [f"{p} [{width} px, {scheme}]" for p in checks.inspect_page(chromium, site, rel)]
    assert not problems, format_problems(f"{site.name}: page kinds in the {scheme} scheme", problems)


def test_no_sideways_scrolling_at_390px(site: Site, chromium):
    """At a phone's 390 px the page itself never scrolls sideways (wide tables scroll inside .table-scroll)."""
    checks.set_view(chromium, 390, "light")
    problems = []
    for rel in site.pages():
        problems += checks.horizontal_overflow(chromium, site, rel)
    assert not problems, format_problems(f"{site.name}: pages wider than 390 px", problems)


def test_tables_readable_at_390px_without_scrolling(site: Site, chromium):
    """At 390 px every table of every page kind fits: records stack one card a row, and the other
    tables are narrow enough (tables that users write in their notes may still scroll)."""
    checks.set_view(chromium, 390, "light")
    problems = []
    for rel in site.pages():
        problems += checks.tables_scrolling_sideways(chromium, site, rel)
    assert not problems, format_problems(f"{site.name}: tables that scroll sideways at 390 px", problems)


def test_screenshots_and_pdf(demo: Site, chromium, screenshots: Path):
    """Screenshots of each page kind at 1280 and 390 px in both schemes, and an A4 PDF of a partnership."""
    pages = representative_pages(demo)
    written = []
    for scheme in SCHEMES:
        for width in WIDTHS:
            checks.set_view(chromium, width, scheme)
            for kind, rel in pages.items():
                checks.load(chromium, demo.url(rel))
                path = screenshots / f"{kind}-{width}-{scheme}.png"
                checks.full_page_screenshot(chromium, path, width)
                written.append(path)
    checks.set_view(chromium, 1280, "light")
    checks.load(chromium, demo.url(pages["partnership"]))
    pdf = screenshots / "partnership-A4.pdf"
    checks.print_pdf(chromium, pdf)
    written.append(pdf)
    for path in written:
        assert path.stat().st_size > 1000, f"{path} is (nearly) empty"
    assert pdf.read_bytes().startswith(b"%PDF"), f"{pdf} is not a PDF"
    (screenshots / "pages.txt").write_text("".join(f"{kind}: {rel}\n" for kind, rel in pages.items()))


PRINTED_TEXTS = """
return {
  inputs: [...document.querySelectorAll('details.inputs li')].map(li => li.textContent),
  captions: [...document.querySelectorAll('details.chart-data caption')].map(c => c.textContent),
  numbers: [...document.querySelectorAll('ol')].map(ol => ol.children.length).filter(n => n >= 10),
};
"""


def test_printed_partnership_keeps_the_data(demo: Site, chromium, work: Path):
    """The A4 print of the busiest partnership page holds every metric input and every chart data
    table (they sit in closed <details> on screen), and two-digit list numbers are on the page."""
    checks.set_view(chromium, 1280, "light")
    checks.load(chromium, demo.url(representative_pages(demo)["partnership"]))
    expected = chromium.execute_script(PRINTED_TEXTS)
    pdf = work / "printed-partnership.pdf"
    checks.print_pdf(chromium, pdf)
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], check=True, capture_output=True, text=True).stdout
    squeezed = re.sub(r"\s+", "", text)
    missing = [item for item in expected["inputs"] + expected["captions"] if re.sub(r"\s+", "", item) not in squeezed]
    assert expected["inputs"] and expected["captions"], "the page has no metric inputs or chart data tables"
    assert not missing, format_problems("printed partnership page lacks", missing[:20])
    for count in expected["numbers"]:
        assert re.search(rf"(?m)^\s*{count}\.\s", text), f"list number {count}. is cut off or missing on paper"


HEADER_BACKGROUND = "return getComputedStyle(document.querySelector('.site-header')).backgroundColor"


def _styled(driver) -> str | None:
    """None when the stylesheet applied, else what is wrong."""
    if not driver.find_elements("css selector", ".site-header"):
        return "no .site-header"
    background = driver.execute_script(HEADER_BACKGROUND)
    if background in ("rgba(0, 0, 0, 0)", "transparent", ""):
        return f"the header has no background ({background!r}): the stylesheet did not apply"
    return None


def test_file_url_navigation(demo: Site, chromium):
    """Output/index.html opened straight from disk: styled pages, and the nav, a partnership, a meeting and
    the breadcrumbs all lead to styled pages, without a request off file://."""
    driver = chromium
    problems = []
    start = (demo.root / "index.html").as_uri()

    def visit(what: str):
        rel = demo.rel(driver.current_url)
        if not driver.current_url.startswith("file://"):
            problems.append(f"{rel}: {what} left file:// for {driver.current_url}")
        if (error := _styled(driver)):
            problems.append(f"{rel}: opened from disk via {what}: {error}")
        for request in checks.requested_urls(driver):
            if not request.startswith(("file://", "data:", "about:")):
                problems.append(f"{rel}: opened from disk via {what}: request to {request}")
        for message in checks.console_errors(driver):
            problems.append(f"{rel}: opened from disk via {what}: console error: {message}")
        return rel

    def follow(css: str, what: str, expect: str):
        links = driver.find_elements("css selector", css)
        if not links:
            problems.append(f"{demo.rel(driver.current_url)}: no link {css!r} to follow ({what})")
            return False
        checks.drain_logs(driver)
        links[0].click()
        checks.load(driver, driver.current_url) if driver.current_url.startswith("about:") else None
        rel = visit(what)
        if not re.fullmatch(expect, rel):
            problems.append(f"{rel}: following {what} landed here, expected a page like {expect}")
            return False
        return True

    checks.load(driver, start)
    visit("the start page")
    http_background = None
    follow(".site-nav a[href$='actions.html']", "the nav link 'Open actions'", r"actions\.html")
    follow(".brand a", "the site title", r"index\.html")
    follow("table.portfolio th[scope=row] a", "a partnership row", r"partnerships/[^/]+/index\.html")
    follow("#meetings .timeline a", "a meeting of the timeline", r"partnerships/[^/]+/meetings/.+\.html")
    follow(".breadcrumbs a[href$='index.html']", "the breadcrumb", r"(partnerships/[^/]+/)?index\.html")
    # The file:// page looks like the served one.
    checks.load(driver, demo.url("index.html"))
    http_background = driver.execute_script(HEADER_BACKGROUND)
    checks.load(driver, start)
    file_background = driver.execute_script(HEADER_BACKGROUND)
    if file_background != http_background:
        problems.append(f"index.html: header background {file_background} from disk, {http_background} over HTTP")
    assert not problems, format_problems(f"{demo.name}: opened from file://", problems)


# Reads the DOM of a page for what keyboard and screen-reader users rely on; returns problems.
KEYBOARD_AND_READER = r"""
const problems = [];
const one = (selector, what) => {
  const n = document.querySelectorAll(selector).length;
  if (n !== 1) problems.push(`${n} ${what} (want exactly one)`);
};
one('main#main', 'main landmarks with id "main"');
one('h1', 'h1 headings');
one('header.site-header', 'site headers');
one('footer.site-footer', 'site footers');
if (!document.querySelector('nav[aria-label]')) problems.push('no labelled nav landmark');
const skip = document.querySelector('a.skip-link');
if (!skip || skip.getAttribute('href') !== '#main') problems.push('no skip link to #main');
else if (document.body.querySelector('a, button, [tabindex]') !== skip) problems.push('the skip link is not the first focusable element');
for (const table of document.querySelectorAll('table')) {
  if (!table.querySelector('th')) problems.push(`a table without header cells: ${table.outerHTML.slice(0, 80)}`);
}
for (const svg of document.querySelectorAll('svg.chart')) {
  const ids = (svg.getAttribute('aria-labelledby') || '').split(/\s+/).filter(Boolean);
  const title = svg.querySelector('title');
  if (svg.getAttribute('role') !== 'img' || !title || !ids.includes(title.id) || !title.textContent.trim())
    problems.push(`a chart without role="img" and a title it is labelled by: ${svg.id || svg.outerHTML.slice(0, 80)}`);
  const figure = svg.closest('figure');
  if (figure && !(figure.querySelector('figcaption') || {}).textContent) problems.push('a chart figure without a text summary');
}
for (const img of document.querySelectorAll('img')) {
  if (!img.hasAttribute('alt')) problems.push(`an image without alt: ${img.getAttribute('src')}`);
}
skip && skip.focus();
const outline = skip ? getComputedStyle(skip).outlineStyle : 'none';
const visible = skip ? skip.getBoundingClientRect().top >= 0 : false;
if (skip && (!visible)) problems.push('the focused skip link is not visible');
const link = document.querySelector('main a[href]');
if (link) {
  link.focus({focusVisible: true});
  const style = getComputedStyle(link);
  if (style.outlineStyle === 'none' && style.boxShadow === 'none') problems.push('a focused link shows no focus indicator');
}
return problems;
"""


def test_keyboard_and_screen_reader(site: Site, chromium):
    """Every page kind: one main landmark reached by a skip link that is the first focusable element and
    shows when focused; one h1; header, labelled nav, footer; header cells in every table; every chart
    labelled by its title with a text summary; alt on every image; a visible focus indicator."""
    problems = []
    for kind, rel in representative_pages(site).items():
        checks.load(chromium, site.url(rel))
        problems += [f"{rel}: {p}" for p in chromium.execute_script(KEYBOARD_AND_READER)]
    assert not problems, format_problems(f"{site.name}: keyboard and screen-reader structure", problems)
