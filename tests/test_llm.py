"""Capítulo 1 (`finetune_course.concepts.llm`): tokens, probabilidades del siguiente token, filtros de muestreo y generación."""
import matplotlib
matplotlib.use("Agg")
import matplotlib.pyplot as plt
import pytest
import torch
import torch.nn.functional as F
from transformers import (AutoModelForCausalLM, AutoTokenizer, GPT2Config, GPT2LMHeadModel, TemperatureLogitsWarper,
                          TopKLogitsWarper, TopPLogitsWarper)

from finetune_course.core import CourseError, load_pretrained, set_seed
from finetune_course.concepts.llm import (REFERENCE_MODELS, USES, TokenView, filter_logits, next_token_logits,
                                 next_token_probs, plot_filtered, plot_next_tokens, run_uses, sample_text,
                                 sampling_widget, show_tokens, tokens_per_word, training_flops)
from finetune_course.micro_llm import load_corpus


@pytest.fixture(scope="module", autouse=True)
def one_thread():
    "Modelos tan pequeños van más rápido con un hilo, sobre todo si la CPU se comparte."
    n = torch.get_num_threads(); torch.set_num_threads(1)
    yield
    torch.set_num_threads(n)


@pytest.fixture(scope="module")
def micro():
    return load_pretrained(AutoModelForCausalLM, "micro-llm-es"), load_pretrained(AutoTokenizer, "micro-llm-es")


@pytest.fixture(scope="module")
def tok_en():
    return load_pretrained(AutoTokenizer, "minilm")


# --- tokens -----------------------------------------------------------------------------------------------------

def test_show_tokens_is_lossless_for_byte_level_bpe(micro):
    _, tok = micro
    text = "El papá de Íñigo preparó una tortilla riquísima."
    view = show_tokens(tok, text, "micro-llm-es")
    assert isinstance(view, TokenView) and len(view) == len(view.ids) == len(view.tokens) == len(view.vocab)
    assert view.ids == tok(text, add_special_tokens=False)["input_ids"]
    assert tok.bos_token_id not in view.ids                     # sin tokens especiales
    assert tok.decode(view.ids) == text
    html = view._repr_html_()
    assert f"{len(view)} tokens" in html and str(view.ids[0]) in html and "micro-llm-es" in html


def test_minilm_lowercases_and_strips_accents(micro, tok_en):
    _, tok = micro
    ids = lambda t, w: t(w, add_special_tokens=False)["input_ids"]
    for a, b in [("papá", "papa"), ("Papá", "papa"), ("él", "el"), ("caña", "cana")]:
        assert ids(tok_en, a) == ids(tok_en, b), (a, b)
        assert ids(tok, a) != ids(tok, b), (a, b)
    assert tok_en.decode(ids(tok_en, "Él comió una piña")) == "el comio una pina"


def test_show_tokens_rejects_empty_text(micro):
    with pytest.raises(CourseError, match="No hay texto"):
        show_tokens(micro[1], "   ")


def test_tokens_per_word_favours_the_tokenizer_of_each_language(micro, tok_en):
    _, tok = micro
    es = load_corpus("test", max_docs=60)
    en = ["The cat is sleeping on the sofa while the children are playing in the garden.",
          "Please send me the report before the meeting tomorrow morning."]
    es_micro, es_minilm = tokens_per_word(tok, es), tokens_per_word(tok_en, es)
    assert 1.0 <= es_micro < es_minilm, (es_micro, es_minilm)
    assert tokens_per_word(tok_en, en) < tokens_per_word(tok, en)
    assert tokens_per_word(tok, ["hola"]) == len(tok("hola", add_special_tokens=False)["input_ids"])
    with pytest.raises(CourseError):
        tokens_per_word(tok, ["", "  "])


# --- probabilidades del siguiente token ---------------------------------------------------------------------------

def test_next_token_probs_sorted_and_consistent(micro):
    model, tok = micro
    pairs = next_token_probs(model, tok, "Había una vez", k=12)
    probs = [p for _, p in pairs]
    assert len(pairs) == 12 and all(isinstance(t, str) for t, _ in pairs)
    assert probs == sorted(probs, reverse=True) and 0 < sum(probs) <= 1 + 1e-6
    logits = next_token_logits(model, tok, "Había una vez")
    assert logits.shape == (model.config.vocab_size,)
    assert abs(probs[0] - F.softmax(logits, -1).max().item()) < 1e-6
    assert pairs[0][0] == tok.decode([int(logits.argmax())])
    assert len(next_token_probs(model, tok, "Había una vez", k=10**6)) == model.config.vocab_size


def test_plots_return_axes(micro):
    model, tok = micro
    ax = plot_next_tokens(next_token_probs(model, tok, "Había una vez", k=5), "prueba")
    assert len(ax.patches) == 5 and "␣" in "".join(t.get_text() for t in ax.get_yticklabels())
    ax = plot_filtered(tok, next_token_logits(model, tok, "El perro"), top_k=3, n_bars=8)
    assert len(ax.patches) == 16 and "3 tokens" in ax.get_title()
    plt.close("all")


# --- filtros de muestreo ------------------------------------------------------------------------------------------

def _hf(logits, temperature=1.0, top_k=0, top_p=1.0):
    x = logits
    if temperature != 1.0: x = TemperatureLogitsWarper(temperature)(None, x)
    if top_k: x = TopKLogitsWarper(top_k)(None, x)
    if top_p < 1.0: x = TopPLogitsWarper(top_p)(None, x)
    return x


@pytest.mark.parametrize("temperature,top_k,top_p", [(0.7, 0, 1.0), (1.3, 50, 1.0), (1.0, 0, 0.9), (0.5, 20, 0.8),
                                                     (2.0, 0, 0.3), (1.0, 0, 0.01), (1.0, 1, 1.0), (0.9, 40, 0.95)])
def test_filter_logits_matches_transformers_warpers(temperature, top_k, top_p):
    g = torch.Generator().manual_seed(top_k + int(100 * top_p))
    for scale in (0.3, 1.0, 4.0):
        logits = torch.randn(5, 400, generator=g) * scale
        ours, theirs = filter_logits(logits, temperature, top_k, top_p), _hf(logits, temperature, top_k, top_p)
        assert torch.equal(torch.isinf(ours), torch.isinf(theirs))
        assert torch.allclose(ours[torch.isfinite(ours)], theirs[torch.isfinite(theirs)], atol=1e-6)
        assert torch.isfinite(ours).sum(-1).min() >= 1                      # siempre queda al menos un token


def test_filter_logits_by_hand():
    toy = torch.tensor([3.0, 2.0, 1.0, 0.5, -1.0])
    assert torch.isfinite(filter_logits(toy, top_k=2)).tolist() == [True, True, False, False, False]
    # probabilidades 0,624 0,229 0,084…: con p = 0,9 se llega a 0,937 al incluir el tercero
    assert torch.isfinite(filter_logits(toy, top_p=0.9)).tolist() == [True, True, True, False, False]
    assert torch.isfinite(filter_logits(toy, top_p=0.5)).tolist() == [True, False, False, False, False]
    assert torch.allclose(filter_logits(toy, temperature=0.5), toy * 2)
    assert torch.equal(filter_logits(toy, top_k=99), toy)                   # k mayor que el vocabulario: nada
    p_cold = F.softmax(filter_logits(toy, temperature=0.3), -1).max()
    p_hot = F.softmax(filter_logits(toy, temperature=3.0), -1).max()
    assert p_cold > F.softmax(toy, -1).max() > p_hot
    assert filter_logits(toy[None].repeat(3, 1), top_k=1).isfinite().sum() == 3     # también por lotes (B, V)


@pytest.mark.parametrize("kw,msg", [(dict(temperature=0), "mayor que 0"), (dict(temperature=-1), "mayor que 0"),
                                    (dict(top_k=-1), "top_k"), (dict(top_k=2.5), "top_k"),
                                    (dict(top_p=0), "top_p"), (dict(top_p=1.5), "top_p")])
def test_filter_logits_rejects_bad_knobs(kw, msg):
    with pytest.raises(CourseError, match=msg):
        filter_logits(torch.zeros(10), **kw)


# --- generación -------------------------------------------------------------------------------------------------

def _hf_generate(model, tok, prompt, n, seed=0, **kw):
    set_seed(seed)
    enc = tok(prompt, return_tensors="pt")
    out = model.generate(**enc, max_new_tokens=n, repetition_penalty=1.0, no_repeat_ngram_size=0, **kw)
    return tok.decode(out[0, enc["input_ids"].shape[1]:], skip_special_tokens=True)


def test_sample_text_matches_model_generate(micro):
    model, tok = micro
    assert sample_text(model, tok, "Había una vez", 25, greedy=True) == _hf_generate(
        model, tok, "Había una vez", 25, do_sample=False, temperature=None, top_k=None, top_p=None)
    for seed in (0, 3):
        ours = sample_text(model, tok, "El perro", 20, temperature=0.9, top_k=50, top_p=0.9, seed=seed)
        assert ours == _hf_generate(model, tok, "El perro", 20, seed=seed, do_sample=True, temperature=0.9,
                                    top_k=50, top_p=0.9)


def test_sample_text_seeds_and_stop(micro):
    model, tok = micro
    a, b = (sample_text(model, tok, "Querida Marta:", 20, seed=s) for s in (5, 6))
    assert a == sample_text(model, tok, "Querida Marta:", 20, seed=5) and a != b
    full = sample_text(model, tok, "Había una vez", 30, greedy=True)
    assert full.startswith(sample_text(model, tok, "Había una vez", 5, greedy=True)) and len(full) > 40
    assert sample_text(model, tok, "Había una vez", 0) == ""
    word = full.split()[3]
    assert sample_text(model, tok, "Había una vez", 30, greedy=True, stop=word) == full.split(word)[0]
    with pytest.raises(CourseError):
        sample_text(model, tok, "Hola", 5, temperature=0)


def test_sample_text_crops_to_the_context(micro):
    _, tok = micro
    set_seed(0)
    small = GPT2LMHeadModel(GPT2Config(vocab_size=len(tok), n_positions=16, n_embd=32, n_layer=1, n_head=2,
                                       bos_token_id=0, eos_token_id=1, pad_token_id=2)).eval()
    long_prompt = "Había una vez un caracol que vivía en el huerto y quería ver el mar desde la colina."
    assert len(tok(long_prompt)["input_ids"]) > 16
    out = sample_text(small, tok, long_prompt, 10, seed=0)                  # no falla aunque no quepa
    assert isinstance(out, str)


# --- widget -----------------------------------------------------------------------------------------------------

def test_sampling_widget_is_drivable(micro):
    model, tok = micro
    w = sampling_widget(model, tok, "Mañana iremos a", max_new_tokens=8)
    c = w.controls
    assert set(c) == {"prompt", "temperature", "top_k", "top_p", "seed", "greedy"}
    assert w.last["kept"] == len(tok) and w.image.value
    c["temperature"].value = 0.5; cold = w.last["max_prob"]
    c["temperature"].value = 1.5; hot = w.last["max_prob"]
    assert cold > hot
    c["temperature"].value = 1.0
    c["top_k"].value = 5
    assert w.last["kept"] == 5 and abs(w.last["probs"].sum().item() - 1) < 1e-4
    c["top_k"].value = 0; c["top_p"].value = 0.5
    assert 1 <= w.last["kept"] < 100
    c["top_p"].value = 1.0
    before = w.last["text"]; c["seed"].value = 1
    assert w.last["text"] != before
    c["greedy"].value = True
    assert w.last["text"] == sample_text(model, tok, "Mañana iremos a", 8, greedy=True)
    c["prompt"].value = "Había una vez"
    assert w.last["text"] == sample_text(model, tok, "Había una vez", 8, greedy=True)
    plt.close("all")


# --- usos y escala ----------------------------------------------------------------------------------------------

def test_run_uses_plain_and_with_chat_template(micro):
    model, tok = micro
    rows = run_uses(model, tok, max_new_tokens=10)
    assert [r["uso"] for r in rows] == list(USES) and all(r["respuesta"] for r in rows)
    assert run_uses(model, tok, max_new_tokens=10) == rows                 # misma semilla, mismas respuestas
    chat_tok = load_pretrained(AutoTokenizer, "micro-llm-es")
    chat_tok.chat_template = "{% for m in messages %}Pregunta: {{ m['content'] }}\nRespuesta:{% endfor %}"
    with_template = run_uses(model, chat_tok, {"q": "¿Qué es un gato?"}, max_new_tokens=12)
    by_hand = run_uses(model, tok, {"q": "Pregunta: ¿Qué es un gato?\nRespuesta:"}, max_new_tokens=12)
    assert with_template[0]["respuesta"] == by_hand[0]["respuesta"]
    assert with_template[0]["petición"] == "¿Qué es un gato?"


def test_reference_models_and_flops():
    byname = {m["name"]: m for m in REFERENCE_MODELS}
    assert abs(training_flops(byname["GPT-3"]["params"], byname["GPT-3"]["tokens"]) - 3.14e23) < 0.02e23
    assert byname["Chinchilla"]["tokens"] / byname["Chinchilla"]["params"] == pytest.approx(20)
    assert byname["Llama 3 70B"]["tokens"] > byname["Llama 2 70B"]["tokens"] > byname["GPT-3"]["tokens"]
    assert all(m["source"] for m in REFERENCE_MODELS)
