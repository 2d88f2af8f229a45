"""Entrenamiento de verdad en procesos aparte: reanudar tras matar el proceso da las mismas métricas, y
`torchrun` con dos procesos guarda un único modelo comparable al de un proceso."""
import json, os, shutil, signal, subprocess, time

import pytest

from conftest import run_cli

ARGS = ["--task", "phishing", "--model", "minilm", "--max-train-examples", "160", "--epochs", "3", "--max-length", "48", "--batch-size", "16"]


def metrics(d): return json.loads((d / "metrics.json").read_text())


def test_resume_after_kill_gives_same_metrics(tmp_path):
    full = tmp_path / "sin_cortes"
    r = run_cli("train", *ARGS, "--output", full)
    assert r.returncode == 0, r.stderr[-3000:]

    cut = tmp_path / "cortado"
    proc = subprocess.Popen(["finetune-course", "train", *ARGS, "--output", str(cut)],
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, start_new_session=True)
    deadline = time.time() + 600
    try:
        while time.time() < deadline:
            ck = sorted((cut / "checkpoints").glob("checkpoint-*")) if (cut / "checkpoints").exists() else []
            if ck and (ck[0] / "trainer_state.json").exists():
                time.sleep(1.0)          # deja terminar de escribir el punto de control
                break
            assert proc.poll() is None, proc.stdout.read().decode(errors="replace")[-3000:]
            time.sleep(0.2)
        else:
            pytest.fail("no apareció ningún punto de control")
        os.killpg(proc.pid, signal.SIGKILL)
    finally:
        proc.wait(timeout=60)
    assert not (cut / "metrics.json").exists(), "el proceso terminó antes de poder cortarlo"

    r = run_cli("train", *ARGS, "--output", cut)             # sin --resume: no pisa lo que hay
    assert r.returncode == 2 and "sin terminar" in r.stderr
    r = run_cli("train", *ARGS, "--output", cut, "--resume")
    assert r.returncode == 0, r.stderr[-3000:]
    a, b = metrics(full), metrics(cut)
    for split in ("validation", "test"):
        assert abs(a[split]["loss"] - b[split]["loss"]) < 1e-3, (a, b)
        assert a[split]["f1_macro"] == pytest.approx(b[split]["f1_macro"], abs=1e-9)


def test_torchrun_two_processes_match_single_process(tmp_path):
    "Dos procesos con DDP (gloo): un solo modelo guardado y F1 en prueba a menos de 0,05 del de un proceso con la misma receta."
    torchrun = shutil.which("torchrun")
    assert torchrun, "torchrun viene con PyTorch"
    recipe = ["--task", "phishing", "--model", "minilm", "--max-train-examples", "640", "--epochs", "2", "--max-length", "64"]
    env = {**os.environ, "OMP_NUM_THREADS": "1"}     # 2 procesos × 1 hilo en 2 núcleos: sin sobre-suscripción
    one = tmp_path / "uno"
    r = subprocess.run(["finetune-course", "train", *recipe, "--output", str(one)], capture_output=True, text=True,
                       timeout=1800, env=env)
    assert r.returncode == 0, r.stderr[-3000:]
    ddp = tmp_path / "dos"
    r = subprocess.run([torchrun, "--standalone", "--nproc_per_node", "2", "--no-python", "finetune-course", "train",
                        *recipe, "--output", str(ddp)], capture_output=True, text=True, timeout=1800, env=env)
    assert r.returncode == 0, r.stdout[-2000:] + r.stderr[-3000:]
    assert len(list(ddp.glob("*.safetensors"))) == 1 and (ddp / "metrics.json").exists()
    assert not list(ddp.glob("*/*.safetensors")) or (ddp / "checkpoints").exists()
    f1_1, f1_2 = metrics(one)["test"]["f1_macro"], metrics(ddp)["test"]["f1_macro"]
    assert abs(f1_1 - f1_2) <= 0.05, f"F1 en prueba: 1 proceso {f1_1:.4f}, 2 procesos {f1_2:.4f}"


def test_check_run_dir_names_what_is_missing(tmp_path):
    from finetune_course.steps.train import check_run_dir
    from finetune_course.core import CourseError
    with pytest.raises(CourseError, match="no existe"):
        check_run_dir(tmp_path / "nada")
    (tmp_path / "config.json").write_text("{}", encoding="utf-8")
    with pytest.raises(CourseError, match=r"faltan: task\.json, metrics\.json, pesos \.safetensors"):
        check_run_dir(tmp_path)
    assert check_run_dir(tmp_path, ("config.json",), weights=False) == tmp_path      # lo que pide `decision`
    with pytest.raises(CourseError, match=r"faltan: pesos \.safetensors"):
        check_run_dir(tmp_path, ("config.json",))
    (tmp_path / "model.safetensors").write_bytes(b"")
    assert check_run_dir(str(tmp_path), ("config.json",)) == tmp_path
