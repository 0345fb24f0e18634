"""Our cells compute what PyTorch computes: same weights (through the state_dict export),
same inputs -> same outputs, losses, final states and gradients (float64, 1e-10).

PyTorch is not a dependency of RNN Studio: without it these tests skip.
"""

from __future__ import annotations

import numpy as np
import pytest

from rnnstudio.engine.config import Config
from rnnstudio.engine.interop import META_KEY, load_state_dict, to_state_dict
from rnnstudio.engine.model import Network

torch = pytest.importorskip("torch")
F = torch.nn.functional
torch.set_num_threads(1)  # tiny problems: threads only add overhead on a shared CI machine

T, B, N_IN, H = 7, 3, 3, 5
N_OUT = {"bce": 2, "softmax": 4, "linear": 2}
VARIANTS = [("elman", "tanh"), ("elman", "relu"), ("lstm", "tanh"), ("gru", "tanh"),
            ("peephole", "tanh")]
IDS = ["elman-tanh", "elman-relu", "lstm", "gru", "peephole"]


class TorchPeephole(torch.nn.Module):
    """Greff et al.'s peephole LSTM as a PyTorch user writes it: a Python loop over time,
    parameters named like ``nn.LSTM``'s plus the peephole vectors."""

    def __init__(self, n_in: int, n_h: int, layers: int, dtype=torch.float64):
        super().__init__()
        self.layers, self.n_h = layers, n_h
        for l in range(layers):
            n = n_in if l == 0 else n_h
            for name, shape in [("weight_ih", (4 * n_h, n)), ("weight_hh", (4 * n_h, n_h)),
                                ("bias_ih", (4 * n_h,)), ("bias_hh", (4 * n_h,)),
                                ("peephole_i", (n_h,)), ("peephole_f", (n_h,)),
                                ("peephole_o", (n_h,))]:
                setattr(self, f"{name}_l{l}",
                        torch.nn.Parameter(torch.zeros(shape, dtype=dtype)))

    def forward(self, x, state=None):
        if state is None:
            zeros = x.new_zeros((self.layers, x.shape[1], self.n_h))
            state = (zeros, zeros)
        h0, c0 = state
        inp, hs, cs = x, [], []
        for l in range(self.layers):
            p = {k: getattr(self, f"{k}_l{l}") for k in (
                "weight_ih", "weight_hh", "bias_ih", "bias_hh", "peephole_i", "peephole_f",
                "peephole_o")}
            h, c, outs = h0[l], c0[l], []
            for t in range(inp.shape[0]):
                a = inp[t] @ p["weight_ih"].T + p["bias_ih"] + h @ p["weight_hh"].T + p["bias_hh"]
                a_i, a_f, a_g, a_o = a.chunk(4, dim=1)
                i = torch.sigmoid(a_i + p["peephole_i"] * c)
                f = torch.sigmoid(a_f + p["peephole_f"] * c)
                c = f * c + i * torch.tanh(a_g)
                o = torch.sigmoid(a_o + p["peephole_o"] * c)
                h = o * torch.tanh(c)
                outs.append(h)
            inp = torch.stack(outs)
            hs.append(h)
            cs.append(c)
        return inp, (torch.stack(hs), torch.stack(cs))


def make_net(cell: str, activation: str, layers: int, head: str, seed: int = 0) -> Network:
    cfg = Config(cell=cell, activation=activation, hidden=H, layers=layers, dtype="float64")
    net = Network(cfg, N_IN, N_OUT[head], head, np.random.default_rng(seed))
    rng = np.random.default_rng(seed + 1)
    for v in net.params.values():  # non-zero biases and peepholes too
        v[...] = rng.uniform(-0.7, 0.7, v.shape)
    return net


def torch_model(net: Network):
    """PyTorch modules holding the network's exported weights (float64)."""
    cfg = net.cfg
    kw = dict(num_layers=cfg.layers, dtype=torch.float64)
    if cfg.cell == "elman":
        rnn = torch.nn.RNN(net.n_in, H, nonlinearity=cfg.activation, **kw)
    elif cfg.cell == "lstm":
        rnn = torch.nn.LSTM(net.n_in, H, **kw)
    elif cfg.cell == "gru":
        rnn = torch.nn.GRU(net.n_in, H, **kw)
    else:
        rnn = TorchPeephole(net.n_in, H, cfg.layers)
    head = torch.nn.Linear(H, net.n_out, dtype=torch.float64)
    sd = {k: torch.from_numpy(v) for k, v in to_state_dict(net).items() if k != META_KEY}
    rnn.load_state_dict({k: v for k, v in sd.items() if not k.startswith("head.")})
    head.load_state_dict({"weight": sd["head.weight"], "bias": sd["head.bias"]})
    return rnn, head


def data(head: str, n_out: int, seed: int = 3):
    rng = np.random.default_rng(seed)
    x = rng.standard_normal((T, B, N_IN))
    if head == "softmax":
        y = rng.integers(0, n_out, size=(T, B))
    elif head == "bce":
        y = rng.integers(0, 2, size=(T, B, n_out)).astype(np.float64)
    else:
        y = rng.standard_normal((T, B, n_out))
    mask = np.ones((T, B))
    mask[:2, 0] = 0.0  # some unscored positions
    return x, y, mask


def torch_loss(head: str, z, y, mask, count: float):
    m = torch.from_numpy(mask)
    if head == "softmax":
        per = F.cross_entropy(z.reshape(-1, z.shape[-1]), torch.from_numpy(y).reshape(-1),
                              reduction="none").reshape(mask.shape)
        return (per * m).sum() / count
    yt = torch.from_numpy(y)
    if head == "bce":
        per = F.binary_cross_entropy_with_logits(z, yt, reduction="none")
    else:
        per = (z - yt) ** 2
    return (per * m[..., None]).sum() / count


def initial_states(net: Network, seed: int = 4):
    """Non-zero starting states: ours (list of tuples) and PyTorch's (L, B, H) tensors."""
    rng = np.random.default_rng(seed)
    L = net.cfg.layers
    h0 = rng.uniform(-0.5, 0.5, (L, B, H))
    c0 = rng.uniform(-0.5, 0.5, (L, B, H))
    gated_c = net.cfg.cell in ("lstm", "peephole")
    ours = [(h0[l].copy(), c0[l].copy()) if gated_c else (h0[l].copy(),) for l in range(L)]
    theirs = (torch.from_numpy(h0), torch.from_numpy(c0)) if gated_c else torch.from_numpy(h0)
    return ours, theirs


def expected_torch_grads(net: Network) -> dict[str, np.ndarray]:
    """Our gradients, mapped to PyTorch's parameters: the adjoint of the import
    (our bias = bias_ih + bias_hh, so both receive dL/db; the GRU's n part of
    bias_hh is b_hn)."""
    cell, g = net.cfg.cell, net.grads
    out = {}
    for l in range(net.cfg.layers):
        if cell == "elman":
            wx, wh, b = g[f"l{l}.W_xh"], g[f"l{l}.W_hh"], g[f"l{l}.b_h"]
        elif cell == "gru":
            wx, wh, b = g[f"l{l}.W_x"], g[f"l{l}.W_h"], g[f"l{l}.b_x"]
        else:
            wx, wh, b = g[f"l{l}.W_x"], g[f"l{l}.W_h"], g[f"l{l}.b"]
        out[f"weight_ih_l{l}"] = wx.T
        out[f"weight_hh_l{l}"] = wh.T
        out[f"bias_ih_l{l}"] = b
        out[f"bias_hh_l{l}"] = (np.concatenate([b[:2 * H], g[f"l{l}.b_hn"]])
                                if cell == "gru" else b)
        if cell == "peephole":
            for k in "ifo":
                out[f"peephole_{k}_l{l}"] = g[f"l{l}.p_{k}"]
    out["head.weight"] = g["W_hy"].T
    out["head.bias"] = g["b_y"]
    return out


def torch_grads(rnn, head) -> dict[str, np.ndarray]:
    out = {k: p.grad.numpy() for k, p in rnn.named_parameters()}
    out.update({f"head.{k}": p.grad.numpy() for k, p in head.named_parameters()})
    return out


def close(a, b, what: str) -> None:
    np.testing.assert_allclose(a, b, rtol=1e-10, atol=1e-10, err_msg=what)


@pytest.mark.parametrize(("layers", "head"), [(1, "bce"), (2, "softmax"), (2, "linear")])
@pytest.mark.parametrize(("cell", "activation"), VARIANTS, ids=IDS)
def test_outputs_loss_states_and_gradients_match_pytorch(cell, activation, layers, head):
    net = make_net(cell, activation, layers, head)
    rnn, lin = torch_model(net)
    x, y, mask = data(head, net.n_out)
    ours0, theirs0 = initial_states(net)

    res = net.gradients(x, y, mask, states=ours0)
    out, final = rnn(torch.from_numpy(x), theirs0)
    z = lin(out)
    loss = torch_loss(head, z, y, mask, float(mask.sum()))
    loss.backward()

    close(net.logits(x, ours0)[0], z.detach().numpy(), "logits")
    close(res.loss, loss.item(), "loss")
    finals = final if isinstance(final, tuple) else (final,)
    for l in range(layers):
        for k, tensor in enumerate(finals):
            close(res.states[l][k], tensor[l].detach().numpy(), f"final state {k} of layer {l}")
    theirs = torch_grads(rnn, lin)
    ours = expected_torch_grads(net)
    assert set(theirs) == set(ours)
    for k in theirs:
        close(ours[k], theirs[k], f"gradient of {k}")


@pytest.mark.parametrize(("cell", "activation"), VARIANTS, ids=IDS)
def test_truncated_bptt_matches_pytorch_with_detached_windows(cell, activation):
    """truncate = k: the state carries over, gradients stop at window edges (detach)."""
    net = make_net(cell, activation, 2, "bce")
    rnn, lin = torch_model(net)
    x, y, mask = data("bce", net.n_out)
    k = 3
    ours0, state = initial_states(net)
    net.gradients(x, y, mask, states=ours0, truncate=k)
    count = float(mask.sum())
    for s in range(0, T, k):
        out, state = rnn(torch.from_numpy(x[s:s + k]), state)
        torch_loss("bce", lin(out), y[s:s + k], mask[s:s + k], count).backward()
        state = tuple(v.detach() for v in state) if isinstance(state, tuple) else state.detach()
    theirs, ours = torch_grads(rnn, lin), expected_torch_grads(net)
    for key in theirs:
        close(ours[key], theirs[key], f"gradient of {key}")


@pytest.mark.parametrize("layers", [1, 2])
@pytest.mark.parametrize(("cell", "activation"), VARIANTS, ids=IDS)
def test_round_trip_through_pytorch(cell, activation, layers):
    """export -> PyTorch -> state_dict() -> import: the same predictions, also after
    PyTorch has trained the weights (and so made both bias vectors non-zero)."""
    net = make_net(cell, activation, layers, "bce")
    rnn, lin = torch_model(net)
    x, y, mask = data("bce", net.n_out)

    def torch_sd():
        sd = {k: v.clone() for k, v in rnn.state_dict().items()}
        sd.update({f"head.{k}": v.clone() for k, v in lin.state_dict().items()})
        return sd

    back = make_net(cell, activation, layers, "bce", seed=11)
    load_state_dict(back, torch_sd())
    np.testing.assert_array_equal(back.predict(x), net.predict(x))

    params = [*rnn.parameters(), *lin.parameters()]
    for _ in range(3):  # plain SGD by hand (torch.optim's first import is slow)
        for p in params:
            p.grad = None
        z = lin(rnn(torch.from_numpy(x))[0])
        torch_loss("bce", z, y, mask, float(mask.sum())).backward()
        with torch.no_grad():
            for p in params:
                p -= 0.1 * p.grad
    assert rnn.state_dict()["bias_hh_l0"].abs().sum() > 0
    load_state_dict(back, torch_sd())
    with torch.no_grad():
        want = torch.sigmoid(lin(rnn(torch.from_numpy(x))[0])).numpy()
    close(back.predict(x), want, "predictions after training in PyTorch")
    assert not np.allclose(back.predict(x), net.predict(x))
