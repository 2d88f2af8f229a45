"""El trabajo principal del curso: `finetune-course demo` en menos de 3 minutos, con F1 ≥ 0,95 en prueba."""
import json

from conftest import run_cli


def test_demo_trains_phishing_detector_fast_and_well(demo_run):
    out, r = demo_run["out"], demo_run["result"]
    assert r.returncode == 0, r.stderr[-3000:]
    m = json.loads((out / "metrics.json").read_text(encoding="utf-8"))
    assert m["test"]["f1_macro"] >= 0.95, m["test"]
    assert set(m["test"]["per_label"]) == {"phishing", "legitimo"} and len(m["test"]["confusion_matrix"]) == 2
    for f in ("model.safetensors", "loss_curve.png", "confusion_matrix.png", "tokenizer.json"):
        assert (out / f).exists(), f
    assert "Prueba" in r.stdout and "F1 macro" in r.stdout
    # volver a ejecutarlo no pisa el modelo terminado
    again = run_cli("demo", "--output", out, timeout=120)
    assert again.returncode == 2 and "ya hay un modelo entrenado" in again.stderr


def test_demo_takes_under_three_minutes(demo_run):
    assert demo_run["result"].returncode == 0
    assert demo_run["seconds"] < 180, f"demo tardó {demo_run['seconds']:.0f} s"
