"""Dispersión entre semillas e hilos de dos afirmaciones que el curso comprueba con un umbral.

- «Empieza aquí» (`index.ipynb`): afinar `e5-small` con 400 ejemplos y 2 épocas (tasa 2e-4, 64 tokens) da F1 macro de
  validación > 0,8, y de los tres mensajes de ejemplo, P(phishing) > 0,5 en el primero y < 0,5 en el segundo.
- `finetune-course demo` (`cli.DEMO_RECIPE`): F1 macro en prueba ≥ 0,95 con la semilla por defecto
  (`tests/test_demo.py`).
- Capítulo 10: `minilm` afinado para `inyeccion` con 400 ejemplos (3 épocas, tasa 3e-4, 128 tokens) tiene F1 macro
  > 0,6 y AUC > 0,75 en prueba, y el guardarraíl con el umbral de FPR ≤ 5 % en validación bloquea en prueba al menos
  el 40 % de las inyecciones y más del doble (en tasa) que de benignos, con F1 macro > 0,6.

Cada ejecución se añade a `benchmarks/results/claim_spread.json` (semilla, hilos, cifras, segundos). Uso:
`python benchmarks/claim_spread.py index --threads 1 --seeds 0 1 2 42` (o `demo`, o `ch10`).
"""
import argparse, json, platform, time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "benchmarks" / "results" / "claim_spread.json"
MESSAGES = ["Tu paquete está retenido en aduanas. Paga 1,99 € de tasas aquí: http://correos-envios.example/pago",
            "Hola Marta, te paso el acta de la reunión de ayer. Mañana revisamos el presupuesto.",
            "Su cuenta ha sido bloqueada por seguridad. Verifique sus datos en las próximas 24 horas."]


def index_run(seed: int) -> dict:
    "La receta de «Empieza aquí» con otra semilla: F1 de validación y P(phishing) de los tres mensajes."
    from finetune_course.core import cache_dir
    from finetune_course.steps.config import TrainConfig
    from finetune_course.steps.train import finetune
    from finetune_course.steps.evaluate import predict_proba
    res = finetune("phishing", config=TrainConfig(epochs=2, lr=2e-4, max_length=64, max_train_examples=400, seed=seed),
                   evaluate_test=False, output_dir=cache_dir("runs", f"spread-index-{seed}"), overwrite=True, progress=False)
    proba = predict_proba(res.model, res.tokenizer, MESSAGES, positive="phishing")[:, res.model.config.label2id["phishing"]]
    return {"val_f1": res.metrics["validation"]["f1_macro"], "proba": [round(float(p), 3) for p in proba],
            "seconds": res.train_seconds}


def demo_run(seed: int) -> dict:
    "La receta de la demo con otra semilla: F1 macro en prueba."
    from finetune_course.core import cache_dir
    from finetune_course.cli import DEMO_RECIPE
    from finetune_course.steps.config import TrainConfig
    from finetune_course.steps.train import finetune
    from finetune_course.steps.data import load_task_data
    from finetune_course.steps.evaluate import evaluate_model
    res = finetune("phishing", config=TrainConfig(**DEMO_RECIPE, seed=seed), output_dir=cache_dir("runs", f"spread-demo-{seed}"),
                   overwrite=True, evaluate_test=False, progress=False)
    test = evaluate_model(res.model, res.tokenizer, load_task_data("phishing")["test"], res.spec)
    return {"test_f1": test["f1_macro"], "seconds": res.train_seconds}


def ch10_run(seed: int) -> dict:
    "El detector y el guardarraíl del capítulo 10 con otra semilla."
    from finetune_course.core import cache_dir
    from finetune_course.steps.config import TrainConfig
    from finetune_course.steps.data import load_task_data
    from finetune_course.steps.objective import get_task
    from finetune_course.steps.train import finetune
    from finetune_course.steps.evaluate import metrics_from_proba, predict_proba
    from finetune_course.security.security_applications import Guardrail, guardrail_report, threshold_for_fpr
    spec = get_task("inyeccion"); dsd = load_task_data(spec)
    cfg = TrainConfig(epochs=3, max_length=128, lr=3e-4, max_train_examples=400, seed=seed)
    det = finetune(spec, "minilm", config=cfg, data=dsd, output_dir=cache_dir("runs", f"spread-ch10-{seed}"), overwrite=True,
                   evaluate_test=False, save_checkpoints=False, progress=False)
    test, val = dsd["test"], dsd["validation"]
    m = metrics_from_proba(test["label"], predict_proba(det.model, det.tokenizer, test["text"], positive=spec.positive_label), spec)
    pos = spec.labels.index(spec.positive_label)
    proba_val = predict_proba(det.model, det.tokenizer, val["text"], positive=spec.positive_label)
    threshold = threshold_for_fpr(val["label"], proba_val[:, pos], spec, max_fpr=0.05)
    rep = guardrail_report(Guardrail(det.model, det.tokenizer, spec=spec, threshold=threshold), test["text"], test["label"])
    return {"f1_macro": m["f1_macro"], "roc_auc": m["roc_auc"], "threshold": threshold, "guard_tpr": rep["tpr"],
            "guard_fpr": rep["fpr"], "guard_f1": rep["f1_macro"], "seconds": det.train_seconds}


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("claim", choices=["index", "demo", "ch10"])
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--seeds", type=int, nargs="+", default=[42])
    args = ap.parse_args()
    import torch
    torch.set_num_threads(args.threads)
    rows = json.loads(OUT.read_text(encoding="utf-8")) if OUT.exists() else []
    for seed in args.seeds:
        t0 = time.perf_counter()
        r = {"claim": args.claim, "seed": seed, "threads": args.threads, "cpu": platform.processor() or platform.machine(),
             **{"index": index_run, "demo": demo_run, "ch10": ch10_run}[args.claim](seed), "wall_s": round(time.perf_counter() - t0, 1)}
        print(json.dumps(r, ensure_ascii=False), flush=True)
        rows.append(r)
        OUT.write_text(json.dumps(rows, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
