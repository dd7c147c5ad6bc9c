"""The suite catches a page broken on purpose, and says which page.

The demo is built again with a template override (accord build --templates DIR) whose
meeting.mustache links to a page that does not exist, points at a missing anchor, shows an
<img> without alt text and loads an image from another host. Links, HTML validation and Chromium
(axe-core, requests) must each fail, naming a meeting page.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

import checks
from checks import Site, format_problems, page_kind

BROKEN = (
    '<p class="selftest"><a href="no-such-page.html">A page that does not exist</a>'
    ' <a href="#no-such-anchor">A missing anchor</a>'
    ' <img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" width="1" height="1">'
    # stands for a resource off the host; "localhost" is not 127.0.0.1, yet nothing leaves the machine
    ' <img alt="" src="http://localhost:9/pixel.gif" width="1" height="1"></p>\n'
)


@pytest.fixture(scope="module")
def broken_site(demo: Site, repo: Path, accord: str, work: Path, www: Path) -> Site:
    templates = work / "selftest-templates"
    templates.mkdir(parents=True, exist_ok=True)
    original = (repo / "Templates" / "meeting.mustache").read_text(encoding="utf-8")
    marker = "<h1>{{title}}</h1>\n"
    assert marker in original, "Templates/meeting.mustache changed: update the self-test's insertion point"
    (templates / "meeting.mustache").write_text(original.replace(marker, marker + BROKEN, 1), encoding="utf-8")
    output = www / "selftest-broken"
    if output.exists():
        shutil.rmtree(output)
    result = subprocess.run([accord, "build", "--quiet", "--content", str(demo.content), "--templates", str(templates),
                             "--output", str(output)], capture_output=True, text=True, cwd=work, timeout=300)
    assert result.returncode == 0, f"accord build with the broken override failed: {result.stderr}"
    site = Site(name="selftest-broken", root=output, base_url=demo.base_url.rsplit("/", 2)[0] + "/selftest-broken/",
                content=demo.content)
    yield site
    shutil.rmtree(output, ignore_errors=True)


@pytest.fixture(scope="module")
def meeting_page(broken_site: Site) -> str:
    pages = [rel for rel in broken_site.pages() if page_kind(rel) == "meeting"]
    assert pages, "the demo has no meeting page"
    return pages[0]


def _names(problems: list[str], page: str, *words: str) -> bool:
    return any(p.startswith(page + ":") and all(w in p for w in words) for p in problems)


def test_links_failure_names_the_page(broken_site: Site, meeting_page: str, work: Path):
    problems = checks.check_links(broken_site, work / "linkchecker" / "selftest")
    report = format_problems("selftest", problems)
    assert _names(problems, meeting_page, "no-such-page.html"), f"missing link not reported on {meeting_page}:\n{report}"
    assert not any(p.startswith(("index.html:", "actions.html:")) for p in problems), report


def test_file_links_failure_names_the_page(broken_site: Site, meeting_page: str):
    problems = checks.check_links_in_files(broken_site)
    report = format_problems("selftest", problems)
    assert _names(problems, meeting_page, "no-such-page.html"), f"missing link not reported on {meeting_page}:\n{report}"
    assert _names(problems, meeting_page, "no-such-anchor"), f"missing anchor not reported on {meeting_page}:\n{report}"


def test_validator_failure_names_the_page(broken_site: Site, meeting_page: str):
    problems = checks.check_html(broken_site.root)
    report = format_problems("selftest", problems)
    assert _names(problems, meeting_page, "alt"), f"<img> without alt not reported on {meeting_page}:\n{report}"


def test_chromium_failure_names_the_page(broken_site: Site, meeting_page: str, browser):
    checks.set_view(browser, 1280, "light")
    problems = checks.inspect_page(browser, broken_site, meeting_page)
    report = format_problems("selftest", problems)
    assert _names(problems, meeting_page, "image-alt"), f"axe did not report the <img> on {meeting_page}:\n{report}"
    assert _names(problems, meeting_page, "request leaves the host", "localhost:9"), \
        f"the request off 127.0.0.1 was not reported on {meeting_page}:\n{report}"
