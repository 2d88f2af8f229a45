"""Genera `README.md` a partir de `nbs/index.ipynb` sin Quarto (la alternativa a `nbdev-readme`).

Uso: `python tools/build_readme.py` (con `--check`, solo comprueba que `README.md` está al día).
"""
import json, sys
from pathlib import Path

from nbconvert import MarkdownExporter
from nbconvert.preprocessors import TagRemovePreprocessor
import nbformat

sys.path.insert(0, str(Path(__file__).parent))
from build_site import ROOT, NBS, adapt, doc_url, process_notebooks, _module_pages, chapters

HEADER = "<!-- Generado a partir de nbs/index.ipynb con tools/build_readme.py: no lo edites a mano. -->\n\n"


def render() -> str:
    "Texto de `README.md`."
    proc = process_notebooks()
    nb = adapt(json.loads((proc / "index.ipynb").read_text(encoding="utf-8")), _module_pages(), doc_url())
    exp = MarkdownExporter()
    exp.register_preprocessor(TagRemovePreprocessor(remove_input_tags=["remove-input"],
                                                    remove_cell_tags=["remove-cell"],
                                                    remove_all_outputs_tags=["remove-output"]), enabled=True)
    body, _ = exp.from_notebook_node(nbformat.reads(json.dumps(nb), as_version=4))
    for ch in chapters() + [NBS / "index.ipynb"]:
        body = body.replace(f"]({ch.name}", f"](nbs/{ch.name}")
    return HEADER + body.strip() + "\n"


if __name__ == "__main__":
    text, readme = render(), ROOT / "README.md"
    if "--check" in sys.argv:
        if readme.read_text(encoding="utf-8") != text:
            sys.exit("README.md no está al día con nbs/index.ipynb: ejecuta `python tools/build_readme.py`.")
        print("README.md está al día.")
    else:
        readme.write_text(text, encoding="utf-8")
        print(f"Escrito {readme}")
