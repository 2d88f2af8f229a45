"""Pruebas de propiedades (hypothesis): ninguna entrada, por rara que sea, produce una traza de Python. La CLI responde
con código 0 o 2 y un mensaje en español; la API pública, con un resultado o con `CourseError`."""
import contextlib, functools, io, json, math, os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from finetune_course import cli
from finetune_course.core import CourseError

SETTINGS = settings(max_examples=60, deadline=None, derandomize=True,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])


class Reached(BaseException):
    "Se llegó a entrenar: la entrada se aceptó (no entrenamos de verdad en una prueba de propiedades)."


weird_text = st.one_of(st.text(max_size=30), st.sampled_from(["inf", "-inf", "nan", "0", "-1", "1e309", "", " ", "0.5",
                                                              "1", "2", "∞", "３", "1_000", "0x10", "True", "None"]))
ENCODINGS = ["utf-8", "latin-1", "utf-16", "utf-8-sig"]


@st.composite
def input_files(draw):
    "Contenido de un fichero de entrada: JSONL válido o casi, CSV, binario o texto en otra codificación."
    kind = draw(st.sampled_from(["jsonl", "csv", "binary", "random"]))
    if kind == "binary": return draw(st.binary(max_size=200)), ".jsonl"
    value = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=True), st.text(max_size=20),
                      st.lists(st.integers(), max_size=2))
    if kind == "jsonl":
        rows = draw(st.lists(st.dictionaries(st.sampled_from(["text", "label", "id", "pais"]), value, max_size=4),
                             max_size=4))
        body = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)
        if draw(st.booleans()): body += draw(st.text(max_size=20))
        return body.encode(draw(st.sampled_from(ENCODINGS)), errors="replace"), ".jsonl"
    if kind == "csv":
        head = draw(st.sampled_from(["text,label", "id,text", "texto,etiqueta", "text", ""]))
        lines = draw(st.lists(st.text(max_size=20).map(lambda t: t.replace("\r", "")), max_size=4))
        return (head + "\n" + "\n".join(lines)).encode(draw(st.sampled_from(ENCODINGS)), errors="replace"), ".csv"
    return draw(st.text(max_size=80)).encode("utf-8", errors="replace"), draw(st.sampled_from([".jsonl", ".txt", ".csv", ""]))


@pytest.fixture
def no_heavy_work(monkeypatch, tiny_model):
    "Entrenar y pre-entrenar se sustituyen por `Reached`; el modelo pequeño se carga una sola vez."
    import transformers
    from finetune_course.steps import train as train_mod
    monkeypatch.setattr(transformers.Trainer, "train", lambda *a, **k: (_ for _ in ()).throw(Reached()))
    import finetune_course.micro_llm as pretrain_mod
    monkeypatch.setattr(pretrain_mod, "pretrain", lambda *a, **k: (_ for _ in ()).throw(Reached()))
    import finetune_course.pretrain as pretrain_v2_mod
    monkeypatch.setattr(pretrain_v2_mod, "pretrain_v2", lambda *a, **k: (_ for _ in ()).throw(Reached()))
    cached = functools.lru_cache(maxsize=4)(train_mod.load_finetuned)
    monkeypatch.setattr(train_mod, "load_finetuned", lambda d, verify=True: cached(str(d), verify))
    return tiny_model


def write_input(tmp_path_factory, data):
    "Un fichero de entrada de contenido aleatorio en una carpeta nueva: (carpeta, fichero, contenido)."
    tmp = tmp_path_factory.mktemp("fuzz")
    content, suffix = data.draw(input_files())
    f = tmp / f"entrada{suffix}"; f.write_bytes(content)
    return tmp, f, content


def run_main(argv):
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try: code = cli.main(argv)
        except Reached: code = "entrenaría"
    return code, out.getvalue(), err.getvalue()


def check_clean(code, err):
    assert code in (0, 1, 2, "entrenaría"), (code, err)
    assert "Traceback" not in err and "Error inesperado" not in err, err
    if code == 2: assert "Error:" in err or "uso:" in err, err
    for english in ("usage:", "error:", "the following arguments", "invalid choice", "unrecognized arguments"):
        assert english not in err, err


SUBCOMMAND_OPTIONS = {
    "train": ["--task", "--data", "--text-field", "--label-field", "--positive", "--output", "--model", "--epochs",
              "--batch-size", "--lr", "--optimizer", "--scheduler", "--seed", "--max-length", "--max-train-examples"],
    "predict": ["--model", "--input", "--output", "--threshold"],
    "evaluate": ["--model", "--input"],
    "card": ["--model", "--data"],
    "pretrain": ["--output", "--seed", "--max-steps", "--version", "--minutos", "--threads"],
    "demo": ["--output", "--model"],
}
FLAGS = ["--overwrite", "--resume", "--lora", "--no-verificar", "--no-network", "-h"]


@SETTINGS
@given(data=st.data())
def test_cli_never_shows_a_traceback(no_heavy_work, tmp_path_factory, data):
    tmp, f, _ = write_input(tmp_path_factory, data)
    (tmp / "no_modelo").mkdir(); (tmp / "no_modelo" / "notas.txt").write_text("hola")
    paths = [str(f), str(no_heavy_work), str(tmp / "no_modelo"), str(tmp / "nueva"), str(tmp / "nada.jsonl"), "minilm",
             "phishing", "inyeccion", str(tmp)]
    cmd = data.draw(st.sampled_from(list(SUBCOMMAND_OPTIONS) + ["env", "otro"]))
    argv = [cmd]
    for _ in range(data.draw(st.integers(0, 6))):
        opt = data.draw(st.sampled_from(SUBCOMMAND_OPTIONS.get(cmd, ["--x"]) + FLAGS[:-1]))
        argv.append(opt)
        if opt not in FLAGS: argv.append(data.draw(st.one_of(st.sampled_from(paths), weird_text)))
    if cmd == "env": argv.append("--no-network")
    code, out, err = run_main(argv)
    check_clean(code, err)


@SETTINGS
@given(data=st.data())
def test_predict_and_evaluate_any_input_file(no_heavy_work, tmp_path_factory, data):
    _, f, content = write_input(tmp_path_factory, data)
    cmd = data.draw(st.sampled_from(["predict", "evaluate"]))
    code, out, err = run_main([cmd, "--model", no_heavy_work, "--input", f])
    check_clean(code, err)
    assert f.read_bytes() == content                                # la entrada nunca se toca
    if cmd == "predict" and code == 0:
        assert all("label" in json.loads(l) for l in out.splitlines())


def course_error_or_value(fn, *a, **k):
    try: return fn(*a, **k)
    except CourseError as e:
        assert str(e).strip() and "Cómo arreglarlo" in str(e) or str(e).strip(); return None


@SETTINGS
@given(kwargs=st.dictionaries(st.sampled_from(["epochs", "batch_size", "lr", "optimizer", "scheduler", "warmup_ratio",
                                               "weight_decay", "seed", "bf16", "max_length", "freeze_layers", "epocas"]),
                              st.one_of(st.none(), st.booleans(), st.integers(-5, 10**6), st.floats(allow_nan=True),
                                        st.text(max_size=8)), max_size=4))
def test_train_config_accepts_or_explains(kwargs):
    from finetune_course.steps.config import TrainConfig
    cfg = course_error_or_value(TrainConfig, **kwargs)
    if cfg is not None:
        assert math.isfinite(cfg.epochs) and cfg.epochs > 0 and cfg.batch_size >= 1 and 0 < cfg.lr < 1


@SETTINGS
@given(value=st.one_of(st.none(), st.integers(), st.floats(allow_nan=True), st.text(max_size=30), st.binary(max_size=8),
                       st.lists(st.text(max_size=5), max_size=3), st.dictionaries(st.text(max_size=3), st.integers(), max_size=2)))
def test_public_api_accepts_or_explains(value):
    from finetune_course.steps.objective import get_task
    from finetune_course.steps.model import task_labels
    from finetune_course.core import resolve_model, set_seed, check_output_file
    from finetune_course.steps.train import load_finetuned
    os.environ["HF_HUB_OFFLINE"] = "1"
    for fn in (get_task, task_labels, resolve_model, set_seed, load_finetuned, check_output_file, cli.read_records,
               cli._threshold_arg):
        course_error_or_value(fn, value)
