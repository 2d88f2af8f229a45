"""El núcleo fuera de los cuadernos: resolvedor sin conexión en un proceso nuevo, errores y rutas."""
import os, subprocess, sys, time
from pathlib import Path

import pytest

from finetune_course.core import CourseError, resolve_model, asset_path, cache_dir, pick_device, set_seed


def test_hub_id_offline_fails_fast_in_spanish():
    "Un identificador del Hub sin conexión falla en menos de 10 s con un CourseError que nombra los modelos incluidos."
    code = ("from transformers import AutoModel\n"
            "from finetune_course.core import load_pretrained, CourseError\n"
            "try:\n    load_pretrained(AutoModel, 'bert-base-multilingual-cased')\n"
            "except CourseError as e:\n    print(e)\n")
    env = {**os.environ, "HF_HUB_OFFLINE": "1"}
    t0 = time.perf_counter()
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=60)
    took = time.perf_counter() - t0
    assert r.returncode == 0, r.stderr
    assert "No hay conexión" in r.stdout and "minilm" in r.stdout
    assert "Traceback" not in r.stdout + r.stderr
    assert took < 10, took


def test_hub_id_without_env_var_probes_network_quickly(monkeypatch):
    "Sin `HF_HUB_OFFLINE`, la prueba de red tiene límite: aquí no hay Hub y falla en segundos."
    monkeypatch.delenv("HF_HUB_OFFLINE", raising=False)
    monkeypatch.delenv("TRANSFORMERS_OFFLINE", raising=False)
    import finetune_course.core as core
    monkeypatch.setattr(core, "_hub_reachable", lambda *a, **k: False)
    with pytest.raises(CourseError, match="No hay conexión"):
        resolve_model("alguien/modelo-que-no-existe")


def test_local_folder_that_is_not_a_model(tmp_path):
    (tmp_path / "algo.txt").write_text("hola")
    with pytest.raises(CourseError, match="config.json"):
        resolve_model(str(tmp_path))
    with pytest.raises(CourseError, match="no existe"):
        resolve_model(str(tmp_path / "falta"))


def test_embedded_minilm_resolves_to_a_model_folder():
    p = Path(resolve_model("minilm"))
    assert (p / "config.json").exists() and any(p.glob("*.safetensors"))


def test_paths(tmp_path, monkeypatch):
    monkeypatch.setenv("FINETUNE_COURSE_CACHE", str(tmp_path / "cache"))
    assert cache_dir("runs") == tmp_path / "cache" / "runs" and (tmp_path / "cache" / "runs").is_dir()
    assert asset_path().is_dir()
    with pytest.raises(CourseError):
        asset_path("no-existe")


def test_device_choice_is_consistent():
    info = pick_device()
    assert info.device in ("cpu", "cuda")
    assert info.autocast == (str(info.dtype) == "torch.bfloat16")


def test_set_seed_reproducible():
    import torch
    set_seed(3); a = torch.randn(4)
    set_seed(3); b = torch.randn(4)
    assert torch.equal(a, b)
