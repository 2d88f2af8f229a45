"""¿Supera `minilm` afinado con la receta por defecto a TF-IDF + regresión logística en las pruebas de los datos del curso?

Uso:
    python benchmarks/minilm_vs_tfidf.py                    # phishing e inyección, todos los datos
    python benchmarks/minilm_vs_tfidf.py --task inyeccion   # una sola tarea

Para cada tarea afina `minilm` con `TrainConfig()` (3 epochs, lote 16, lr 1e-4, `max_length` sugerido por los datos)
sobre todo `train`, y entrena `tfidf_baseline` (C elegido en validación) con los mismos datos. Imprime la F1 macro
en `test` de ambos y el tiempo, y lo guarda en `benchmarks/results/minilm_vs_tfidf.json` (las fichas de los datos
citan esas cifras).
"""
import argparse, json, os, platform, tempfile, time
from pathlib import Path

os.environ.setdefault("HF_HUB_OFFLINE", "1")

from finetune_course.steps.config import TrainConfig
from finetune_course.steps.data import load_task_data
from finetune_course.steps.evaluate import tfidf_baseline
from finetune_course.steps.objective import get_task
from finetune_course.steps.train import finetune

RESULTS = Path(__file__).parent / "results" / "minilm_vs_tfidf.json"


def run(task):
    spec = get_task(task)
    dsd = load_task_data(spec)
    _, base = tfidf_baseline(dsd, spec)
    t0 = time.perf_counter()
    with tempfile.TemporaryDirectory() as d:
        res = finetune(spec, config=TrainConfig(), output_dir=Path(d) / "run", data=dsd, progress=False,
                       save_checkpoints=False)
    secs = time.perf_counter() - t0
    row = {"tarea": spec.name, "metrica": spec.metric, "tfidf": round(base[spec.metric], 4),
           "minilm": round(res.metrics["test"][spec.metric], 4), "max_length": res.config.max_length,
           "ejemplos_train": res.train_examples, "segundos_minilm": round(secs, 1)}
    row["gana_minilm"] = row["minilm"] > row["tfidf"]
    print(f"{spec.name}: TF-IDF {row['tfidf']:.4f} · minilm {row['minilm']:.4f} "
          f"(max_length {row['max_length']}, {secs:.0f} s) → {'gana minilm' if row['gana_minilm'] else 'gana TF-IDF'}",
          flush=True)
    return row


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--task", choices=["phishing", "inyeccion"], action="append",
                    help="tarea que medir (se puede repetir; por defecto, las dos)")
    a = ap.parse_args()
    rows = [run(t) for t in (a.task or ["phishing", "inyeccion"])]
    out = {"filas": rows, "maquina": platform.processor() or platform.machine(), "hilos": os.cpu_count()}
    if not a.task or len(rows) == 2:
        RESULTS.parent.mkdir(exist_ok=True)
        RESULTS.write_text(json.dumps(out, ensure_ascii=False, indent=2) + "\n")
        print(f"Guardado en {RESULTS}")


if __name__ == "__main__":
    main()
