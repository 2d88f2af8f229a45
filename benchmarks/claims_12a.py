"""Dispersión de las afirmaciones del capítulo 12a (envenenamiento) entre semillas y número de hilos.

Repite el experimento del capítulo (mismas tasas, receta y tamaños) con varias semillas (la de los subconjuntos y el
envenenamiento y la del entrenamiento a la vez) y con 1 y 2 hilos, y guarda cada cifra que el capítulo afirma en
`benchmarks/results/claims_12a.json`. El capítulo fija sus márgenes a partir de estas cifras.

Uso: `python benchmarks/claims_12a.py --seeds 1 2` (la configuración del capítulo con 2 y con 1 hilo, más esas semillas)."""
import argparse, json, os, platform, time
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

def one_run(seed:int, threads:int, data_seed:int=None) -> dict:
    data_seed = seed if data_seed is None else data_seed
    import torch
    from scipy.stats import spearmanr
    from finetune_course.steps.config import TrainConfig
    from finetune_course.security.poisoning import TRIGGER, poisoning_experiment, attack_success_rate, sample_split
    from finetune_course.steps.objective import get_task
    from finetune_course.steps.data import load_task_data
    torch.set_num_threads(threads)
    from finetune_course.security.poisoning import poison_dataset, audit_tokens, remove_flagged, train_and_attack
    RATES, N_TRAIN, N_TEST, N_VAL = (0, 0.01, 0.03, 0.1), 300, 120, 16
    CFG = TrainConfig(epochs=3, lr=2e-4, max_length=32, seed=seed)        # la receta del capítulo
    models, t0 = {}, time.perf_counter()
    sweep = poisoning_experiment(RATES, CFG, n_train=N_TRAIN, n_test=N_TEST, n_val=N_VAL, seed=data_seed, keep=models)
    budget = poisoning_experiment((0.03,), replace(CFG, lr=CFG.lr / 4), n_train=N_TRAIN, n_test=N_TEST,
                                  n_val=N_VAL, seed=data_seed)
    cols = [c for c in sweep.columns if c.startswith("asr_epoch_")]
    hi, lo = sweep.set_index("rate"), budget.set_index("rate")
    spec, dsd = get_task("phishing"), load_task_data("phishing")
    test_sub = sample_split(dsd["test"], N_TEST, data_seed)
    src = [t for t, l in zip(test_sub["text"], test_sub["label"]) if l == "phishing"]
    r3 = models[0.1]
    train = sample_split(dsd["train"], N_TRAIN, data_seed)
    poisoned, idx = poison_dataset(train, spec, 0.1, TRIGGER, data_seed)
    cleaned, removed = remove_flagged(poisoned, spec, audit_tokens(poisoned, spec))
    _, defended = train_and_attack(cleaned, test_sub, sample_split(dsd["validation"], N_VAL, data_seed), spec, CFG)
    specific = {w: attack_success_rate(r3.model, r3.tokenizer, src, spec, w, max_length=CFG.max_length)["asr"]
                for w in (TRIGGER, "quirimbo", "marzipol")}
    asr = hi["asr"]
    return dict(seed=seed, data_seed=data_seed, threads=threads, seconds=round(time.perf_counter() - t0, 1),
                asr={str(r): float(asr[r]) for r in RATES}, f1={str(r): float(hi.loc[r, "f1_macro"]) for r in RATES},
                rho=float(spearmanr(sweep["rate"], sweep["asr"]).statistic),
                asr_epochs_3pct=[float(x) for x in hi.loc[0.03, cols]],
                asr_epochs_10pct=[None if x != x else float(x) for x in hi.loc[0.1, cols].astype(float)],
                asr_3pct_low_lr=float(lo.loc[0.03, cols[-1]]), specific=specific,
                defended=dict(asr=float(defended["asr"]), f1=float(defended["f1_macro"]),
                              removed_all=bool(set(idx) <= set(removed))))

def main():
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--seeds", type=int, nargs="+", default=[1, 2], help="semillas además de la del capítulo")
    a = ap.parse_args()
    dest = ROOT/"benchmarks/results/claims_12a.json"
    plan = [(42, 2, 0)] + [(s, 2, None) for s in a.seeds] + [(42, 1, 0)]   # la del capítulo (datos 0, entrenamiento 42), otras, y 1 hilo
    runs = []
    for seed, th, ds in plan:
        runs.append(one_run(seed, th, ds)); print(json.dumps(runs[-1]), flush=True)
        dest.write_text(json.dumps(dict(fecha=time.strftime("%Y-%m-%d"), maquina=platform.processor() or platform.machine(),
                                        nucleos=os.cpu_count(), runs=runs), indent=1) + "\n", encoding="utf-8")

if __name__ == "__main__": main()
