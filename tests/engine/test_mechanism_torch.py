"""The mechanism's numbers (engine/mechanism.py) agree with PyTorch autograd on the same
weights: Jacobian norms, the cell-state highway, contributions and input connectivity.
PyTorch is optional: without it these tests skip."""

from __future__ import annotations

import numpy as np
import pytest

from rnnstudio.engine import mechanism as mech
from rnnstudio.engine.config import Config
from rnnstudio.engine.interop import META_KEY, to_state_dict
from rnnstudio.engine.model import Network

torch = pytest.importorskip("torch")
torch.set_num_threads(1)
T, B, N_IN, H, N_OUT = 6, 2, 3, 4, 2


def make(cell: str, activation: str = "tanh", seed: int = 0):
    cfg = Config(cell=cell, activation=activation, hidden=H, dtype="float64", seed=seed)
    net = Network(cfg, N_IN, N_OUT, "bce", rng=np.random.default_rng([seed, 0]))
    rng = np.random.default_rng([seed, 5])
    for k, v in net.params.items():
        if k.split(".")[-1].startswith("b"):
            v += rng.uniform(-0.5, 0.5, size=v.shape)
    kw = dict(num_layers=1, dtype=torch.float64)
    rnn = {"elman": lambda: torch.nn.RNN(N_IN, H, nonlinearity=activation, **kw),
           "lstm": lambda: torch.nn.LSTM(N_IN, H, **kw),
           "gru": lambda: torch.nn.GRU(N_IN, H, **kw)}[cell]()
    sd = {k: torch.from_numpy(v) for k, v in to_state_dict(net).items() if k != META_KEY}
    rnn.load_state_dict({k: v for k, v in sd.items() if not k.startswith("head.")})
    head = torch.nn.Linear(H, N_OUT, dtype=torch.float64)
    head.load_state_dict({"weight": sd["head.weight"], "bias": sd["head.bias"]})
    return net, rnn, head


def steps(rnn, x, state):
    """Run one step at a time; the state after each step (h_t tensors keep their grads)."""
    out = []
    for t in range(x.shape[0]):
        _, state = rnn(x[t:t + 1], state)
        for s in state if isinstance(state, tuple) else (state,):
            if s.requires_grad:
                s.retain_grad()
        out.append(state)
    return out


@pytest.mark.parametrize(("cell", "activation"),
                         [("elman", "tanh"), ("elman", "relu"), ("lstm", "tanh"),
                          ("gru", "tanh")])
def test_jacobians_match_autograd(cell, activation):
    net, rnn, _ = make(cell, activation)
    x = np.random.default_rng(1).standard_normal((T, B, N_IN))
    res = mech.jacobian(net, x)
    xt = torch.from_numpy(x)
    lstm = cell == "lstm"
    zero = torch.zeros(1, B, H, dtype=torch.float64)
    with torch.no_grad():
        states = steps(rnn, xt, (zero, zero.clone()) if lstm else zero)
    for k in range(1, T):
        sk = states[k - 1]

        def final(h, sk=sk, k=k):
            st = (h, sk[1]) if lstm else h
            _, s = rnn(xt[k:], st)
            return s[0] if lstm else s

        def final_c(c, sk=sk, k=k):
            return rnn(xt[k:], (sk[0], c))[1][1]

        h0 = sk[0] if lstm else sk
        J = torch.autograd.functional.jacobian(final, h0).reshape(B, H, B, H)
        per = [np.linalg.norm(J[b, :, b, :].numpy(), 2) for b in range(B)]
        assert res["jacobian_norms"][k - 1] == pytest.approx(np.mean(per), rel=1e-9)
        if lstm:
            Jc = torch.autograd.functional.jacobian(final_c, sk[1]).reshape(B, H, B, H)
            per = [np.linalg.norm(Jc[b, :, b, :].numpy(), 2) for b in range(B)]
            assert res["cell_jacobian_norms"][k - 1] == pytest.approx(np.mean(per), rel=1e-6)


@pytest.mark.parametrize("cell", ["elman", "lstm", "gru"])
def test_contributions_and_connectivity_match_autograd(cell):
    net, rnn, head = make(cell)
    rng = np.random.default_rng(2)
    x = rng.standard_normal((T, B, N_IN))
    y = rng.integers(0, 2, size=(T, B, N_OUT)).astype(np.float64)
    mask = np.ones((T, B))
    res = mech.contributions(net, x, y, mask)
    count = mask.sum()
    xt = torch.from_numpy(x)
    lstm = cell == "lstm"
    zero = torch.zeros(1, B, H, dtype=torch.float64)
    for t in range(T):
        states = steps(rnn, xt, (zero, zero.clone()) if lstm else zero)
        h = [s[0] if lstm else s for s in states]
        z = head(h[t][0])
        yt = torch.from_numpy(y[t])
        loss = torch.nn.functional.binary_cross_entropy_with_logits(z, yt, reduction="sum")
        (loss / count).backward()  # the engine's loss: summed over units, mean over positions
        for k in range(t + 1):
            g = h[k].grad.numpy()
            assert res["contributions"][t, k] == pytest.approx(np.linalg.norm(g), rel=1e-9)
    # ‖∂y_t/∂x_k‖ with y = sigmoid(z), per sequence (Frobenius), mean over the batch
    n_conn = res["input_connectivity"]
    per_seq = []
    for b in range(B):
        def outputs(xb, b=b):
            seq = xt.clone()
            seq[:, b] = xb
            out, _ = rnn(seq)
            return torch.sigmoid(head(out[:, b]))  # (T, n_out)

        J = torch.autograd.functional.jacobian(outputs, xt[:, b]).numpy()  # (T, o, T, i)
        per_seq.append(np.sqrt((J ** 2).sum(axis=(1, 3))))
    np.testing.assert_allclose(n_conn, np.mean(per_seq, axis=0), rtol=1e-9, atol=1e-15)
