"""Fiabilidad y seguridad de la CLI y la biblioteca: ningún código ajeno se ejecuta, ningún trabajo se pierde, los
errores llegan pronto y en español (issue 14). Todo en procesos aparte, como lo haría una persona."""
import json, os, shutil, signal, stat, subprocess, sys, time
from pathlib import Path

import pytest

from conftest import run_cli as run, ROOT


def hostile_copy(model_dir, dest, where="config.json"):
    "Copia del modelo cuya configuración pide cargar un `.py` de la carpeta; el `.py` deja una marca si se ejecuta."
    shutil.copytree(model_dir, dest)
    marker = dest / "EJECUTADO"
    (dest / "gato.py").write_text(f"open({str(marker)!r}, 'w').write('sí')\n"
                                  "from transformers import BertConfig\nclass GatoConfig(BertConfig): model_type = 'gato'\n")
    cfg = json.loads((dest / where).read_text(encoding="utf-8"))
    cfg["auto_map"] = {"AutoConfig": "gato.GatoConfig", "AutoModelForSequenceClassification": "gato.GatoConfig",
                       "AutoTokenizer": ["gato.GatoConfig", None]}
    if where == "config.json": cfg["model_type"] = "gato"
    (dest / where).write_text(json.dumps(cfg), encoding="utf-8")
    return marker


@pytest.mark.parametrize("where", ["config.json", "tokenizer_config.json"])
@pytest.mark.parametrize("cmd", ["predict", "evaluate", "train"])
def test_model_folder_with_auto_map_runs_no_code_under_any_stdin(tiny_model, tmp_path, cmd, where):
    hostile = tmp_path / "hostil"
    marker = hostile_copy(tiny_model, hostile, where)
    inp = tmp_path / "e.jsonl"
    inp.write_text('{"text": "hola", "label": "phishing"}\n{"text": "adiós", "label": "legitimo"}\n', encoding="utf-8")
    args = (["train", "--task", "phishing", "--model", hostile, "--output", tmp_path / "salida", "--max-train-examples", 8]
            if cmd == "train" else [cmd, "--model", hostile, "--input", inp])
    r = run(*args, input="y\nyes\ny\n" * 20, timeout=300)          # como `yes y | finetune-course …`
    assert r.returncode == 2, (r.stdout, r.stderr)
    assert "auto_map" in r.stderr and "Traceback" not in r.stderr, r.stderr
    assert not marker.exists(), "¡el código de la carpeta se ejecutó!"
    assert "[y/N]" not in r.stdout + r.stderr                      # nunca se pregunta nada


def test_pickle_only_weights_are_refused(tiny_model, tmp_path):
    d = tmp_path / "pickle"; shutil.copytree(tiny_model, d)
    (d / "model.safetensors").rename(d / "pytorch_model.bin")
    from finetune_course.core import check_model_folder, CourseError
    with pytest.raises(CourseError, match="safetensors"):
        check_model_folder(d)


def test_one_changed_byte_in_the_weights_is_refused(tiny_model, tmp_path):
    d = tmp_path / "tocado"; shutil.copytree(tiny_model, d)
    w = bytearray((d / "model.safetensors").read_bytes()); w[-64] ^= 1
    (d / "model.safetensors").write_bytes(bytes(w))
    inp = tmp_path / "e.jsonl"; inp.write_text('{"text": "hola"}\n', encoding="utf-8")
    r = run("predict", "--model", d, "--input", inp)
    assert r.returncode == 2 and "model.safetensors" in r.stderr and "cambiaron" in r.stderr, r.stderr
    r = run("predict", "--model", d, "--input", inp, "--no-verificar")           # quien confía en su cambio, lo dice
    assert r.returncode == 0, r.stderr


def test_missing_run_json_needs_explicit_flag(tiny_model, tmp_path):
    d = tmp_path / "sin_run"; shutil.copytree(tiny_model, d); (d / "run.json").unlink()
    inp = tmp_path / "e.jsonl"; inp.write_text('{"text": "hola"}\n', encoding="utf-8")
    r = run("predict", "--model", d, "--input", inp)
    assert r.returncode == 2 and "run.json" in r.stderr and "--no-verificar" in r.stderr
    assert run("predict", "--model", d, "--input", inp, "--no-verificar").returncode == 0


@pytest.mark.parametrize("name,content", [("tokenizer.json", "{roto"), ("config.json", "[1, 2]"),
                                          ("tokenizer_config.json", b"\xff\xfe\x00")])
def test_malformed_model_files_give_spanish_errors(tiny_model, tmp_path, name, content):
    d = tmp_path / "roto"; shutil.copytree(tiny_model, d)
    (d / name).write_bytes(content if isinstance(content, bytes) else content.encode())
    inp = tmp_path / "e.jsonl"; inp.write_text('{"text": "hola"}\n', encoding="utf-8")
    r = run("predict", "--model", d, "--input", inp, "--no-verificar")
    assert r.returncode == 2 and name in r.stderr and "Traceback" not in r.stderr, r.stderr


def test_existing_output_is_refused_before_any_work(tiny_model, tmp_path):
    inp = tmp_path / "e.jsonl"
    inp.write_text("".join(json.dumps({"text": f"mensaje número {i}"}) + "\n" for i in range(5000)), encoding="utf-8")
    out = tmp_path / "mio.jsonl"; out.write_text("mis datos\n", encoding="utf-8")
    link = tmp_path / "enlace.jsonl"; link.symlink_to(inp)
    t0 = time.perf_counter()
    r = run("predict", "--model", tiny_model, "--input", inp, "--output", out)
    assert time.perf_counter() - t0 < 10 and r.returncode == 2 and "ya existe" in r.stderr
    r = run("predict", "--model", tiny_model, "--input", link, "--output", inp, "--overwrite")   # la entrada, vía enlace
    assert r.returncode == 2 and "mismo fichero" in r.stderr
    assert out.read_text(encoding="utf-8") == "mis datos\n"
    r = run("predict", "--model", tiny_model, "--input", inp, "--output", tmp_path / "no" / "existe.jsonl")
    assert r.returncode == 2 and "no existe" in r.stderr


def test_predict_streams_keeps_fields_reads_csv_and_writes_normal_permissions(tiny_model, tmp_path):
    inp = tmp_path / "mensajes.csv"
    inp.write_text('id,text,canal\n7,"Tu cuenta será bloqueada, entra en http://x.example",sms\n8,Nos vemos mañana,whatsapp\n',
                   encoding="utf-8")
    out = tmp_path / "pred.jsonl"
    r = run("predict", "--model", tiny_model, "--input", inp, "--output", out)
    assert r.returncode == 0, r.stderr
    rows = [json.loads(l) for l in out.read_text(encoding="utf-8").splitlines()]
    assert [(x["id"], x["canal"]) for x in rows] == [("7", "sms"), ("8", "whatsapp")]
    assert all({"label", "score", "proba", "threshold"} <= set(x) for x in rows)
    assert "Prediciendo" in r.stderr                                   # barra de progreso en stderr
    umask = os.umask(0); os.umask(umask)
    assert stat.S_IMODE(out.stat().st_mode) == 0o666 & ~umask          # no 0600 como el temporal


def test_predict_keeps_an_input_label_apart(tiny_model, tmp_path):
    inp = tmp_path / "e.jsonl"
    inp.write_text('{"id": 1, "text": "hola", "label": "legitimo"}\n', encoding="utf-8")
    r = run("predict", "--model", tiny_model, "--input", inp)
    row = json.loads(r.stdout)
    assert row["id"] == 1 and row["input_label"] == "legitimo" and row["label"] in ("phishing", "legitimo")


PROBES = {   # entrada → lo que debe decir el error
    "latin1": (lambda p: p.write_bytes('{"text": "adiós"}\n'.encode("latin-1")), "UTF-8"),
    "utf16": (lambda p: p.write_bytes('{"text": "adiós"}\n'.encode("utf-16")), "UTF-16"),
    "csv como jsonl": (lambda p: p.write_text("text,label\nhola,phishing\n", encoding="utf-8"), "Parece un CSV"),
    "etiqueta numérica": (lambda p: p.write_text('{"text": "hola", "label": 1}\n', encoding="utf-8"), "número"),
}


@pytest.mark.parametrize("probe", list(PROBES))
def test_bad_files_exit_2_in_spanish(tiny_model, tmp_path, probe):
    write, expected = PROBES[probe]
    inp = tmp_path / "e.jsonl"; write(inp)
    r = run("evaluate", "--model", tiny_model, "--input", inp)
    assert r.returncode == 2 and expected in r.stderr and "Traceback" not in r.stderr, r.stderr


def test_evaluate_with_one_class_says_why(tiny_model, tmp_path):
    inp = tmp_path / "e.jsonl"
    inp.write_text('{"text": "hola", "label": "phishing"}\n{"text": "paga", "label": "phishing"}\n', encoding="utf-8")
    r = run("evaluate", "--model", tiny_model, "--input", inp)
    assert r.returncode == 2 and "una sola clase" in r.stderr


@pytest.mark.parametrize("args,expected", [
    (["--max-train-examples", "0"], "max_train_examples"),
    (["--epochs", "inf"], "epochs"),
    (["--epochs", "nan"], "epochs"),
    (["--epochs", "muchas"], "valor no válido"),
    (["--seed", "-3"], "seed"),
    (["--tarea", "phishing"], "argumentos desconocidos"),
])
def test_train_probes_exit_2_in_spanish_and_leave_no_folder(tmp_path, args, expected):
    out = tmp_path / "salida"
    r = run("train", "--task", "phishing", "--output", out, *args, timeout=300)
    assert r.returncode == 2 and expected in r.stderr, r.stderr
    assert "Traceback" not in r.stderr and "usage:" not in r.stderr and "error:" not in r.stderr
    assert not out.exists()


def test_library_probes_are_course_errors():
    from finetune_course.core import CourseError
    from finetune_course.steps.config import TrainConfig
    from finetune_course.steps.train import finetune, load_finetuned
    for bad in (lambda: TrainConfig(foo=1), lambda: TrainConfig(epochs=True), lambda: TrainConfig(seed=True),
                lambda: TrainConfig(epochs=float("inf")), lambda: finetune(config=42),
                lambda: finetune(config={"epocas": 3}), lambda: load_finetuned(None),
                lambda: finetune(config=TrainConfig(max_train_examples=0))):
        with pytest.raises(CourseError): bad()
    c = TrainConfig()
    with pytest.raises(CourseError): c.batch_size = 0
    assert c.batch_size == TrainConfig().batch_size


TRAIN = ["train", "--task", "phishing", "--model", "minilm", "--max-train-examples", "160", "--epochs", "3", "--max-length", "48"]


def wait_for(pred, proc, timeout=300):
    deadline = time.time() + timeout
    while time.time() < deadline:
        if pred(): return True
        if proc.poll() is not None: return False
        time.sleep(0.1)
    return False


def test_two_trainings_cannot_share_an_output(tmp_path):
    out = tmp_path / "compartida"
    a = subprocess.Popen(["finetune-course", *TRAIN, "--output", str(out)], stdout=subprocess.DEVNULL,
                         stderr=subprocess.DEVNULL, start_new_session=True)
    try:
        assert wait_for(lambda: (out / ".finetune.lock").exists(), a), "el primer entrenamiento no llegó a empezar"
        r = run(*TRAIN, "--output", out, timeout=300)
        assert r.returncode == 2 and "Otro entrenamiento" in r.stderr, r.stderr
    finally:
        os.killpg(a.pid, signal.SIGKILL); a.wait(timeout=60)


def test_ctrl_c_leaves_a_folder_that_the_message_knows_how_to_continue(tmp_path):
    "Ctrl-C en cualquier momento: el mensaje dice qué orden seguir, y esa orden funciona."
    out, log = tmp_path / "cortado", tmp_path / "stderr.txt"
    with open(log, "w") as errf:
        # Como en una terminal: Ctrl-C con su efecto normal aunque las pruebas se lancen en segundo plano (`… &`
        # hace que el hijo herede SIGINT ignorado, y Python entonces no convierte Ctrl-C en KeyboardInterrupt).
        p = subprocess.Popen(["finetune-course", *TRAIN, "--output", str(out)], stdout=subprocess.DEVNULL,
                             stderr=errf, text=True, preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
        assert wait_for(lambda: (out / ".finetune.lock").exists(), p)
        time.sleep(2)                                          # en plena primera época
        deadline = time.time() + 120
        while p.poll() is None and time.time() < deadline:    # como quien pulsa Ctrl-C hasta que para
            p.send_signal(signal.SIGINT)
            try: p.wait(timeout=1)                            # cada segundo: un corte perdido al cargar no deja terminar
            except subprocess.TimeoutExpired: pass
        p.wait(timeout=300)
    err = log.read_text(encoding="utf-8")
    assert p.returncode == 130, err[-2000:]
    assert "Traceback" not in err
    follow = [] if "sin `--resume`" in err else ["--resume"]
    assert follow or "--resume" in err, err[-2000:]
    r = run(*TRAIN, "--output", out, *follow, timeout=900)
    assert r.returncode == 0, r.stderr[-2000:]
    assert (out / "metrics.json").exists() and not (out / ".finetune.lock").exists()
