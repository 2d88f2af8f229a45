"""El sitio del curso: se construye sin conexión, cada cuaderno tiene su página, los enlaces internos
funcionan, la búsqueda tiene índice y las capturas de Chromium no están en blanco."""
import re, subprocess, sys
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urldefrag, unquote

import pytest

from conftest import ROOT, chromium

HTML = ROOT / "docs" / "_build" / "html"


@pytest.fixture(scope="module")
def site():
    r = subprocess.run([sys.executable, "tools/build_site.py"], cwd=ROOT, capture_output=True, text=True, timeout=900)
    assert r.returncode == 0, r.stdout[-3000:] + r.stderr[-3000:]
    assert (HTML / "index.html").exists()
    return HTML


class Links(HTMLParser):
    def __init__(self):
        super().__init__(); self.hrefs, self.ids = [], set()
    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if a.get("id"): self.ids.add(a["id"])
        if tag == "a" and a.get("href"): self.hrefs.append(a["href"])
        if tag in ("img", "script") and a.get("src"): self.hrefs.append(a["src"])
        if tag == "link" and a.get("href"): self.hrefs.append(a["href"])


def parse(p):
    h = Links(); h.feed(p.read_text(encoding="utf-8")); return h


def test_every_notebook_has_a_page(site):
    nbs = sorted((ROOT / "nbs").glob("*.ipynb"))
    assert nbs
    for nb in nbs:
        assert (site / f"{nb.stem}.html").exists(), nb.name
    assert (site / "empieza_aqui.html").exists()   # el cuaderno raíz index.ipynb


def test_sidebar_lists_every_chapter_in_order(site):
    "Las tres partes en orden de lectura y los apéndices al final, con el número y el título del README."
    sys.path.insert(0, str(ROOT / "tools"))
    from build_site import readme_titles
    html = (site / "index.html").read_text(encoding="utf-8")
    nav = html[html.index("bd-docs-nav"):]
    pages = re.findall(r'href="(\d\d[a-z]?_\w+)\.html"', nav)
    stems = [nb.stem for nb in sorted((ROOT / "nbs").glob("*.ipynb")) if nb.stem != "index"]
    chapters = [s for s in stems if "01" <= s[:2] <= "15"]
    expected = chapters + [s for s in stems if s not in chapters]
    assert [p for i, p in enumerate(pages) if p not in pages[:i]][:len(expected)] == expected
    assert expected[-1] == "17_glossary" and expected[0] == "01_llm"
    import html as _html
    titles = readme_titles()
    assert set(titles) == set(stems)
    for stem, title in titles.items():
        assert _html.escape(title, quote=False) in nav, title          # «01 · ¿Qué es un LLM?», como en el README
    for part in ("Los conceptos", "Los seis pasos", "Fine-tuning y seguridad", "Apéndices"):
        assert part in nav, part


def test_saved_outputs_have_no_progress_bars_or_invented_links(site):
    "Sin barras de progreso guardadas («Writing model shards», tqdm) ni enlaces a hosts inventados en las páginas."
    for page in sorted(site.glob("[01]*.html")):
        text = page.read_text(encoding="utf-8")
        assert not re.search(r"Writing model shards:\s*\d+%|\d+%\|[█▏▎▍▌▋▊▉ ]*\|", text), page.name   # barras de tqdm
        assert "finetune-course.github.io" not in text and "github.com/finetune-course" not in text, page.name


def test_internal_links_resolve(site):
    cache, broken = {}, []
    for page in sorted(site.glob("*.html")):
        for href in parse(page).hrefs:
            if re.match(r"^[a-z]+:", href) or href.startswith("//"):
                continue
            url, frag = urldefrag(href)
            url = url.split("?", 1)[0]
            target = (page.parent / unquote(url)).resolve() if url else page
            if not target.exists():
                broken.append(f"{page.name} → {href}"); continue
            if frag and target.suffix == ".html":
                ids = cache.setdefault(target, parse(target).ids)
                if frag not in ids: broken.append(f"{page.name} → {href} (ancla)")
    assert not broken, broken[:20]


def test_functions_are_documented_and_hidden_cells_dropped(site):
    core = (site / "00_core.html").read_text(encoding="utf-8")
    for name in ("resolve_model", "pick_device", "CourseError", "set_seed"):
        assert name in core
    assert 'id="resolve-model"' in core
    assert "nbdev_export" not in core and "from fastcore.test import" not in core
    assert "#| export" not in core


def test_search_works(site):
    assert (site / "search.html").exists()
    idx = (site / "searchindex.js").read_text(encoding="utf-8")
    assert "semilla" in idx.lower()


def _chromium_cmd(profile, *args) -> list:
    "Orden para Chromium sin cabeza, sin red de fondo ni perfil compartido (`profile`: carpeta propia)."
    exe = chromium()
    if not exe: pytest.fail("Chromium no está instalado: `apt-get install chromium` (lo hace .ci/run).")
    return [exe, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--disable-quic", f"--user-data-dir={profile}", *args]


def _screenshot(url, out):
    cmd = _chromium_cmd(out.parent/"chrome", "--window-size=1280,900", "--hide-scrollbars", f"--screenshot={out}", url)
    subprocess.run(cmd, capture_output=True, timeout=120)
    assert out.exists(), "Chromium no escribió la captura"
    from PIL import Image
    img = Image.open(out).convert("RGB")
    colors = img.getcolors(maxcolors=1 << 20) or []
    white = sum(n for n, c in colors if min(c) > 245)
    dark = sum(n for n, c in colors if max(c) < 120)   # texto
    total = img.width * img.height
    return img, len(colors), white / total, dark / total


@pytest.mark.parametrize("page", ["index.html", "00_core.html"])
def test_screenshot_not_blank(site, tmp_path, page):
    img, ncolors, white, dark = _screenshot((site / page).as_uri(), tmp_path / f"{page}.png")
    assert img.size == (1280, 900)
    assert ncolors > 50, ncolors          # texto con antialiasing, no un lienzo liso
    assert white < 0.98, white            # no está en blanco
    assert dark > 0.005, dark             # hay texto oscuro


def test_concept_chapters_show_their_plots(site):
    "Los capítulos 01–03 se ven en la web con sus gráficos (imágenes guardadas en el cuaderno)."
    for page in ("01_llm", "02_deep_learning", "03_fine_tuning"):
        html = (site / f"{page}.html").read_text(encoding="utf-8")
        assert html.count("<img") >= 2, f"{page}: faltan gráficos"
        assert "Autoevaluación" in html or "Control interactivo" in html, page


def _cdp_page(url, tmp_path):
    "Chromium sin cabeza con el protocolo de DevTools: devuelve (proceso, websocket de la página ya cargada)."
    import json as _json, socket, time, urllib.request
    import websocket                                    # websocket-client
    with socket.socket() as s: s.bind(("127.0.0.1", 0)); port = s.getsockname()[1]
    proc = subprocess.Popen(_chromium_cmd(tmp_path/"chrome-cdp", f"--remote-debugging-port={port}",
                                          "--remote-allow-origins=*", url),
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    for _ in range(100):
        try:
            pages = _json.loads(urllib.request.urlopen(f"http://127.0.0.1:{port}/json", timeout=2).read())
            page = next(p for p in pages if p.get("type") == "page" and p.get("url", "").startswith("file:"))
            break
        except Exception: time.sleep(0.2)
    else:
        proc.kill(); pytest.fail("Chromium no abrió la página con DevTools")
    ws = websocket.create_connection(page["webSocketDebuggerUrl"], timeout=30)
    return proc, ws


def _evaluate(ws, expr, _id=[0]):
    import json as _json
    _id[0] += 1
    ws.send(_json.dumps({"id": _id[0], "method": "Runtime.evaluate", "params": {"expression": expr, "returnByValue": True}}))
    while True:
        msg = _json.loads(ws.recv())
        if msg.get("id") == _id[0]: return msg["result"]["result"].get("value")


def test_site_quiz_answers_a_click_without_a_kernel(site, tmp_path):
    "En la página del capítulo 08, un clic en una opción y en «Comprobar» da la corrección al momento, sin Python."
    import time
    from finetune_course.quiz import Quiz, Question
    page = (site / "08_train.html")
    text = page.read_text(encoding="utf-8")
    assert "fc-quiz" in text and "Control interactivo" not in text.split("fc-quiz")[0][-400:]
    proc, ws = _cdp_page(page.as_uri(), tmp_path)
    try:
        for _ in range(50):
            if _evaluate(ws, "document.readyState") == "complete" and _evaluate(ws, "typeof fcQuiz") == "object": break
            time.sleep(0.2)
        first_q = _evaluate(ws, "document.querySelector('.fc-q p').innerText")
        options = _evaluate(ws, "Array.from(document.querySelector('.fc-q').querySelectorAll('input')).map(i => i.value)")
        assert first_q and len(options) >= 2
        # la respuesta correcta no está escrita en la página: la buscamos probando, como haría una persona
        verdicts = []
        for i in range(len(options)):
            verdicts.append(_evaluate(ws, f"""(function () {{
                var q = document.querySelector('.fc-q'); q.querySelectorAll('input')[{i}].click();
                q.closest('.fc-quiz').querySelector('button').click();
                return q.querySelector('.fc-fb').innerText; }})()"""))
        assert sum("Correcto" in v for v in verdicts) == 1, verdicts
        assert all("No es esa" in v for v in verdicts if "Correcto" not in v), verdicts
        right = next(v for v in verdicts if "Correcto" in v)
        assert len(right) > len("✔ Correcto.") + 10          # con su explicación, descodificada al acertar
        score = _evaluate(ws, "document.querySelector('.fc-score').innerText")
        assert "correctas" in score, score
    finally:
        ws.close(); proc.kill()
