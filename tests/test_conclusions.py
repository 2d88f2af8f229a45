"""Capítulo 15 fuera del cuaderno: la lista de comprobación enlaza cuadernos que existen y funciones que se importan,
y el cuestionario final tiene al menos 8 preguntas con respuestas válidas. Lee las celdas del propio cuaderno."""
import ast, importlib, json
from pathlib import Path

import pytest

from finetune_course._modidx import d as MODIDX
from finetune_course.quiz import Question

NBS = Path(__file__).resolve().parents[1]/"nbs"
NB = NBS/"15_conclusions.ipynb"


def _literal(name):
    "El valor literal asignado a `name` en las celdas de código del cuaderno (`=` y luego `+=`), sin ejecutar nada más."
    value = None
    for cell in json.loads(NB.read_text(encoding="utf-8"))["cells"]:
        if cell["cell_type"] != "code": continue
        src = "".join(cell["source"])
        if "#|" in src.split("\n", 1)[0]: continue
        for node in ast.parse(src).body:
            if isinstance(node, ast.Assign) and any(getattr(t, "id", None) == name for t in node.targets):
                value = ast.literal_eval(node.value)
            elif isinstance(node, ast.AugAssign) and getattr(node.target, "id", None) == name and value is not None:
                value = value + ast.literal_eval(node.value)
    if value is None: raise AssertionError(f"El cuaderno no define {name}")
    return value


def _resolve(fn):
    module, name = fn.rsplit(".", 1)
    obj = importlib.import_module(f"finetune_course.{module}")
    for part in name.split("."): obj = getattr(obj, part)
    return obj


CHECKLIST = _literal("CHECKLIST")


def test_checklist_shape():
    assert len(CHECKLIST) >= 15
    assert all(isinstance(c, tuple) and len(c) == 3 and all(isinstance(x, str) and x for x in c) for c in CHECKLIST)
    assert len({c[0] for c in CHECKLIST}) == len(CHECKLIST)                    # sin puntos repetidos
    chapters = {c[1] for c in CHECKLIST}
    for nb in ("04_objective.ipynb", "06_data.ipynb", "08_train.ipynb", "09_evaluate.ipynb", "12a_poisoning.ipynb",
               "12b_memorization.ipynb", "12c_safety_erosion.ipynb", "14_ethics.ipynb"):
        assert nb in chapters, nb


@pytest.mark.parametrize("item,nb,fn", CHECKLIST, ids=[c[2] for c in CHECKLIST])
def test_checklist_item_resolves(item, nb, fn):
    assert nb.endswith(".ipynb") and (NBS/nb).exists(), f"no existe nbs/{nb}"
    module = f"finetune_course.{fn.rsplit('.', 1)[0]}"
    assert f"finetune_course.{fn}" in MODIDX["syms"].get(module, {}), f"{fn} no está en _modidx"
    assert callable(_resolve(fn))


def test_resolve_rejects_unknown():
    with pytest.raises(AttributeError): _resolve("security.memorization.no_existe")
    with pytest.raises(ImportError): _resolve("no_existe.funcion")


def test_final_quiz():
    questions = _literal("QUESTIONS")
    assert len(questions) >= 8
    for text, options, answer, explanation in questions:
        assert text and explanation and len(options) >= 2 and len(set(options)) == len(options)
        assert isinstance(answer, int) and 0 <= answer < len(options)
        Question(text, options, answer, explanation)                           # la misma validación que el widget
    counts = [sum(q[2] == i for q in questions) for i in range(3)]
    assert max(counts) <= 0.6 * len(questions), counts                          # la correcta no está siempre en el mismo sitio


def test_notebook_links_only_existing_chapters():
    "Los enlaces relativos a cuadernos del texto del capítulo apuntan a ficheros que existen."
    import re
    text = "".join("".join(c["source"]) for c in json.loads(NB.read_text(encoding="utf-8"))["cells"])
    links = set(re.findall(r"\]\(([\w.-]+\.ipynb)\)", text))
    assert all((NBS/l).exists() for l in links), sorted(l for l in links if not (NBS/l).exists())
