import os, shutil, sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))    # `_kit`: las comprobaciones de datos que comparten generadores y tests
os.environ.setdefault("HF_HUB_OFFLINE", "1")
# Los ejecutables instalados junto al intérprete (`finetune-course`, `jupyter`...) tienen prioridad.
os.environ["PATH"] = str(Path(sys.executable).parent) + os.pathsep + os.environ.get("PATH", "")


@pytest.fixture(scope="session")
def root():
    return ROOT


def chromium():
    "Ruta de Chromium o None."
    return shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")


def run_cli(*args, timeout=900, **kw):
    "Ejecuta `finetune-course` en un proceso aparte, como una persona en la terminal."
    import subprocess
    return subprocess.run(["finetune-course", *map(str, args)], capture_output=True, text=True, timeout=timeout, **kw)


@pytest.fixture(scope="session")
def tiny_model(tmp_path_factory):
    "Un modelo de phishing afinado en pocos segundos (`minilm`, 64 ejemplos, 1 época) para probar predict/evaluate."
    out = tmp_path_factory.mktemp("modelo") / "phishing"
    r = run_cli("train", "--task", "phishing", "--model", "minilm", "--output", out, "--max-train-examples", 64,
                "--epochs", 1, "--max-length", 32, "--batch-size", 16)   # minilm: la mecánica de la CLI, en segundos
    assert r.returncode == 0, r.stderr[-3000:]
    return out


@pytest.fixture(scope="session")
def demo_run(tmp_path_factory):
    "`finetune-course demo` ejecutado una vez (modelo y receta por defecto, todos los datos de phishing), con su duración."
    import time
    out = tmp_path_factory.mktemp("demo") / "demo"
    t0 = time.perf_counter()
    r = run_cli("demo", "--output", out)
    return dict(out=out, result=r, seconds=time.perf_counter() - t0)


@pytest.fixture(scope="module")
def one_thread():
    "Un modelo tan pequeño va más rápido con un hilo, sobre todo si la CPU se comparte."
    import torch
    n = torch.get_num_threads(); torch.set_num_threads(1)
    yield
    torch.set_num_threads(n)
