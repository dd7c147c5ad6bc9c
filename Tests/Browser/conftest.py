"""pytest set-up of the browser suite. Run it through Tests/Browser/run.sh, which builds the sites,
starts nginx and exports:

ACCORD_BIN                the accord binary
ACCORD_REPO               the repository root
ACCORD_BROWSER_BASE_URL   http://127.0.0.1:PORT/reports/ (each site is served at BASE_URL + NAME + /)
ACCORD_BROWSER_WWW        the folder nginx serves as /reports/ (one sub-folder per site)
ACCORD_BROWSER_WORK       a scratch folder removed after the run
ACCORD_BROWSER_SITES      "NAME=CONTENT_DIR ..." (the first is the demo, used for screenshots)
ACCORD_SCREENSHOTS        where screenshots and the PDF go
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from checks import Site, make_driver

REQUIRED = ("ACCORD_BIN", "ACCORD_REPO", "ACCORD_BROWSER_BASE_URL", "ACCORD_BROWSER_WWW",
            "ACCORD_BROWSER_WORK", "ACCORD_BROWSER_SITES")


def _sites() -> list[Site]:
    missing = [name for name in REQUIRED if not os.environ.get(name)]
    if missing:
        raise pytest.UsageError(f"run the browser suite through Tests/Browser/run.sh (missing {', '.join(missing)})")
    www = Path(os.environ["ACCORD_BROWSER_WWW"])
    base = os.environ["ACCORD_BROWSER_BASE_URL"]
    sites = []
    for entry in os.environ["ACCORD_BROWSER_SITES"].split():
        name, _, content = entry.partition("=")
        sites.append(Site(name=name, root=www / name, base_url=f"{base}{name}/", content=Path(content)))
    return sites


def pytest_configure(config):
    config.accord_sites = _sites()


def pytest_generate_tests(metafunc):
    sites = metafunc.config.accord_sites
    if "site" in metafunc.fixturenames:
        metafunc.parametrize("site", sites, ids=[s.name for s in sites])
    if "site_page" in metafunc.fixturenames:
        pairs = [(s, rel) for s in sites for rel in s.pages()]
        metafunc.parametrize("site_page", pairs, ids=[f"{s.name}:{rel}" for s, rel in pairs])


@pytest.fixture(scope="session")
def sites(pytestconfig) -> list[Site]:
    return pytestconfig.accord_sites


@pytest.fixture(scope="session")
def demo(sites) -> Site:
    return sites[0]


@pytest.fixture(scope="session")
def repo() -> Path:
    return Path(os.environ["ACCORD_REPO"])


@pytest.fixture(scope="session")
def accord() -> str:
    return os.environ["ACCORD_BIN"]


@pytest.fixture(scope="session")
def work() -> Path:
    return Path(os.environ["ACCORD_BROWSER_WORK"])


@pytest.fixture(scope="session")
def www() -> Path:
    return Path(os.environ["ACCORD_BROWSER_WWW"])


@pytest.fixture(scope="session")
def screenshots(repo) -> Path:
    folder = Path(os.environ.get("ACCORD_SCREENSHOTS") or repo / "screenshots")
    folder.mkdir(parents=True, exist_ok=True)
    return folder


@pytest.fixture(scope="session")
def browser():
    """One headless Chromium for the whole run (starting one costs about a second)."""
    driver = make_driver()
    yield driver
    driver.quit()


def pytest_report_header(config):
    from checks import axe_script

    lines = [f"site {s.name}: {s.base_url} ({len(s.pages())} pages) from {s.content}" for s in config.accord_sites]
    try:
        lines.append(f"axe-core {axe_script()[1]}")
    except RuntimeError as error:
        lines.append(str(error))
    return lines
