"""El pre-entrenamiento de micro-llm-es v2 se puede cortar y reanudar sin cambiar nada, y sus puntos de control son
datos: ni una receta distinta ni un fichero manipulado se cargan en silencio."""
import json, math, os

import numpy as np
import pytest
import torch

from finetune_course.core import CourseError
from finetune_course.micro_llm import load_corpus, text_nll
from finetune_course.pretrain import V2_DEFAULTS, batch_at, bits_per_char, build_llama, pretrain_v2, recipe_fingerprint

TINY = dict(vocab_size=600, n_layer=1, n_head=2, n_kv_head=1, n_embd=32, intermediate=64, n_positions=32,
            batch_size=4, max_steps=12, warmup_steps=1)


def run(folder, **kw):
    return pretrain_v2(folder, sources=("curso",), max_docs=80, checkpoint_every=3, eval_every=6, progress=False,
                       threads=1, **{**TINY, **kw})


@pytest.fixture(scope="module")
def whole(tmp_path_factory):
    return run(tmp_path_factory.mktemp("whole") / "run")


def losses(r): return [h["loss"] for h in r["history"]]


def test_interrupted_twice_gives_the_same_losses_as_one_run(whole, tmp_path):
    folder = tmp_path / "cut"
    a = run(folder, stop_after_s=1e-9)
    assert not a["done"] and a["step"] == 1
    b = run(folder, stop_after_s=1e-9)
    assert b["step"] == 2
    c = run(folder)
    assert c["done"] and losses(c) == losses(whole)
    assert [h.get("val_loss") for h in c["history"]] == [h.get("val_loss") for h in whole["history"]]


def test_a_finished_run_is_not_trained_again(whole, tmp_path):
    folder = tmp_path / "again"
    run(folder)
    again = run(folder)
    assert again["done"] and len(again["history"]) == TINY["max_steps"] and losses(again) == losses(whole)


def test_another_recipe_in_the_same_folder_is_refused(tmp_path):
    run(tmp_path / "r", stop_after_s=1e-9)
    with pytest.raises(CourseError, match="otra receta"):
        run(tmp_path / "r", lr=1e-4)


def test_a_run_can_be_lengthened_but_not_cut_below_its_step(tmp_path):
    folder = tmp_path / "len"
    short = run(folder, max_steps=6)
    longer = run(folder, max_steps=9)                       # la misma receta, más larga: sigue desde el paso 6
    assert longer["done"] and longer["step"] == 9 and losses(longer)[:6] == losses(short)
    lrs = [h["lr"] for h in longer["history"]]              # el coseno se recalcula para 9 pasos y vuelve a bajar
    assert lrs[6] > lrs[7] > lrs[8] and lrs[8] == pytest.approx(V2_DEFAULTS["lr"] * V2_DEFAULTS["min_lr_ratio"])
    with pytest.raises(CourseError, match="max_steps=9"):
        run(folder, max_steps=4)


def test_death_between_the_two_renames_resumes_from_the_old_checkpoint(whole, tmp_path):
    folder = tmp_path / "d"
    run(folder, stop_after_s=1e-9)
    (folder / "checkpoint").rename(folder / ".checkpoint.old")           # como si muriera justo ahí
    assert losses(run(folder)) == losses(whole)


def test_optimizer_state_with_code_is_refused(tmp_path):
    folder = tmp_path / "evil"
    run(folder, stop_after_s=1e-9)
    witness = tmp_path / "ejecutado"

    class Payload:
        def __reduce__(self): return (os.system, (f"touch {witness}",))
    torch.save({"opt": Payload(), "sched": {}}, folder / "checkpoint" / "optimizer.pt")
    with pytest.raises(CourseError, match="dañado"):
        run(folder)
    assert not witness.exists()


def test_batch_order_is_a_permutation_per_epoch_and_stateless():
    seen = np.concatenate([batch_at(s, 12, 5, seed=3) for s in range(12)])     # 60 = 5 épocas de 12
    for e in range(5): assert sorted(seen[12 * e:12 * (e + 1)]) == list(range(12))
    assert (batch_at(7, 12, 5, seed=3) == seen[35:40]).all()
    assert not (batch_at(0, 12, 5, seed=4) == batch_at(0, 12, 5, seed=3)).all()


def test_fingerprint_changes_with_every_part_of_the_recipe():
    base = recipe_fingerprint(V2_DEFAULTS, 42, ("curso", "debian"), None)
    assert base == recipe_fingerprint(dict(V2_DEFAULTS), 42, ["curso", "debian"], None)
    others = [recipe_fingerprint({**V2_DEFAULTS, "lr": 1e-3}, 42, ("curso", "debian"), None),
              recipe_fingerprint(V2_DEFAULTS, 1, ("curso", "debian"), None),
              recipe_fingerprint(V2_DEFAULTS, 42, ("curso",), None),
              recipe_fingerprint(V2_DEFAULTS, 42, ("curso", "debian"), 10)]
    assert base == recipe_fingerprint({**V2_DEFAULTS, "max_steps": 1}, 42, ("curso", "debian"), None)   # la duración no
    assert len({base, *others}) == 5


def test_bits_per_char_is_the_nll_in_bits_over_characters(whole):
    texts = load_corpus("test", max_docs=5)
    r = text_nll(whole["model"], whole["tokenizer"], texts)
    assert bits_per_char(whole["model"], whole["tokenizer"], texts) == pytest.approx(r["nll"] / math.log(2) / r["chars"])
    assert r["chars"] == sum(len(t) + 1 for t in texts) and r["tokens"] > len(texts)


def test_trained_beats_untrained_in_bits_per_char(whole):
    texts = load_corpus("test", max_docs=10)
    untrained = build_llama(len(whole["tokenizer"]), 1, 2, 1, 32, 64, 32)
    assert bits_per_char(whole["model"], whole["tokenizer"], texts) < bits_per_char(untrained, whole["tokenizer"], texts)


def test_unknown_settings_and_sources_are_spanish_errors(tmp_path):
    with pytest.raises(CourseError, match="Ajustes desconocidos"):
        pretrain_v2(tmp_path / "x", progress=False, capas=3)
    with pytest.raises(CourseError, match="Fuente desconocida"):
        pretrain_v2(tmp_path / "y", sources=("wikipedia",), progress=False, **TINY)
    with pytest.raises(CourseError, match="no encajan"):
        build_llama(n_head=6, n_kv_head=4)


def test_source_weights_repeat_only_the_training_split():
    from finetune_course.pretrain import pretrain_texts
    assert pretrain_texts("train", {"curso": 2}, max_docs=5) == load_corpus("train", max_docs=5) * 2
    assert pretrain_texts("validation", {"curso": 2}, max_docs=5) == load_corpus("validation", max_docs=5)
    assert recipe_fingerprint(V2_DEFAULTS, 42, {"curso": 2}, None) != recipe_fingerprint(V2_DEFAULTS, 42, {"curso": 1}, None)
    for bad in ({"curso": 0}, {"curso": 1.5}, {}, {"curso": True}):
        with pytest.raises(CourseError, match="Fuentes no válidas"):
            pretrain_texts("train", bad)


def test_cli_pretrain_stops_resumes_and_exports(tmp_path, monkeypatch, capsys):
    "`finetune-course pretrain` (v2): se para con --minutos, la misma orden sigue, y al terminar exporta una vez."
    import functools
    from finetune_course import cli, pretrain as mod
    real_train, real_export = mod.pretrain_v2, mod.export_pretrained
    small = {k: v for k, v in TINY.items() if k != "max_steps"}
    monkeypatch.setattr(mod, "pretrain_v2", functools.partial(real_train, sources=("curso",), max_docs=80, progress=False, **small))
    monkeypatch.setattr(mod, "export_pretrained", functools.partial(real_export, max_docs=5, compare_with="micro-llm-es"))
    out = tmp_path / "v2"
    args = ["pretrain", "--output", str(out), "--max-steps", "6", "--threads", "1"]
    assert cli.main(args + ["--minutos", "1e-9"]) == 0
    assert "Parado en el paso 1" in capsys.readouterr().out and not (out / "modelo").exists()
    assert cli.main(args) == 0
    said = capsys.readouterr().out
    assert "Bits por carácter en «curso»" in said and (out / "modelo" / "model.safetensors").exists()
    assert json.loads((out / "modelo" / "card.json").read_text())["steps"] == 6
    assert cli.main(args) == 0 and "ya está" in capsys.readouterr().out


@pytest.mark.parametrize("bad, expected", [(["--minutos", "-5"], "--minutos"), (["--max-steps", "0"], "--max-steps"),
                                           (["--threads", "0"], "--threads")])
def test_cli_pretrain_bad_numbers_are_spanish_errors(tmp_path, capsys, bad, expected):
    from finetune_course import cli
    assert cli.main(["pretrain", "--output", str(tmp_path / "x"), *bad]) != 0
    assert expected in capsys.readouterr().err and not (tmp_path / "x").exists()


def test_the_recorded_seed_and_recipe_reproduce_the_start_of_the_published_run(tmp_path):
    "La semilla, las fuentes y la receta de la ficha de v2 dan las mismas pérdidas que el entrenamiento publicado."
    from finetune_course.core import asset_path
    card = json.loads((asset_path("micro-llm-es-v2") / "card.json").read_text(encoding="utf-8"))
    recipe = {k: v for k, v in card["recipe"].items() if k != "max_steps"}
    assert recipe["warmup_steps"] >= 20        # en el calentamiento la tasa no depende de max_steps: mismo recorrido
    r = pretrain_v2(tmp_path / "v2", seed=card["seed"], sources=card["sources"], max_steps=20, checkpoint_every=20,
                    eval_every=10**6, progress=False, **recipe)
    published = {h["step"]: h["loss"] for h in card["history"]}
    assert r["history"][-1]["step"] == 20
    assert r["history"][-1]["loss"] == pytest.approx(published[20], rel=0.01)   # aquí, idéntica (9,0163)
