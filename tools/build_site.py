"""Construye el sitio del curso sin conexión con Jupyter Book 1.x (Sphinx).

Uso: `python tools/build_site.py` → `docs/_build/html/index.html`.

Pasos:
1. `nbdev.serve.proc_nbs` procesa los cuadernos de `nbs/` como lo haría `nbdev-docs`
   (quita las celdas ocultas y añade la documentación de cada función exportada).
2. Cada cuaderno procesado se adapta a Jupyter Book: la cabecera YAML de nbdev se convierte en
   título, las directivas `#| echo/output/include` se convierten en etiquetas de celda, se quitan
   los atributos de Quarto (`{target=...}`) y el `---` inicial de `show_doc`, y los enlaces a la
   documentación de nbdev apuntan a las páginas locales.
3. Se escribe la tabla de contenidos con todos los capítulos en orden y se llama a `jupyter-book build`
   con `execute_notebooks: off`, de modo que el sitio muestra las salidas guardadas en los cuadernos.
"""
import json, re, shutil, subprocess, sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
NBS = ROOT / "nbs"
DOCS = ROOT / "docs"
SRC = DOCS / "_src"          # fuentes preparadas para Jupyter Book (se regeneran, no se versionan)
OUT = DOCS / "_build" / "html"
START_NB = "empieza_aqui"    # nombre de la página del cuaderno raíz `index.ipynb`

WIDGET_NOTE = ("<div class='admonition tip'><p class='admonition-title'>Control interactivo</p>"
               "<p>Aquí hay un control (<em>widget</em>) que responde al moverlo. Ábrelo en JupyterLab para usarlo: "
               "la web muestra debajo los resultados que calculó el cuaderno.</p></div>")
_TAGS = {("echo", "false"): "remove-input", ("output", "false"): "remove-output",
         ("include", "false"): "remove-cell"}
_DIRECTIVE = re.compile(r"^#\|\s*([\w-]+)\s*:?\s*(.*)$")


def chapters():
    "Cuadernos de `nbs/` en orden (sin `index`)."
    return [p for p in sorted(NBS.glob("*.ipynb")) if p.stem != "index"]


def _module_pages():
    "Nombre de módulo → página del sitio (p. ej. `core` → `00_core`)."
    pages = {}
    for nb in chapters():
        for c in json.loads(nb.read_text(encoding="utf-8"))["cells"]:
            m = re.search(r"^#\|\s*default_exp\s+(\S+)", "".join(c["source"]), re.M)
            if m: pages[m.group(1).split(".")[-1]] = nb.stem; break
    return pages


_ANCHORS = {}   # página → anclas de sus títulos (las rellena `write_sources` con los cuadernos procesados)


def _heading_anchors(nb) -> set:
    "Anclas que MyST dará a los títulos de un cuaderno procesado (texto y salidas de `show_doc`)."
    texts = []
    for c in nb["cells"]:
        texts.append("".join(c["source"]) if isinstance(c["source"], list) else c["source"])
        for o in c.get("outputs", []):
            md = o.get("data", {}).get("text/markdown")
            if md: texts.append("".join(md) if isinstance(md, list) else md)
    heads = re.findall(r"^#{1,6}\s+(.+?)\s*$", "\n".join(texts), re.M)
    return {re.sub(r"[^\w-]", "", re.sub(r"[\s_.]+", "-", h.strip("`").lower())).strip("-") for h in heads}


def _fix_links(text, pages, doc_url):
    """Enlaces de nbdev a la documentación (`doc_url/modulo.html#x`, o `/modulo.html#x` si el proyecto no declara
    web) → `pagina.ipynb#x`; fuera los enlaces «source» a un repositorio (el curso no declara ninguno) y los
    atributos de Quarto."""
    text = re.sub(r"\[source\]\([^)\s]*blob/[^)\s]*\)(\{[^}\n]*\})?\s*", "", text)
    text = re.sub(r"\)\{[^}\n]*\}", ")", text)
    def repl(m):
        page = pages.get(m.group(1))
        anchor = m.group(2).lower().replace("_", "-").replace(".", "-").replace("#-", "#") if m.group(2) else ""
        if page in _ANCHORS and anchor[1:] not in _ANCHORS[page]: anchor = ""   # sin título propio: a la página
        return f"({page}.ipynb{anchor})" if page else m.group(0)
    prefix = re.escape(doc_url.rstrip("/")) if doc_url else ""
    return re.sub(r"\(" + prefix + r"/([\w.]+?)\.html(#[\w.-]+)?\)", repl, text)


_NOISE = re.compile(r"(\x1b\[[0-9;]*[A-Za-z]|\r|\n)")
_PROGRESS = re.compile(r"\d+%\|.*\|.*(it/s|s/it|\?it/s)")   # una línea de una barra de tqdm


def _is_terminal_noise(o):
    "Salidas de texto que solo contienen códigos de terminal (p. ej. `clear_output` de un widget sin navegador)."
    if o.get("output_type") != "stream": return False
    text = "".join(o["text"]) if isinstance(o.get("text"), list) else o.get("text", "")
    return not _NOISE.sub("", text).strip()


def adapt(nb, pages, doc_url, link_prefix=""):
    "Adapta un cuaderno procesado por nbdev a Jupyter Book (ver el docstring del módulo)."
    cells = []
    for c in nb["cells"]:
        src = "".join(c["source"]) if isinstance(c["source"], list) else c["source"]
        if c["cell_type"] == "raw" and src.lstrip().startswith("---"):
            import yaml
            meta = yaml.safe_load(src.strip().strip("-")) or {}
            md = f"# {' '.join(str(meta['title']).split())}\n" if meta.get("title") else ""
            if meta.get("description"): md += f"\n> {' '.join(str(meta['description']).split())}\n"
            cells.append({"cell_type": "markdown", "metadata": {}, "source": md})
            continue
        if c["cell_type"] == "markdown" and "AUTOGENERATED! DO NOT EDIT" in src:
            continue
        tags = list(c.get("metadata", {}).get("tags", []))
        if c["cell_type"] == "code":
            keep = []
            for line in src.splitlines():
                m = _DIRECTIVE.match(line)
                if m:
                    tag = _TAGS.get((m.group(1), m.group(2).strip().lower()))
                    if tag: tags.append(tag)
                    continue
                keep.append(line)
            src = "\n".join(keep)
            if re.match(r"\s*(q\s*=\s*)?(Quiz|exercise)\(", src):
                tags.append("remove-input")     # el código de un cuestionario o ejercicio lleva las respuestas
            for o in c.get("outputs", []):
                if o.get("output_type") == "stream":      # sin códigos de terminal ni barras de progreso en la página
                    text = "".join(o["text"]) if isinstance(o["text"], list) else o["text"]
                    text = re.sub(r"\x1b\[[0-9;]*[A-Za-z]\r?", "", text)
                    o["text"] = "\n".join(l for l in re.split(r"[\r\n]", text) if not _PROGRESS.search(l))
            c["outputs"] = [o for o in c.get("outputs", []) if not _is_terminal_noise(o)]
            for o in c["outputs"]:
                html_out = o.get("data", {}).get("text/html")
                html_out = "".join(html_out) if isinstance(html_out, list) else html_out
                if html_out and "fc-quiz" in html_out:
                    # un cuestionario trae su versión HTML + JavaScript: funciona en la página sin Python
                    o["data"] = {"text/html": html_out}
                elif "application/vnd.jupyter.widget-view+json" in o.get("data", {}):
                    # la página estática no ejecuta Python: en lugar del texto `VBox(children=...)`, un aviso
                    o["data"] = {"text/html": WIDGET_NOTE}
                md = o.get("data", {}).get("text/markdown")
                if md is not None:
                    md = "".join(md) if isinstance(md, list) else md
                    md = re.sub(r"\A\s*---\s*\n", "", md)  # un `---` inicial rompe docutils
                    md = _fix_links(md, pages, doc_url)
                    if link_prefix:
                        # MyST no resuelve enlaces a documentos dentro de salidas: se pasan a HTML con la página final
                        from markdown_it import MarkdownIt
                        md = re.sub(r"\]\((?:" + re.escape(link_prefix) + r")?(\w+)\.ipynb", r"](\1.html", md)
                        del o["data"]["text/markdown"]
                        o["data"]["text/html"] = MarkdownIt().render(md)
                    else:
                        o["data"]["text/markdown"] = md
        else:
            src = _fix_links(src, pages, doc_url)
            if link_prefix: src = src.replace(f"]({link_prefix}", "](")
        c["source"] = src
        c.setdefault("metadata", {})["tags"] = sorted(set(tags))
        if not c["metadata"]["tags"]: del c["metadata"]["tags"]
        cells.append(c)
    for i, c in enumerate(cells): c.setdefault("id", f"c{i}")
    nb["cells"] = cells
    nb.setdefault("metadata", {})
    nb["metadata"]["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    nb["metadata"]["language_info"] = {"name": "python", "pygments_lexer": "ipython3"}
    nb["nbformat"], nb["nbformat_minor"] = 4, 5
    return nb


def process_notebooks():
    "Ejecuta `proc_nbs` de nbdev y devuelve la carpeta con los cuadernos procesados."
    from nbdev.serve import proc_nbs
    return Path(proc_nbs(str(NBS), n_workers=0))


def doc_url():
    from nbdev.config import get_config
    return get_config().doc_url


CONFIG = """\
title: "Curso de fine-tuning y su seguridad"
author: "Equipo finetune_course"
copyright: "2026"
only_build_toc_files: true
execute:
  execute_notebooks: "off"
parse:
  myst_enable_extensions: [colon_fence, dollarmath, linkify, substitution]
  myst_heading_anchors: 4
sphinx:
  config:
    language: es
    html_show_copyright: false
    nb_render_markdown_format: myst
    suppress_warnings: ["mystnb.unknown_mime_type", "myst.header", "myst.xref_missing"]
html:
  use_repository_button: false
  home_page_in_navbar: true
"""


def write_sources():
    "Prepara `docs/_src` con los cuadernos adaptados, `_config.yml` y `_toc.yml`."
    proc = process_notebooks()
    pages, url = _module_pages(), doc_url()
    if SRC.exists(): shutil.rmtree(SRC)
    SRC.mkdir(parents=True)
    if (NBS / "img").is_dir(): shutil.copytree(NBS / "img", SRC / "img")   # los diagramas que enlazan los cuadernos
    names = ["index"] + [p.stem for p in chapters()]
    _ANCHORS.clear()
    _ANCHORS.update({n: _heading_anchors(json.loads((proc / f"{n}.ipynb").read_text(encoding="utf-8"))) for n in names})
    for name in names:
        nb = json.loads((proc / f"{name}.ipynb").read_text(encoding="utf-8"))
        (SRC / f"{name}.ipynb").write_text(json.dumps(adapt(nb, pages, url), ensure_ascii=False, indent=1),
                                           encoding="utf-8")
    start = json.loads((ROOT / "index.ipynb").read_text(encoding="utf-8"))
    (SRC / f"{START_NB}.ipynb").write_text(
        json.dumps(adapt(start, pages, url, link_prefix="nbs/"), ensure_ascii=False, indent=1), encoding="utf-8")
    (SRC / "_config.yml").write_text(CONFIG, encoding="utf-8")
    titles = readme_titles()
    toc = ["format: jb-book", "root: index", "parts:", "- caption: Empieza aquí", "  chapters:", f"  - file: {START_NB}"]
    for caption, stems in sidebar_parts():
        toc += [f"- caption: {caption}", "  chapters:"]
        toc += [f"  - file: {s}" + (f"\n    title: {json.dumps(titles[s], ensure_ascii=False)}" if s in titles else "") for s in stems]
    (SRC / "_toc.yml").write_text("\n".join(toc) + "\n", encoding="utf-8")
    return names + [START_NB]


PARTS = (("Los conceptos", "01", "03"), ("Los seis pasos", "04", "09"), ("Fine-tuning y seguridad", "10", "15"))


def sidebar_parts():
    "(título, cuadernos) de cada parte del curso en el orden de lectura; los apéndices (00…, 16) al final."
    stems = [p.stem for p in chapters()]
    parts = [(name, [s for s in stems if a <= s[:2] <= b]) for name, a, b in PARTS]
    placed = {s for _, ss in parts for s in ss}
    return parts + [("Apéndices", [s for s in stems if s not in placed])]


def readme_titles():
    "Cuaderno → título con su número, tal como lo escribe la tabla de capítulos de `nbs/index.ipynb` (y el README)."
    text = "".join("".join(c["source"]) for c in json.loads((NBS / "index.ipynb").read_text(encoding="utf-8"))["cells"])
    return {m.group(2): m.group(1) for m in re.finditer(r"\| \[([^\]]+)\]\((\w+)\.ipynb\)", text)}


def build():
    "Construye el sitio desde cero (sin páginas de cuadernos que ya no existen); devuelve la carpeta HTML."
    if OUT.exists(): shutil.rmtree(OUT)
    write_sources()
    cmd = [shutil.which("jupyter-book") or "jupyter-book", "build", str(SRC), "--path-output", str(DOCS), "--all"]
    subprocess.run(cmd, check=True, cwd=ROOT)
    print(f"Sitio construido: {OUT / 'index.html'}")
    return OUT


if __name__ == "__main__":
    build()
