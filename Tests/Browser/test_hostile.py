"""A site built from hostile content runs no script in Chromium.

The fixture portfolio Tests/AccordKitTests/Fixtures/Hostile holds, in every field that reaches a
page, markup that would set window.__pwned and document.title if one byte of it became markup:
a quote followed by a combining accent (the attack that once ran), <img onerror>, <svg onload>,
<script>, javascript: links spelt many ways, data: images, raw HTML. It is built with the accord
under test and served by the suite's nginx; every page is loaded, every element is focused (Tab),
hovered and clicked for real, and every element gets the usual events dispatched to it. Then no
handler may have run, and the DOM may hold no <script>, no on* attribute and no link or source
whose scheme is not http, https, mailto (or file for the folder itself).

The self-test builds the same portfolio with an override that prints the title unescaped
({{{title}}}) and asserts that the same probe reports it, so a pass means something.
"""

from __future__ import annotations

import shutil
import subprocess
import time
from pathlib import Path

import pytest

import checks
from checks import Site, format_problems, page_kind

FIXTURE = Path("Tests/AccordKitTests/Fixtures/Hostile")

# Stops navigation that cannot run script (http, https, mailto, fragments) so every click stays on
# the page under test; a javascript: link is left alone, so it would run and be caught.
INSTALL_GUARD = """
document.addEventListener('click', e => {
  const a = e.target && e.target.closest ? e.target.closest('a[href], area[href]') : null;
  if (a && a.protocol !== 'javascript:') e.preventDefault();
}, true);
document.addEventListener('submit', e => e.preventDefault(), true);
return document.title;
"""

# Every attribute and element read as the browser parsed them.
AUDIT_DOM = """
const problems = [];
const allowed = new Set(['http:', 'https:', 'mailto:', 'file:']);
for (const el of document.querySelectorAll('*')) {
  const tag = el.tagName.toLowerCase();
  if (['script', 'iframe', 'object', 'embed', 'base', 'form', 'frame'].includes(tag)) problems.push('a <' + tag + '> element');
  for (const attr of el.attributes) {
    const name = attr.name.toLowerCase();
    if (name.startsWith('on')) problems.push('<' + tag + '> has a handler attribute ' + name + '="' + attr.value.slice(0, 60) + '"');
    if (name === 'autofocus') problems.push('<' + tag + '> has an autofocus attribute');
    if (['href', 'src', 'xlink:href', 'action', 'formaction', 'poster', 'data'].includes(name)) {
      let protocol;
      try { protocol = new URL(attr.value, document.baseURI).protocol; } catch (e) { protocol = 'unparsable:'; }
      if (!allowed.has(protocol)) problems.push('<' + tag + ' ' + name + '="' + attr.value.slice(0, 60) + '"> uses ' + protocol);
    }
  }
}
return problems;
"""

DISPATCH_EVENTS = """
const names = ['focus', 'focusin', 'blur', 'focusout', 'mouseover', 'mouseenter', 'mousemove', 'mousedown', 'mouseup',
  'click', 'dblclick', 'auxclick', 'contextmenu', 'pointerover', 'pointerenter', 'pointerdown', 'pointerup', 'keydown',
  'keyup', 'keypress', 'input', 'beforeinput', 'change', 'select', 'wheel', 'scroll', 'toggle', 'load', 'error',
  'animationstart', 'animationend', 'transitionend', 'copy', 'cut', 'paste', 'drag', 'dragstart', 'drop', 'invalid'];
let count = 0;
for (const el of Array.from(document.querySelectorAll('*'))) {
  for (const name of names) { el.dispatchEvent(new Event(name, {bubbles: true, cancelable: true})); count++; }
  if (typeof el.focus === 'function') el.focus();
}
return count;
"""

PWNED = "return [typeof window.__pwned === 'undefined' ? null : String(window.__pwned), document.title]"

INTERACTIVE = "a, button, summary, input, select, textarea, [tabindex], [title], [aria-label], img, svg, th, td, li, h1, h2, h3"


def probe(driver, url: str) -> list[str]:
    """Loads a page, interacts with everything on it, and returns what ran or what should not be there."""
    from selenium.common.exceptions import UnexpectedAlertPresentException, WebDriverException
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys

    problems = []

    def js(code: str, *args):
        """execute_script, noting (and dismissing) any alert a handler opened."""
        for _ in range(20):
            try:
                return driver.execute_script(code, *args)
            except UnexpectedAlertPresentException as error:
                problems.append(f"a handler ran: an alert opened ({error.alert_text!r})")
                try:
                    driver.switch_to.alert.dismiss()
                except WebDriverException:
                    pass
        raise AssertionError(f"{url}: alerts keep opening")

    try:
        checks.load(driver, url)
    except UnexpectedAlertPresentException as error:
        problems.append(f"a handler ran at load: an alert opened ({error.alert_text!r})")
    title = js(INSTALL_GUARD)

    def ran(when: str):
        pwned, now = js(PWNED)
        if pwned is not None or now != title or any("alert opened" in p for p in problems):
            problems.append(f"a handler ran {when}: window.__pwned = {pwned!r}, document.title = {now!r}")
            return True
        return False

    if ran("when the page loaded") or title == "PWNED":
        return problems + [f"title at load: {title!r}"]
    problems += js(AUDIT_DOM)

    # Real keyboard focus: Tab through every focusable element.
    focusables = js(
        "return document.querySelectorAll('a[href], button, input, select, textarea, summary, [tabindex]').length")
    keys = ActionChains(driver, duration=0).move_to_element(driver.find_element(By.TAG_NAME, "body"))
    for _ in range(focusables + 2):
        keys.send_keys(Keys.TAB)
    try:
        keys.perform()
    except UnexpectedAlertPresentException as error:
        problems.append(f"a handler ran on Tab focus: an alert opened ({error.alert_text!r})")
    if ran("on Tab focus"):
        return problems

    # Real pointer: hover and click every element a reader could reach. The window is made as tall
    # as the page so most elements are in view, and the moves go in batches (one round trip each);
    # a batch that meets an element out of view (inside a scrolled table) goes element by element.
    height = js("return Math.min(document.documentElement.scrollHeight + 50, 16000)")
    driver.set_window_size(1280, height)
    elements = driver.find_elements(By.CSS_SELECTOR, INTERACTIVE)
    for start in range(0, len(elements), 40):
        batch = elements[start:start + 40]
        chain = ActionChains(driver, duration=0)
        for element in batch:
            chain.move_to_element(element).click()
        try:
            chain.perform()
            continue
        except WebDriverException:
            pass
        for element in batch:
            try:
                js("arguments[0].scrollIntoView({block: 'center', inline: 'center'})", element)
                ActionChains(driver, duration=0).move_to_element(element).click().perform()
            except WebDriverException:  # no box (hidden): a click from script instead
                js("arguments[0].dispatchEvent(new MouseEvent('click', {bubbles: true}))", element)
    driver.set_window_size(1280, 900)
    if driver.current_url.split("#")[0] != url.split("#")[0]:
        problems.append(f"a click left the page for {driver.current_url}")
        return problems
    if ran("on hover or click"):
        return problems

    # Every element gets the usual events, synthetic ones too: inline handlers would run on them.
    js(DISPATCH_EVENTS)
    time.sleep(0.2)  # an image's onerror or a timer would have fired by now
    ran("on dispatched events")
    problems += [p for p in js(AUDIT_DOM) if p not in problems]
    return problems


def build(accord: str, repo: Path, work: Path, www: Path, demo: Site, name: str, templates: Path | None = None,
          unsafe: bool = False) -> Site:
    output = www / name
    if output.exists():
        shutil.rmtree(output)
    command = [accord, "build", "--quiet", "--content", str(repo / FIXTURE), "--output", str(output)]
    if templates:
        command += ["--templates", str(templates)]
    if unsafe:
        command.append("--unsafe-html")
    result = subprocess.run(command, capture_output=True, text=True, cwd=work, timeout=300)
    assert result.returncode == 0, f"accord build of the hostile portfolio failed: {result.stderr}"
    return Site(name=name, root=output, base_url=demo.base_url.rsplit("/", 2)[0] + f"/{name}/", content=repo / FIXTURE)


@pytest.fixture(scope="module")
def hostile_site(demo: Site, repo: Path, accord: str, work: Path, www: Path) -> Site:
    site = build(accord, repo, work, www, demo, "hostile")
    yield site
    shutil.rmtree(site.root, ignore_errors=True)


@pytest.fixture
def chromium(browser):
    checks.set_view(browser, 1280)
    yield browser


def test_hostile_site_has_every_page_kind(hostile_site: Site):
    assert {page_kind(rel) for rel in hostile_site.pages()} >= {"index", "actions", "partnership", "meeting"}


def test_no_handler_runs_on_any_hostile_page(hostile_site: Site, chromium):
    problems = []
    for rel in hostile_site.pages():
        problems += [f"{rel}: {p}" for p in probe(chromium, hostile_site.url(rel))]
        # The payloads are on the page, as text a reader sees.
        text = chromium.execute_script("return document.body.innerText")
        if "window.__pwned" not in text:
            problems.append(f"{rel}: no payload shown as text (did the fixture reach the page?)")
    assert not problems, format_problems("hostile site: script ran or markup leaked", problems)


def test_probe_catches_an_unsafe_template(hostile_site: Site, repo: Path, accord: str, work: Path, www: Path,
                                          demo: Site, chromium):
    """Self-test: the same portfolio through an override that prints the title raw does run script.
    Accord refuses such a template unless --unsafe-html, which is what this build gives up."""
    templates = work / "hostile-unsafe-templates"
    templates.mkdir(parents=True, exist_ok=True)
    original = (repo / "Templates" / "partnership.mustache").read_text(encoding="utf-8")
    marker = "<h1>{{title}}</h1>"
    assert marker in original, "Templates/partnership.mustache changed: update the self-test's insertion point"
    (templates / "partnership.mustache").write_text(original.replace(marker, "<h1>{{{title}}}</h1>", 1), encoding="utf-8")
    refused = subprocess.run([accord, "check", "--content", str(repo / FIXTURE), "--templates", str(templates)],
                             capture_output=True, text=True, cwd=work, timeout=300)
    assert refused.returncode == 3 and "template prints 'title' unescaped" in refused.stderr, refused.stderr
    site = build(accord, repo, work, www, demo, "hostile-unsafe", templates, unsafe=True)
    try:
        page = next(rel for rel in site.pages() if page_kind(rel) == "partnership")
        problems = probe(chromium, site.url(page))
        assert any("a handler ran" in p for p in problems), f"the probe missed a raw title: {problems}"
    finally:
        shutil.rmtree(site.root, ignore_errors=True)
