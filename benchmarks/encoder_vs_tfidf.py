"""¿Generaliza el modelo afinado mejor que TF-IDF? F1 macro en `test` (escrito por los generadores del curso) y en
`externo` (escrito a mano, fuera de los generadores) para un codificador afinado y dos líneas base TF-IDF + regresión
logística (palabras 1–2 y caracteres 2–5), con intervalos *bootstrap* emparejados de la diferencia.

Uso:
    python benchmarks/encoder_vs_tfidf.py --model e5-small --task phishing
    python benchmarks/encoder_vs_tfidf.py --model minilm --epochs 3 --lr 1e-4

Guarda cada ejecución en `benchmarks/results/encoder_vs_tfidf.json` (una fila por modelo, tarea y receta)."""
import argparse, json, os, platform, tempfile, time
from pathlib import Path

os.environ.setdefault("HF_HUB_OFFLINE", "1")
RESULTS = Path(__file__).parent/"results"/"encoder_vs_tfidf.json"

def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--model", default="e5-small"); ap.add_argument("--task", default="phishing")
    ap.add_argument("--epochs", type=float); ap.add_argument("--lr", type=float); ap.add_argument("--batch-size", type=int)
    ap.add_argument("--max-length", type=int); ap.add_argument("--freeze-layers", type=int); ap.add_argument("--seed", type=int)
    ap.add_argument("--max-train-examples", type=int)
    ap.add_argument("--threads", type=int)
    a = ap.parse_args()
    import torch
    if a.threads: torch.set_num_threads(a.threads)
    import numpy as np
    from sklearn.metrics import f1_score
    from finetune_course.steps.config import TrainConfig
    from finetune_course.steps.data import load_task_data, load_file
    from finetune_course.steps.evaluate import predict_proba, tfidf_baseline
    from finetune_course.steps.objective import get_task
    from finetune_course.steps.train import finetune
    from finetune_course.core import asset_path
    spec = get_task(a.task)
    dsd = load_task_data(spec)
    ext = load_file(asset_path(spec.name, "externo.jsonl"), spec.text_field, spec.label_field, spec.labels)
    kw = {k: v for k, v in dict(epochs=a.epochs, lr=a.lr, batch_size=a.batch_size, max_length=a.max_length,
                                freeze_layers=a.freeze_layers, seed=a.seed, max_train_examples=a.max_train_examples).items() if v is not None}
    cfg = TrainConfig(**kw)
    t0 = time.perf_counter()
    with tempfile.TemporaryDirectory() as d:
        res = finetune(spec, model=a.model, config=cfg, output_dir=Path(d)/"run", data=dsd, progress=False,
                       save_checkpoints=False, evaluate_test=False)
    secs = time.perf_counter() - t0
    row = dict(modelo=a.model, tarea=spec.name, receta={**kw, "max_length": res.config.max_length, "por_defecto": not kw},
               segundos=round(secs, 1), hilos=torch.get_num_threads(), fecha=time.strftime("%Y-%m-%d"))
    names = [res.model.config.id2label[i] for i in range(res.model.config.num_labels)]
    pos = names.index(spec.positive_label)
    rng = np.random.default_rng(0)
    for split, ds in (("test", dsd["test"]), ("externo", ext)):
        y = np.array(ds[spec.label_field]); texts = ds[spec.text_field]
        pm = np.array(names, dtype=object)[predict_proba(res.model, res.tokenizer, texts).argmax(1)]
        row[split] = {"modelo": round(f1_score(y, pm, average="macro"), 4)}
        boots = rng.integers(0, len(y), (1000, len(y)))
        for kind, vec in (("word", dict(ngram_range=(1, 2), sublinear_tf=True)),
                          ("char", dict(analyzer="char_wb", ngram_range=(2, 5), sublinear_tf=True))):
            from sklearn.feature_extraction.text import TfidfVectorizer
            from sklearn.linear_model import LogisticRegression
            from sklearn.pipeline import make_pipeline
            best = None
            for C in (0.3, 1, 3, 10, 30):
                pipe = make_pipeline(TfidfVectorizer(**vec), LogisticRegression(C=C, max_iter=3000))
                pipe.fit(dsd["train"][spec.text_field], dsd["train"][spec.label_field])
                v = f1_score(dsd["validation"][spec.label_field], pipe.predict(dsd["validation"][spec.text_field]), average="macro")
                if best is None or v > best[0]: best = (v, pipe)
            pt = best[1].predict(texts)
            d = [f1_score(y[b], pm[b], average="macro") - f1_score(y[b], pt[b], average="macro") for b in boots]
            row[split][f"tfidf_{kind}"] = round(f1_score(y, pt, average="macro"), 4)
            row[split][f"ic95_modelo_menos_{kind}"] = [round(float(x), 4) for x in np.percentile(d, [2.5, 97.5])]
    print(json.dumps(row, ensure_ascii=False), flush=True)
    rows = json.loads(RESULTS.read_text()) if RESULTS.exists() else []
    RESULTS.write_text(json.dumps(rows + [row], ensure_ascii=False, indent=1) + "\n")

if __name__ == "__main__": main()
