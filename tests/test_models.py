"""Paso 2 fuera del cuaderno: carga de clasificadores y sus variantes, carpetas locales, errores y medidas."""
import time

import pytest
import torch

from finetune_course.core import CourseError
from finetune_course.core import count_parameters
from finetune_course.steps.model import (compare_models, load_classifier, measure_model, model_card,
                                    sentence_embeddings, task_labels)
from finetune_course.steps.objective import get_task

SPEC = get_task("phishing")
TEXTS = ["Su cuenta ha sido bloqueada: verifique sus datos en este enlace.", "Nos vemos el jueves en la oficina."]


@pytest.fixture(scope="module")
def minilm():
    return load_classifier("minilm", SPEC)


def test_labels_come_from_spec_name_or_list(minilm):
    model, _ = minilm
    assert model.config.id2label == {0: "legitimo", 1: "phishing"}
    assert model.config.label2id == SPEC.label2id
    assert task_labels("phishing") == task_labels(["legitimo", "phishing"]) == SPEC.labels
    m3, _ = load_classifier("minilm", ["a", "b", "c"])
    assert m3.config.num_labels == 3 and m3.classifier.out_features == 3


@pytest.mark.parametrize("bad, msg", [(["solo"], "al menos dos"), (["a", "a"], "al menos dos"), (["a", ""], "al menos dos"),
                                      ("tarea_que_no_existe", "Tarea desconocida"), ({"a": 0}, "lista"), (None, "Falta")])
def test_bad_labels_raise_course_error(bad, msg):
    with pytest.raises(CourseError, match=msg):
        load_classifier("minilm", bad)


def test_variants_train_what_they_should(minilm):
    model, _ = minilm
    total = count_parameters(model)["total"]
    frozen, _ = load_classifier("minilm", SPEC, freeze_base=True)
    trainable = [n for n, p in frozen.named_parameters() if p.requires_grad]
    assert trainable == ["classifier.weight", "classifier.bias"]
    assert count_parameters(frozen) == dict(total=total, trainable=384 * 2 + 2)
    for r in (2, 16):
        lora, _ = load_classifier("minilm", SPEC, lora=True, lora_r=r)
        assert count_parameters(lora)["trainable"] == 6 * 2 * (2 * 384 * r) + 770
        assert lora.config.id2label == model.config.id2label
        # la cabeza se entrena (modules_to_save) y el cuerpo no
        names = [n for n, p in lora.named_parameters() if p.requires_grad]
        assert any("classifier" in n for n in names) and all("lora_" in n or "classifier" in n for n in names)


def test_random_init_same_architecture_other_weights(minilm):
    model, _ = minilm
    rnd, _ = load_classifier("minilm", SPEC, random_init=True)
    a, b = dict(model.named_parameters()), dict(rnd.named_parameters())
    assert a.keys() == b.keys() and all(a[k].shape == b[k].shape for k in a)
    assert not torch.allclose(a["bert.encoder.layer.0.attention.self.query.weight"],
                              b["bert.encoder.layer.0.attention.self.query.weight"])
    rnd2, _ = load_classifier("minilm", SPEC, random_init=True)
    assert torch.equal(rnd.bert.embeddings.word_embeddings.weight, rnd2.bert.embeddings.word_embeddings.weight)


def test_saved_folder_loads_with_the_same_weights(minilm, tmp_path):
    model, tok = minilm
    model.save_pretrained(tmp_path / "m"); tok.save_pretrained(tmp_path / "m")
    again, _ = load_classifier(str(tmp_path / "m"), SPEC)
    assert torch.equal(again.classifier.weight, model.classifier.weight)
    assert any((tmp_path / "m").glob("*.safetensors"))


def test_missing_model_and_hub_offline_fail_fast_in_spanish(tmp_path):
    with pytest.raises(CourseError, match="no existe"):
        load_classifier(str(tmp_path / "no_hay_modelo"), SPEC)
    t0 = time.perf_counter()
    with pytest.raises(CourseError, match="No hay conexión"):
        compare_models(["minilm", "PlanTL-GOB-ES/roberta-base-bne"], TEXTS)
    assert time.perf_counter() - t0 < 10
    with pytest.raises(CourseError, match="rango de LoRA"):
        load_classifier("minilm", SPEC, lora=True, lora_r=0)


def test_measure_and_compare_report_numbers():
    m = measure_model("minilm", TEXTS, warmup=0, repeats=1)
    assert m["memory_mb"] == pytest.approx(m["total"] * 4 / 2**20)
    assert m["tokens_per_s"] > 0 and m["tokens_per_word"] > 1
    t = compare_models(["minilm", dict(name="minilm", freeze_base=True)], TEXTS, warmup=0, repeats=1)
    assert list(t.index) == ["minilm", "minilm · base congelada"]
    assert t.loc["minilm · base congelada", "trainable"] == 770
    with pytest.raises(CourseError, match="no vacíos"):
        measure_model("minilm", [""])
    with pytest.raises(CourseError, match="nombre de modelo"):
        compare_models([dict(lora=True)])


def test_embeddings_are_unit_vectors(minilm):
    model, tok = minilm
    e = sentence_embeddings(model, tok, TEXTS)
    assert e.shape == (2, 384)
    assert torch.allclose(e.norm(dim=-1), torch.ones(2), atol=1e-5)


def test_model_card_reads_language_and_licence():
    card = model_card("minilm")
    assert card["language"] == "en" and card["license"] == "apache-2.0" and card["max_positions"] == 512
