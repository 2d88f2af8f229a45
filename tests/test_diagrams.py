"""Los diagramas de `nbs/img/`: SVG válidos y autónomos (sin scripts ni recursos externos), accesibles (título y
descripción en español, `viewBox`) y usados por algún capítulo; y cada imagen que enlaza un capítulo existe."""
import json, re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
IMG = ROOT / "nbs" / "img"
SVG_NS = "{http://www.w3.org/2000/svg}"
SPANISH = {"de", "del", "la", "las", "el", "los", "en", "y", "un", "una", "con", "por", "se", "que", "cada"}
SVGS = sorted(IMG.glob("*.svg"))
NAMED = ["bloque_transformer", "atencion", "lora", "seis_pasos", "mapa_amenazas"]


def markdown_of_notebooks() -> dict:
    "Cuaderno → texto de sus celdas de Markdown."
    return {nb.name: "\n".join("".join(c["source"]) for c in json.loads(nb.read_text(encoding="utf-8"))["cells"]
                               if c["cell_type"] == "markdown")
            for nb in sorted((ROOT / "nbs").glob("*.ipynb"))}


def looks_spanish(text: str) -> bool:
    words = re.findall(r"\w+", text.lower())
    return len(words) >= 3 and bool(SPANISH & set(words))


def test_the_course_diagrams_are_there():
    assert {p.stem for p in SVGS} >= set(NAMED)


@pytest.mark.parametrize("svg", SVGS, ids=lambda p: p.name)
def test_svg_is_valid_accessible_and_self_contained(svg):
    text = svg.read_text(encoding="utf-8")
    root = ET.fromstring(text.encode("utf-8"))
    assert root.tag == SVG_NS + "svg", svg.name
    box = root.get("viewBox", "").split()
    assert len(box) == 4 and float(box[2]) > 0 and float(box[3]) > 0, f"{svg.name}: sin viewBox"
    title, desc = root.find(SVG_NS + "title"), root.find(SVG_NS + "desc")
    assert title is not None and looks_spanish(title.text or ""), f"{svg.name}: falta <title> en español"
    assert desc is not None and looks_spanish(desc.text or "") and len(desc.text) > 80, \
        f"{svg.name}: falta una <desc> en español que explique el diagrama"
    tags = {el.tag.split("}")[-1].lower() for el in root.iter()}
    assert not tags & {"script", "foreignobject", "image"}, f"{svg.name}: {tags & {'script', 'foreignobject', 'image'}}"
    assert not re.search(r"""(href|src)\s*=\s*["']\s*(https?:)?//""", text, re.I), f"{svg.name}: enlace externo"
    assert not re.search(r"@import|url\(\s*['\"]?(https?:)?//", text, re.I), f"{svg.name}: recurso externo"
    assert not re.search(r"\bon\w+\s*=", text, re.I), f"{svg.name}: manejador de eventos"


@pytest.mark.parametrize("svg", SVGS, ids=lambda p: p.name)
def test_every_diagram_is_used_by_a_chapter(svg):
    users = [nb for nb, md in markdown_of_notebooks().items() if f"](img/{svg.name})" in md]
    assert users, f"{svg.name}: ningún cuaderno de nbs/ lo usa"


def test_every_image_a_chapter_links_exists_and_has_alt_text():
    for nb, md in markdown_of_notebooks().items():
        for alt, path in re.findall(r"!\[([^\]]*)\]\((img/[^)\s]+)\)", md):
            assert (ROOT / "nbs" / path).is_file(), f"{nb}: {path} no existe"
            assert looks_spanish(alt), f"{nb}: {path} sin texto alternativo en español"
