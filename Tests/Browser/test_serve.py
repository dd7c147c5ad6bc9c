"""`accord serve` in Chromium: the open page reloads by itself after a rebuild; a failed rebuild keeps the
last good site and shows its diagnostics over it as text (markup in them never becomes an element or runs);
the next good build clears them."""

from __future__ import annotations

import re
import shutil
import subprocess
import time
from pathlib import Path

import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

import checks

PARTNERSHIP = "Content/partnerships/northwind-globex-service-desk"


@pytest.fixture
def served(repo: Path, accord: str, work: Path, browser):
    """`accord serve --port 0` on a copy of the demo content; yields (folder, base URL). The shared browser
    leaves the served page before the server stops: its reload script's reconnections would otherwise fail
    and log console errors that a later test, loading its own page in the same browser, would take for its
    page's."""
    folder = work / "serve"
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    shutil.copytree(repo / "Content", folder / "Content")
    log_path = folder / "serve.log"
    with open(log_path, "w") as log:
        process = subprocess.Popen([accord, "serve", "--port", "0", "--as-of", "2026-11-20"], cwd=folder,
                                   stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=log)
    try:
        port = None
        deadline = time.monotonic() + 120
        while port is None and time.monotonic() < deadline and process.poll() is None:
            match = re.search(r"127\.0\.0\.1:(\d+)/ \(Ctrl-C to stop\)", log_path.read_text())
            port = int(match.group(1)) if match else None
            time.sleep(0.1)
        assert port, f"accord serve did not start: {log_path.read_text()}"
        yield folder, f"http://127.0.0.1:{port}/"
    finally:
        browser.get("about:blank")
        checks.drain_logs(browser)
        process.terminate()
        process.wait(timeout=30)


def test_serve_reloads_and_shows_a_failed_build_as_text(served, browser, screenshots: Path):
    folder, url = served
    checks.set_view(browser, 1280, "light")
    browser.get(url)
    wait = WebDriverWait(browser, 90, poll_frequency=0.2)
    wait.until(lambda d: d.execute_script("return document.readyState") == "complete")
    browser.execute_script("window.__accordMarker = 1")

    # An edit: the open page reloads by itself (the marker is gone) and shows the new title.
    charter = folder / PARTNERSHIP / "charter.md"
    charter.write_text(re.sub(r"\ntitle: [^\n]*\n", "\ntitle: Renamed in Chromium\n", charter.read_text(), count=1))
    wait.until(lambda d: d.execute_script("return window.__accordMarker === undefined")
               and "Renamed in Chromium" in d.page_source)
    browser.execute_script("window.__accordMarker = 2")

    # A broken note whose diagnostics carry markup and a handler.
    hostile = '</pre><img src=x onerror="window.__accordInjected=1">'
    note = folder / PARTNERSHIP / "meetings" / "2026-11-19-broken.md"
    note.write_text(f"---\ndate: 2026-11-32\n{hostile}: 1\n---\n")
    wait.until(lambda d: "unknown key" in "".join(e.text for e in d.find_elements(By.ID, "accord-serve-overlay")))
    overlay = browser.find_element(By.ID, "accord-serve-overlay")
    assert "2026-11-19-broken.md:2:" in overlay.text
    assert f"unknown key '{hostile}'" in overlay.text
    assert overlay.find_elements(By.TAG_NAME, "img") == []
    assert browser.find_elements(By.CSS_SELECTOR, "img[src=x]") == []
    assert browser.execute_script("return window.__accordInjected") is None, "a handler from the diagnostics ran"
    assert browser.execute_script("return window.__accordMarker") == 2, "a failed build must not reload the page"
    assert "Renamed in Chromium" in browser.page_source, "the last good site is still shown"
    browser.save_screenshot(str(screenshots / "serve-failed-build.png"))

    # Fixed: the next good build reloads the page and the overlay is gone.
    note.unlink()
    wait.until(lambda d: d.execute_script("return window.__accordMarker === undefined")
               and not d.find_elements(By.ID, "accord-serve-overlay"))
    assert browser.execute_script("return window.__accordInjected") is None
