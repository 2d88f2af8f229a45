"""Pruebas de `finetune_course.security.memorization`: exposición, detector de secretos, limpieza de datos y DP-SGD, en miniatura."""
import json, math

import numpy as np
import pytest
import torch
from transformers import AutoTokenizer, GPT2Config, GPT2LMHeadModel

from finetune_course.core import CourseError, asset_path, load_pretrained
from finetune_course.security.memorization import (DPConfig, chance_exposure, clip_per_example, dp_epsilon, exposure, find_secrets,
                                     finetune_lm, format_pair, guess_secrets, log_perplexity, measure_exposure,
                                     random_secrets, redact, scrub_dataset, secret_rank, secret_scanner,
                                     shannon_entropy)


@pytest.fixture(scope="module")
def tok():
    return load_pretrained(AutoTokenizer, "micro-llm-es")


@pytest.fixture()
def tiny(tok):
    "Un GPT-2 diminuto con el vocabulario de micro-llm-es (se crea en milisegundos)."
    torch.manual_seed(0)
    cfg = GPT2Config(vocab_size=len(tok), n_positions=64, n_embd=32, n_layer=1, n_head=2,
                     bos_token_id=0, eos_token_id=1, pad_token_id=2)
    return GPT2LMHeadModel(cfg).eval()


TEMPLATE = format_pair("¿Me recuerdas la clave?", "Claro: la clave es {secret}.")


# ---------- exposición
def test_exposure_formula_and_cap():
    assert exposure(1, 1024) == 10.0                 # la canaria es la más probable: el techo log2|R|
    assert exposure(1024, 1024) == 0.0               # la menos probable: nada
    assert exposure(256, 1024) == pytest.approx(2.0)
    assert exposure(1, 1000) == pytest.approx(math.log2(1000))
    for bad in (0, 1025):
        with pytest.raises(CourseError, match="no está entre 1"): exposure(bad, 1024)


def test_chance_exposure():
    assert chance_exposure(2) == pytest.approx(0.5)            # media de log2(2/1)=1 y log2(2/2)=0
    assert chance_exposure(10_000) == pytest.approx(math.log2(math.e), abs=0.01)


def test_secret_rank_counts_ties_against_the_canary():
    assert secret_rank(5.0, [1.0, 7.0, 9.0]) == 2
    assert secret_rank(0.5, [1.0, 7.0]) == 1
    assert secret_rank(5.0, [5.0, 5.0, 6.0]) == 3


def test_measure_exposure_with_stub_scorer():
    secret = "1 2 3 4 5 6"
    cands = random_secrets(127, seed=3, exclude=[secret])
    target = TEMPLATE.replace("{secret}", secret)
    closer = lambda texts: [sum(a != b for a, b in zip(t, target)) for t in texts]   # menos bits si se parece
    r = measure_exposure(None, None, TEMPLATE, secret, cands, scorer=closer)
    assert (r["rank"], r["space"], r["exposure"]) == (1, 128, 7.0)
    worst = measure_exposure(None, None, TEMPLATE, secret, cands, scorer=lambda t: [99.0] + [1.0] * (len(t) - 1))
    assert (worst["rank"], worst["exposure"]) == (128, 0.0)
    flat = measure_exposure(None, None, TEMPLATE, secret, cands, scorer=lambda t: [1.0] * len(t))
    assert flat["exposure"] == 0.0                   # todo empatado: no se atribuye memorización
    with pytest.raises(CourseError, match="hueco"):
        measure_exposure(None, None, "sin hueco", secret, cands, scorer=closer)


def test_random_secrets_format_and_errors():
    s = random_secrets(50, seed=1)
    assert len(set(s)) == 50 and all(len(x.split()) == 6 and x.replace(" ", "").isdigit() for x in s)
    assert random_secrets(50, seed=1) == s
    assert "0 0 0 0 0 0" not in random_secrets(20, exclude=["0 0 0 0 0 0"])
    key = random_secrets(1, length=12, alphabet="abc123", sep="")[0]
    assert len(key) == 12 and set(key) <= set("abc123")
    with pytest.raises(CourseError, match="solo hay 100"): random_secrets(101, length=2)


def test_log_perplexity_shared_prefix_matches_plain_forward(tok, tiny):
    texts = [TEMPLATE.replace("{secret}", s) for s in random_secrets(5, seed=2)] + ["Otro texto sin nada en común."]
    bits = log_perplexity(tiny, tok, texts, batch_size=2)
    for t, b in zip(texts, bits):
        ids = torch.tensor([tok(t)["input_ids"]])
        with torch.no_grad(): lp = tiny(input_ids=ids).logits[0, :-1].log_softmax(-1)
        assert b == pytest.approx(-lp.gather(1, ids[0, 1:, None]).sum().item() / math.log(2), abs=1e-2)
    shared = log_perplexity(tiny, tok, texts[:5])            # todos con el mismo principio: usa la caché
    assert np.allclose(shared, bits[:5], atol=1e-2)


def test_guess_secrets_returns_beam(tok, tiny):
    g = guess_secrets(tiny, tok, TEMPLATE, length=2, beam=4)
    assert len(g) == 4 and len(set(g)) == 4 and all(len(x.split()) == 2 for x in g)


# ---------- detector de secretos
SECRETS = {
    "email": "Escríbeme a lucia.gil@bancoaurora.example mañana.",
    "iban": "Mi IBAN es ES91 2100 0418 4502 0005 1332.",
    "tarjeta": "Pago con la tarjeta 4111 1111 1111 1111.",
    "token": "Configura la integración con sk-aur-7Gq2ZpX9vLk4Tb8N y listo.",
}
CLAVES = ["La clave de la caja fuerte es 4 8 1 5 9 2.", "El PIN de la tarjeta de empresa es 4321.",
          "contraseña: Aurora2024"]
ORDINARY = ["Tu clave es personal: no la compartas con nadie.", "Transfiere 1500 euros antes de las 14:00.",
            "Las oficinas abren de 8:30 a 14:00 y el teléfono es el 900 123 456.",
            "Cambia el PIN desde la app, en Tarjetas.", "La responsabilidad es compartida entre ambas partes.",
            "Tarjeta 4111 1111 1111 1112 (no pasa el control de Luhn)."]


@pytest.mark.parametrize("kind", list(SECRETS))
def test_find_secrets_catches_each_kind(kind):
    assert [f["kind"] for f in find_secrets(SECRETS[kind])] == [kind]
    assert f"[{kind.upper()}]" in redact(SECRETS[kind])


@pytest.mark.parametrize("text", CLAVES)
def test_find_secrets_catches_keys_in_context(text):
    f = find_secrets(text)
    assert [x["kind"] for x in f] == ["clave"]
    assert any(ch.isdigit() for ch in f[0]["value"])
    assert not any(ch.isdigit() for ch in redact(text))


@pytest.mark.parametrize("text", ORDINARY)
def test_find_secrets_ignores_ordinary_spanish(text):
    assert find_secrets(text) == []
    assert redact(text) == text


def test_no_false_positives_on_tareas():
    rows = [json.loads(l) for s in ("train", "validation", "test")
            for l in asset_path("tareas", f"{s}.jsonl").read_text(encoding="utf-8").splitlines() if l.strip()]
    assert len(rows) == 410
    assert [r["prompt"] for r in rows if find_secrets(r["prompt"]) or find_secrets(r["respuesta"])] == []


def test_shannon_entropy():
    assert shannon_entropy("") == 0.0 and shannon_entropy("aaaa") == 0.0
    assert shannon_entropy("abcd") == pytest.approx(2.0)
    assert shannon_entropy("sk-aur-7Gq2ZpX9vLk4Tb8N") > 3.5 > shannon_entropy("responsabilidades")


def test_scrub_dataset_report_counts():
    secret_row = {"prompt": "¿La clave?", "respuesta": "La clave de la caja fuerte es 4 8 1 5 9 2."}
    rows = [{"prompt": "Hola", "respuesta": "Buenos días."}, dict(secret_row), dict(secret_row),
            {"prompt": "hola ", "respuesta": "Buenos  días."},                     # duplicado tras normalizar
            {"prompt": "Mi correo es ana@example.com", "respuesta": "Gracias, Ana. Tu IBAN ES91 2100 0418 4502 0005 1332."}]
    original = json.dumps(rows)
    clean, rep = scrub_dataset(rows)
    assert json.dumps(rows) == original                                          # la entrada no se toca
    assert (rep["rows_in"], rep["duplicates"], rep["rows_out"], rep["rows_with_secrets"]) == (5, 2, 3, 2)
    assert rep["by_kind"] == {"clave": 1, "email": 1, "iban": 1}
    assert {(r["row"], r["field"], r["kind"]) for r in rep["removed"]} == {
        (1, "respuesta", "clave"), (4, "prompt", "email"), (4, "respuesta", "iban")}
    text = json.dumps(clean, ensure_ascii=False) + json.dumps(rep, ensure_ascii=False)
    for s in ("4 8 1 5 9 2", "ana@example.com", "ES91"): assert s not in text   # ni en los datos ni en el informe
    only, rep2 = scrub_dataset(rows, redact_secrets=False)
    assert (rep2["duplicates"], rep2["by_kind"]) == (2, {}) and "4 8 1 5 9 2" in json.dumps(only)
    _, rep3 = scrub_dataset(rows, dedup=False)
    assert (rep3["duplicates"], rep3["rows_out"], rep3["by_kind"]["clave"]) == (0, 5, 2)
    with pytest.raises(CourseError, match="diccionarios"): scrub_dataset(["texto suelto"])


def test_secret_scanner_widget():
    box = secret_scanner()
    assert [f["kind"] for f in box.last] == ["iban", "email"]
    box.controls["text"].value = "Nada que esconder."
    assert box.last == []


# ---------- DP-SGD
def test_clip_per_example_bounds_each_gradient(tok, tiny):
    ex = [tok(t)["input_ids"] for t in ("Hola, ¿abrís el sábado?", "Quiero cambiar el PIN.", "Gracias por todo.")]
    total, norms, losses = clip_per_example(tiny, ex, max_grad_norm=0.01)
    assert len(norms) == len(losses) == 3 and (norms > 0.01).all()
    norm = lambda ts: torch.sqrt(sum((t ** 2).sum() for t in ts)).item()
    assert norm(total) <= 3 * 0.01 + 1e-6                    # cada ejemplo aporta como mucho C
    one, n1, _ = clip_per_example(tiny, ex[:1], max_grad_norm=0.01)
    assert norm(one) == pytest.approx(0.01, rel=1e-3)        # un ejemplo recortado mide exactamente C
    big, nb, _ = clip_per_example(tiny, ex[:1], max_grad_norm=1e6)   # sin recorte: el gradiente normal
    assert norm(big) == pytest.approx(nb[0].item(), rel=1e-4)
    params = [p for p in tiny.parameters() if p.requires_grad]
    x = torch.tensor(ex[:1])
    tiny.zero_grad(); tiny(input_ids=x, labels=x).loss.backward()
    assert all(torch.allclose(b, p.grad, atol=1e-6) for b, p in zip(big, params))


def test_dp_config_and_epsilon():
    with pytest.raises(CourseError, match="imposibles"): DPConfig(max_grad_norm=0)
    with pytest.raises(CourseError, match="imposibles"): DPConfig(noise_multiplier=-1)
    assert dp_epsilon(0, 0.1, 10) == math.inf
    pytest.importorskip("opacus")
    e1 = dp_epsilon(1.0, 0.1, 30)
    assert 0 < e1 < dp_epsilon(0.7, 0.1, 30)                 # menos ruido, más ε
    assert e1 < dp_epsilon(1.0, 0.1, 60)                     # más pasos, más ε
    assert e1 < dp_epsilon(1.0, 0.1, 30, delta=1e-8)         # δ más exigente, más ε


def test_finetune_lm_learns_and_dp_runs(tok, tiny):
    texts = ["La clave de la caja fuerte es 4 8 1 5 9 2."] * 8
    before = log_perplexity(tiny, tok, texts[:1])[0]
    hist = finetune_lm(tiny, tok, texts, epochs=3, batch_size=4, lr=3e-3)
    assert len(hist) == 6 and log_perplexity(tiny, tok, texts[:1])[0] < before
    stops = finetune_lm(tiny, tok, texts, epochs=3, batch_size=4, callback=lambda m, rec: rec["step"] == 2)
    assert len(stops) == 2
    dp_hist = finetune_lm(tiny, tok, texts, epochs=1, batch_size=4, dp=DPConfig(noise_multiplier=1.0))
    assert len(dp_hist) == 2 and all(h["end_of_epoch"] == (i == 1) for i, h in enumerate(dp_hist))
    with pytest.raises(CourseError, match="menos que un lote"): finetune_lm(tiny, tok, texts[:2], batch_size=4)


def test_find_personal_data_and_scrub_option():
    from finetune_course.security.memorization import find_personal_data, dni_valid, scrub_dataset
    kinds = lambda t: [f["kind"] for f in find_personal_data(t)]
    assert kinds("DNI 12345678Z y 12345678A") == ["dni"]                  # la letra de control decide
    assert dni_valid("X", "1234567", "L") and not dni_valid("", "12345678", "A")
    assert kinds("Llama al 612 345 678 o al +34 912 34 56 78.") == ["telefono", "telefono"]
    assert kinds("Transfiere 1500 euros antes de las 14:00, pedido 123456789012.") == []
    rows = [{"prompt": "Mi DNI es 12345678Z y mi móvil el 612 345 678.", "respuesta": "Gracias."},
            {"prompt": "Mi IBAN es ES91 2100 0418 4502 0005 1332.", "respuesta": "Anotado."}]
    only_secrets, rep = scrub_dataset(rows)
    assert "12345678Z" in only_secrets[0]["prompt"] and rep["by_kind"] == {"iban": 1}   # por defecto, solo secretos
    both, rep2 = scrub_dataset(rows, personal_data=True)
    assert both[0]["prompt"] == "Mi DNI es [DNI] y mi móvil el [TELEFONO]."
    assert rep2["by_kind"] == {"dni": 1, "telefono": 1, "iban": 1}
    assert rows[0]["prompt"].startswith("Mi DNI es 12345678Z")                # la entrada no se toca
