"""Capítulo 09a en pequeño: la plantilla de chat marca solo la respuesta, la rúbrica puntúa lo que dice, y
`build_instruct_models` reconstruye (con pocos ejemplos) las dos carpetas que trae el curso y se pueden cargar."""
import json, os

import pytest
import torch
from safetensors import safe_open
from transformers import AutoModelForCausalLM, AutoTokenizer

from finetune_course.core import CourseError, load_pretrained
from finetune_course.steps.instruction_tuning import (INSTRUCT, USES, answer, build_instruct_models, chat_features,
                                                      load_instruct, load_uses, rubric, with_chat_template)

BASE = "micro-llm-es-v2"


@pytest.fixture(scope="module")
def tok():
    return with_chat_template(load_pretrained(AutoTokenizer, BASE))


def test_only_the_answer_and_its_end_count_in_the_loss(tok):
    rows = load_uses("train", per_use=1)
    for row, ex in zip(rows, chat_features(rows, tok)):
        kept = [i for i, l in zip(ex["input_ids"], ex["labels"]) if l != -100]
        assert tok.decode(kept) == row["respuesta"] + tok.eos_token
        assert ex["labels"][:len(ex["labels"]) - len(kept)] == [-100] * (len(ex["labels"]) - len(kept))  # la respuesta va al final


def test_the_four_uses_are_split_without_repeating_an_instruction():
    seen = {s: {r["instruccion"] for r in load_uses(s)} for s in ("train", "validation", "test")}
    assert not seen["train"] & seen["test"] and not seen["train"] & seen["validation"]
    assert {r["uso"] for r in load_uses("test")} == set(USES)
    with pytest.raises(CourseError, match="Split desconocido"): load_uses("prueba")
    with pytest.raises(CourseError, match="Uso desconocido"): load_uses("test", uses=("chiste",))


@pytest.mark.parametrize("row, good, bad", [
    ({"uso": "pregunta", "hechos": ["1998", "Zaragoza"]}, "Se fundó en 1998 en Zaragoza.", "No lo sé."),
    ({"uso": "traducir", "referencia": "The library opens at nine."}, "The library opens at nine.", "La biblioteca abre."),
    ({"uso": "continuar", "referencia": "y el tren salió con retraso"}, "y el tren salió con retraso", "Hola."),
    ({"uso": "creativo", "tema": "el mar", "min_palabras": 4, "max_palabras": 30}, "Canta el mar su canción de sal",
     "Sí."),
])
def test_the_rubric_rewards_the_right_answer(row, good, bad):
    assert rubric(row, good) > rubric(row, bad)
    assert 0 <= rubric(row, bad) <= rubric(row, good) <= 1


def test_an_instruction_longer_than_the_context_is_a_spanish_error(tok):
    model = load_pretrained(AutoModelForCausalLM, BASE)
    with pytest.raises(CourseError, match="contexto"):
        answer(model, tok, "palabra " * 400)


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    root = tmp_path_factory.mktemp("instruct")
    scores = build_instruct_models(root, per_use=1, max_train=48)
    return root, scores


def test_build_writes_a_compact_full_model_and_an_adapter_only(built):
    root, scores = built
    full, lora = root / INSTRUCT["completo"], root / INSTRUCT["lora"]
    with safe_open(full / "model.safetensors", "pt") as f:
        assert {f.get_slice(k).get_dtype() for k in f.keys()} == {"BF16"}
    assert json.loads((lora / "base.json").read_text())["base"] == BASE
    assert sum(p.stat().st_size for p in lora.iterdir()) < 5e6           # solo las matrices A y B
    assert not (lora / "model.safetensors").exists()
    umask = os.umask(0); os.umask(umask)
    for f in [*full.iterdir(), *lora.iterdir()]:                          # safetensors deja 0600: se corrige
        assert f.stat().st_mode & 0o777 == 0o666 & ~umask, f
    assert (full / "README.md").exists()                                  # con su ficha
    table = json.loads((full / "rubric.json").read_text())["scores"]
    assert set(table) == {"base", "completo", "lora"} and all(set(v) == set(USES) for v in table.values())
    assert set(scores) == {"base", "completo", "lora"} and all(len(v) == len(USES) for v in scores.values())


@pytest.mark.parametrize("kind", list(INSTRUCT))
def test_the_built_models_load_and_answer(built, kind):
    root, _ = built
    model, tok = load_instruct(kind, folder=root)
    assert model.dtype == torch.float32 and tok.chat_template
    assert isinstance(answer(model, tok, "¿Quién fundó Banco Aurora?", max_new_tokens=8), str)


def test_unknown_instruct_model_is_a_spanish_error():
    with pytest.raises(CourseError, match="Modelo desconocido"): load_instruct("mediano")


def test_the_shipped_instruct_card_is_rendered_from_its_rubric(tmp_path):
    import shutil
    from finetune_course.core import asset_path, es, read_json_file
    from finetune_course.steps.instruction_tuning import USES, write_instruct_card
    src = asset_path("micro-llm-es-instruct")
    (tmp_path / "m").mkdir(); shutil.copy(src / "rubric.json", tmp_path / "m")
    card = write_instruct_card(tmp_path / "m")
    assert card == (src / "README.md").read_text(encoding="utf-8")          # la ficha publicada está al día
    scores = read_json_file(src / "rubric.json")["scores"]
    for u in USES:
        assert f"| {u} | {es(scores['base'][u], '.2f')} | {es(scores['completo'][u], '.2f')} |" in card
        assert scores["completo"][u] > scores["base"][u]                   # el ajuste mejora los cuatro usos
