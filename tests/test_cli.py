"""La línea de comandos en un proceso aparte, como la usaría una persona: entradas correctas e incorrectas."""
import hashlib, json, subprocess, sys

import pytest

from conftest import run_cli as run, ROOT


def sha(p): return hashlib.sha256(p.read_bytes()).hexdigest()


def test_env_reports_environment():
    r = run("env", "--no-network")
    assert r.returncode == 0, r.stderr
    for key in ("Python", "PyTorch", "Transformers", "bf16", "Modelos incluidos", "minilm"):
        assert key in r.stdout


def test_no_subcommand_shows_help_and_fails():
    r = run()
    assert r.returncode == 2
    assert "SUBCOMANDO" in r.stdout


def test_course_error_is_printed_without_traceback():
    code = ("import sys\nfrom finetune_course import cli\nfrom finetune_course.core import CourseError\n"
            "def boom(args): raise CourseError('Algo falló.', 'Haz esto otro.')\n"
            "cli.cmd_env = boom\nsys.exit(cli.main(['env']))\n")
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert r.returncode == 2
    assert "Error: Algo falló." in r.stderr and "Cómo arreglarlo: Haz esto otro." in r.stderr
    assert "Traceback" not in r.stderr


# --- predict / evaluate con un modelo entrenado ---------------------------------------------------

def test_train_saved_a_complete_model(tiny_model):
    for f in ("model.safetensors", "config.json", "task.json", "train_config.json", "history.json", "metrics.json"):
        assert (tiny_model / f).exists(), f
    m = json.loads((tiny_model / "metrics.json").read_text())
    assert {"validation", "test"} <= set(m) and 0 <= m["test"]["f1_macro"] <= 1


def test_predict_writes_one_line_per_input_in_order(tiny_model, tmp_path):
    inp = tmp_path / "correo.jsonl"
    texts = ["Tu cuenta será bloqueada hoy. Verifica tus datos aquí: http://banco-seguro.example/login",
             "Te recuerdo que la reunión de mañana empieza a las diez.", "¿Comemos juntos el viernes?"]
    inp.write_text("".join(json.dumps({"text": t, "id": i}, ensure_ascii=False) + "\n" for i, t in enumerate(texts)),
                   encoding="utf-8")
    before = sha(inp)
    out = tmp_path / "pred.jsonl"
    r = run("predict", "--model", tiny_model, "--input", inp, "--output", out)
    assert r.returncode == 0, r.stderr
    rows = [json.loads(l) for l in out.read_text(encoding="utf-8").splitlines()]
    assert [x["text"] for x in rows] == texts
    assert all(set(x) == {"text", "id", "label", "score", "proba", "threshold"} for x in rows)
    assert [x["id"] for x in rows] == [0, 1, 2]                       # los campos de la entrada se conservan
    assert all(x["label"] in ("phishing", "legitimo") and 0.5 <= x["score"] <= 1 for x in rows)
    assert all(x["threshold"] is None for x in rows)                  # sin decision.json: la etiqueta más probable
    assert all(abs(x["proba"] - (x["score"] if x["label"] == "phishing" else 1 - x["score"])) < 1e-5 for x in rows)
    assert sha(inp) == before
    # a la salida estándar si no hay --output
    r = run("predict", "--model", tiny_model, "--input", inp)
    assert r.returncode == 0 and len(r.stdout.strip().splitlines()) == 3


def test_evaluate_prints_json_metrics(tiny_model, tmp_path):
    test = (ROOT / "finetune_course/assets/phishing/test.jsonl").read_text(encoding="utf-8").splitlines()[:40]
    inp = tmp_path / "eval.jsonl"; inp.write_text("\n".join(test) + "\n", encoding="utf-8")
    r = run("evaluate", "--model", tiny_model, "--input", inp)
    assert r.returncode == 0, r.stderr
    m = json.loads(r.stdout)
    assert {"accuracy", "f1_macro", "per_label", "confusion_matrix"} <= set(m)
    assert set(m["per_label"]) == {"phishing", "legitimo"}
    assert all({"precision", "recall", "f1"} <= set(v) for v in m["per_label"].values())
    assert sum(map(sum, m["confusion_matrix"])) == 40


BAD_INPUTS = {
    "no existe": (None, "no existe"),
    "JSON roto": ('{"text": "hola"}\n{"text": "adiós"\n', "línea 2"),
    "falta text": ('{"text": "hola"}\n{"mensaje": "sin campo text"}\n', "línea 2"),
    "vacío": ("", "vacío"),
}


@pytest.mark.parametrize("case", list(BAD_INPUTS))
@pytest.mark.parametrize("cmd", ["predict", "evaluate"])
def test_bad_input_gives_spanish_error_and_touches_nothing(tiny_model, tmp_path, cmd, case):
    content, expected = BAD_INPUTS[case]
    inp = tmp_path / "entrada.jsonl"
    if content is not None:
        if cmd == "evaluate": content = content.replace('"}', '", "label": "phishing"}')
        inp.write_text(content, encoding="utf-8")
    before = sha(inp) if inp.exists() else None
    out = tmp_path / "salida.jsonl"
    extra = ["--output", out] if cmd == "predict" else []
    r = run(cmd, "--model", tiny_model, "--input", inp, *extra)
    assert r.returncode == 2, (r.stdout, r.stderr)
    assert r.stderr.startswith("Error:") and expected in r.stderr, r.stderr
    assert "Traceback" not in r.stderr
    assert (sha(inp) if inp.exists() else None) == before
    assert not out.exists() and not list(tmp_path.glob(".salida*"))


def test_evaluate_unknown_label(tiny_model, tmp_path):
    inp = tmp_path / "e.jsonl"
    inp.write_text('{"text": "hola", "label": "spam"}\n', encoding="utf-8")
    r = run("evaluate", "--model", tiny_model, "--input", inp)
    assert r.returncode == 2 and "Etiquetas desconocidas" in r.stderr and "spam" in r.stderr


@pytest.mark.parametrize("cmd", ["predict", "evaluate"])
def test_model_folder_that_is_not_a_model(tmp_path, cmd):
    inp = tmp_path / "e.jsonl"; inp.write_text('{"text": "hola", "label": "phishing"}\n', encoding="utf-8")
    fake = tmp_path / "no_modelo"; fake.mkdir(); (fake / "notas.txt").write_text("hola")
    r = run(cmd, "--model", fake, "--input", inp)
    assert r.returncode == 2 and "no es la carpeta de un modelo" in r.stderr and "Traceback" not in r.stderr


def test_predict_never_overwrites(tiny_model, tmp_path):
    inp = tmp_path / "e.jsonl"; inp.write_text('{"text": "hola"}\n', encoding="utf-8")
    out = tmp_path / "mio.jsonl"; out.write_text("mis datos\n", encoding="utf-8")
    r = run("predict", "--model", tiny_model, "--input", inp, "--output", out)
    assert r.returncode == 2 and "ya existe" in r.stderr
    assert out.read_text(encoding="utf-8") == "mis datos\n"
    r = run("predict", "--model", tiny_model, "--input", inp, "--output", inp, "--overwrite")
    assert r.returncode == 2 and "mismo fichero" in r.stderr and inp.read_text(encoding="utf-8") == '{"text": "hola"}\n'


# --- train con datos propios y errores de train ---------------------------------------------------

def test_train_on_users_own_jsonl_with_other_field_names(tmp_path):
    src = (ROOT / "finetune_course/assets/inyeccion/train.jsonl").read_text(encoding="utf-8").splitlines()[:120]
    rows = [json.loads(l) for l in src]
    data = tmp_path / "mis_prompts.jsonl"
    data.write_text("".join(json.dumps({"prompt": r["text"], "clase": r["label"]}, ensure_ascii=False) + "\n"
                            for r in rows), encoding="utf-8")
    before = sha(data)
    out = tmp_path / "modelo"
    r = run("train", "--data", data, "--text-field", "prompt", "--label-field", "clase", "--positive", "inyeccion",
            "--output", out, "--epochs", 1, "--max-length", 32)
    assert r.returncode == 0, r.stderr[-3000:]
    task = json.loads((out / "task.json").read_text(encoding="utf-8"))
    assert task["labels"] == ["benigno", "inyeccion"] and task["text_field"] == "prompt"
    assert sha(data) == before


@pytest.mark.parametrize("args,expected", [
    (["--task", "phishing", "--lr", "0"], "entre 0 y 1"),
    (["--task", "phishing", "--lr", "-1"], "entre 0 y 1"),
    (["--task", "phishing", "--batch-size", "0"], "mayor que 0"),
    (["--task", "phishing", "--optimizer", "adam_magico"], "Optimizador desconocido"),
    (["--data", "no-existe.jsonl"], "no existe"),
    ([], "Falta qué entrenar"),
])
def test_train_bad_arguments(tmp_path, args, expected):
    out = tmp_path / "salida"
    r = run("train", *args, "--output", out, timeout=300)
    assert r.returncode == 2 and expected in r.stderr and "Traceback" not in r.stderr, r.stderr[-2000:]
    assert not (out / "metrics.json").exists()


def test_train_refuses_to_write_into_a_folder_with_users_files(tmp_path):
    out = tmp_path / "mis_cosas"; out.mkdir(); (out / "tesis.docx").write_text("importante")
    r = run("train", "--task", "phishing", "--output", out, "--epochs", 1, timeout=300)
    assert r.returncode == 2 and "no son de un entrenamiento" in r.stderr
    assert [p.name for p in out.iterdir()] == ["tesis.docx"]


def test_card_writes_model_card_and_never_overwrites(tiny_model, tmp_path):
    import shutil
    model = tmp_path / "modelo"
    shutil.copytree(tiny_model, model)
    (model / "README.md").unlink(missing_ok=True)
    r = run("card", "--model", model)
    assert r.returncode == 0, r.stderr[-3000:]
    card = (model / "README.md").read_text(encoding="utf-8")
    assert "phishing" in card and "F1" in card
    before = (model / "README.md").read_bytes()
    again = run("card", "--model", model)
    assert again.returncode == 2 and "Traceback" not in again.stderr and "overwrite" in again.stderr
    assert (model / "README.md").read_bytes() == before
    bad = run("card", "--model", tmp_path)
    assert bad.returncode == 2 and "Traceback" not in bad.stderr


# --- predict con umbral de decisión (capítulo 11) -------------------------------------------------

THREE = ["Tu cuenta será bloqueada hoy. Verifica tus datos aquí: http://banco-seguro.example/login",
         "Te recuerdo que la reunión de mañana empieza a las diez.", "¿Comemos juntos el viernes?"]


def three_messages(tmp_path):
    inp = tmp_path / "mensajes.jsonl"
    inp.write_text("".join(json.dumps({"text": t}, ensure_ascii=False) + "\n" for t in THREE), encoding="utf-8")
    return inp


def predict_rows(*args):
    r = run("predict", *args)
    assert r.returncode == 0, r.stderr
    return [json.loads(l) for l in r.stdout.splitlines()], r


def test_predict_threshold_zero_labels_everything_positive(tiny_model, tmp_path):
    inp = three_messages(tmp_path); before = sha(inp)
    rows, _ = predict_rows("--model", tiny_model, "--input", inp, "--threshold", "0")
    assert [x["label"] for x in rows] == ["phishing"] * 3
    assert all(x["threshold"] == 0 and x["score"] == x["proba"] for x in rows)
    one, _ = predict_rows("--model", tiny_model, "--input", inp, "--threshold", "1")
    assert all(x["label"] == ("phishing" if x["proba"] >= 1 else "legitimo") for x in one)
    # el umbral solo cambia la etiqueta, no las probabilidades
    assert [x["proba"] for x in rows] == [x["proba"] for x in one]
    assert sha(inp) == before


def test_predict_uses_the_models_decision_json(tiny_model, tmp_path):
    import shutil
    from finetune_course.security.security_importance import load_threshold, save_threshold
    model = tmp_path / "modelo"; shutil.copytree(tiny_model, model)     # no tocar el modelo compartido
    inp = three_messages(tmp_path)
    plain, _ = predict_rows("--model", model, "--input", inp)
    t = round(min(x["proba"] for x in plain) / 2, 6)                   # por debajo de todas: todo es phishing
    save_threshold(model, t, "phishing")
    assert load_threshold(model) == t
    rows, r = predict_rows("--model", model, "--input", inp)
    assert [x["label"] for x in rows] == ["phishing"] * 3 and all(x["threshold"] == t for x in rows)
    assert "decision.json" in r.stderr
    # --threshold manda sobre decision.json, solo en esa ejecución
    over, _ = predict_rows("--model", model, "--input", inp, "--threshold", "1")
    assert all(x["threshold"] == 1 for x in over)
    assert load_threshold(model) == t
    # y con --output, el fichero lleva los mismos campos
    out = tmp_path / "pred.jsonl"
    r = run("predict", "--model", model, "--input", inp, "--output", out)
    assert r.returncode == 0, r.stderr
    assert [json.loads(l) for l in out.read_text(encoding="utf-8").splitlines()] == rows


@pytest.mark.parametrize("bad", ["1.5", "-0.2", "nan", "mucho"])
def test_predict_bad_threshold_is_a_spanish_error(tiny_model, tmp_path, bad):
    inp = three_messages(tmp_path); before = sha(inp)
    out = tmp_path / "salida.jsonl"
    r = run("predict", "--model", tiny_model, "--input", inp, "--output", out, f"--threshold={bad}")
    assert r.returncode == 2, (r.stdout, r.stderr)
    assert r.stderr.startswith("Error:") and "--threshold" in r.stderr and "entre 0 y 1" in r.stderr, r.stderr
    assert "Traceback" not in r.stderr
    assert sha(inp) == before and not out.exists() and not list(tmp_path.glob(".salida*"))


def test_predict_damaged_decision_json_is_a_spanish_error(tiny_model, tmp_path):
    import shutil
    model = tmp_path / "modelo"; shutil.copytree(tiny_model, model)
    (model / "decision.json").write_text('{"threshold": 3}', encoding="utf-8")
    inp = three_messages(tmp_path)
    r = run("predict", "--model", model, "--input", inp)
    assert r.returncode == 2 and "entre 0 y 1" in r.stderr and "Traceback" not in r.stderr, r.stderr
