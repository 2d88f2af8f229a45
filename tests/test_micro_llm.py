"""`micro-llm-es`, el modelo causal que trae el curso: se carga, cabe, genera español y su ficha dice la verdad."""
import json, re
from pathlib import Path

import pytest
import torch
from transformers import AutoModelForCausalLM, AutoTokenizer

from finetune_course.core import CourseError, es, load_pretrained, resolve_model
from finetune_course.micro_llm import (PROMPTS, build_model, generate, load_corpus, perplexity, pretrain,
                                      unigram_perplexity)

SPANISH_WORDS = {"de", "la", "el", "que", "y", "en", "los", "las", "un", "una", "con", "por", "se", "a", "del",
                 "al", "su", "es", "no", "para", "lo", "me", "mi", "muy"}


pytestmark = pytest.mark.usefixtures("one_thread")   # modelo diminuto: un hilo (ver conftest)


@pytest.fixture(scope="module")
def folder():
    return Path(resolve_model("micro-llm-es"))


@pytest.fixture(scope="module")
def shipped(folder):
    model = AutoModelForCausalLM.from_pretrained(folder)
    tokenizer = AutoTokenizer.from_pretrained(folder)
    card = json.loads((folder / "card.json").read_text(encoding="utf-8"))
    return model, tokenizer, card


def test_loads_through_the_course_resolver(folder, shipped):
    model, tokenizer, _ = shipped
    assert folder.name == "micro-llm-es" and (folder / "model.safetensors").exists()
    assert not list(folder.glob("*.bin")), "los pesos deben ir solo en safetensors"
    assert model.config.model_type == "gpt2" and model.dtype == torch.float32
    assert len(tokenizer) == model.config.vocab_size
    assert (tokenizer.bos_token, tokenizer.eos_token, tokenizer.pad_token) == ("<s>", "</s>", "<pad>")
    assert model.config.eos_token_id == tokenizer.eos_token_id
    m2 = load_pretrained(AutoModelForCausalLM, "micro-llm-es")
    assert torch.equal(m2.transformer.wte.weight, model.transformer.wte.weight)


def test_size_and_card_parameters(folder, shipped):
    model, _, card = shipped
    n = model.num_parameters()
    assert 2_000_000 <= n <= 10_000_000, n
    assert card["parameters"] == n
    total = sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())
    assert total <= 25 * 2**20, f"{total / 2**20:.1f} MB"


def test_card_is_spanish_and_complete(folder, shipped):
    _, _, card = shipped
    readme = (folder / "README.md").read_text(encoding="utf-8")
    for heading in ("## Arquitectura", "## Datos", "## Entrenamiento", "## Evaluación", "## Ejemplos de generación",
                    "## Límites", "## Licencia", "finetune-course pretrain"):
        assert heading in readme, heading
    assert es(card["parameters"], ",.0f") in readme        # el mismo formato de números que todo el curso
    for key in ("steps", "tokens_seen", "wall_time_s", "test_perplexity", "unigram_perplexity", "samples", "history"):
        assert key in card, key
    assert card["tokens_seen"] == card["steps"] * card["training"]["batch_size"] * card["architecture"]["n_positions"]
    assert len(card["history"]) == card["steps"]


def _looks_spanish(text):
    words = re.findall(r"[a-záéíóúüñ]+", text.lower())
    letters = sum(ch.isalpha() for ch in text)
    visible = sum(not ch.isspace() for ch in text)
    return len(words) >= 4 and letters >= 0.7 * visible and len(SPANISH_WORDS & set(words)) >= 1


def test_generations_look_spanish(shipped):
    model, tokenizer, _ = shipped
    for prompt in PROMPTS[:3]:
        text = generate(model, tokenizer, prompt, max_new_tokens=30)
        assert text.strip() and _looks_spanish(text), (prompt, text)
    assert generate(model, tokenizer, PROMPTS[0], seed=5) == generate(model, tokenizer, PROMPTS[0], seed=5)


def test_held_out_perplexity_beats_unigram_and_matches_card(shipped):
    model, tokenizer, card = shipped
    held_out = load_corpus("test")[::2]
    ppl = perplexity(model, tokenizer, held_out)
    uni = unigram_perplexity(load_corpus("train"), held_out, tokenizer)
    assert ppl < 0.5 * uni, (ppl, uni)
    assert abs(ppl - card["test_perplexity"]) <= 0.10 * card["test_perplexity"], (ppl, card["test_perplexity"])


def test_random_model_is_near_uniform(shipped):
    _, tokenizer, _ = shipped
    torch.manual_seed(0)
    m = build_model(len(tokenizer), n_layer=1, n_head=2, n_embd=32, n_positions=128)
    ppl = perplexity(m, tokenizer, load_corpus("test")[:20])
    assert 0.5 * len(tokenizer) < ppl < 1.5 * len(tokenizer)


def test_tiny_pretrain_roundtrip(tmp_path):
    out = tmp_path / "mini"
    f = pretrain(out, max_steps=4, max_docs=120, vocab_size=400, n_layer=1, n_head=2, n_embd=32, n_positions=64,
                 eval_every=2, progress=False)
    assert f["steps"] == 4 and f["tokens_seen"] == 4 * 16 * 64
    assert (out / "config.json").exists() and (out / "card.json").exists() and not (tmp_path / ".mini.tmp").exists()
    m = AutoModelForCausalLM.from_pretrained(out)
    assert m.num_parameters() == f["parameters"]
    assert json.loads((out / "card.json").read_text(encoding="utf-8"))["parameters"] == f["parameters"]
    assert len(AutoTokenizer.from_pretrained(out)) == 400


def test_bad_input_raises_course_error(tmp_path):
    with pytest.raises(CourseError, match="Ajustes desconocidos"):
        pretrain(tmp_path / "x", capas=2)
    with pytest.raises(CourseError, match="múltiplo"):
        build_model(n_embd=30, n_head=4)
    with pytest.raises(CourseError, match="No existe"):
        load_corpus("train", folder=tmp_path)
    (tmp_path / "train.jsonl").write_text('{"text": "Hola."}\n{"texto": roto\n', encoding="utf-8")
    with pytest.raises(CourseError, match="línea 2"):
        load_corpus("train", folder=tmp_path)
    assert (tmp_path / "train.jsonl").read_text(encoding="utf-8").endswith("roto\n")   # no se toca el fichero


def test_failed_pretrain_leaves_no_model(tmp_path):
    "Con un corpus demasiado pequeño falla en español y no deja nada con aspecto de modelo."
    for split in ("train", "validation", "test"):
        (tmp_path / f"{split}.jsonl").write_text('{"text": "Hola, ¿qué tal?"}\n', encoding="utf-8")
    out = tmp_path / "modelo"
    with pytest.raises(CourseError, match="menos que un bloque"):
        pretrain(out, corpus=tmp_path, vocab_size=300, progress=False)
    assert not (out / "config.json").exists()
