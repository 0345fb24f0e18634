"""Why gradients vanish or explode: the mechanism, computed on the learner's own model.

Everything here works on a float64 copy of a network's weights (never the live one)
and goes through each cell's own ``forward``/``backward`` (cells/base.py), so it is
generic over the cells. The few facts that truly differ from cell to cell are in one
table, each cell descriptor's ``recurrent_matrix`` (cells/registry.py).

Step Jacobians. For one layer with state h_t (and c_t), J_t = ∂h_t/∂h_{t-1}; the
gradient reaching step k from step T goes through the product
∂h_T/∂h_k = J_T J_{T-1} ... J_{k+1}. For Elman, J_t = diag(φ'(a_t)) W_hh^T, so
‖∂h_T/∂h_k‖ ≤ (γ σ_max)^(T-k) with γ = max φ' (1 for tanh and ReLU, 1/4 for sigmoid)
and σ_max the largest singular value of W_hh: σ_max < 1/γ guarantees vanishing;
σ_max > 1/γ is necessary (not sufficient) for explosion (Pascanu et al. 2013).

Shapes: x (T, B, n_in), hidden sequences (T, B, n); k and t count steps 1..T and sit
at index k - 1, t - 1 of every array returned.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import Any

import numpy as np

from .cells import registry
from .cells.base import Array, Cell, zeros_state
from .losses import loss_and_grad, predict
from .model import Network
from .optimizers import Optimizer, clip

# cell name -> (its recurrent weight matrix, the block of it that drives the candidate
# state, or None when the matrix is one block). The square block is the one whose
# spectrum is shown; the (σ_max γ)^(T-k) bound holds for cells without gates.
# γ = max φ'(a) of the activation that makes the candidate state (gated cells: tanh)
GAMMA = {"tanh": 1.0, "relu": 1.0, "sigmoid": 0.25}
LOW, HIGH = 0.1, 0.9  # a gate below LOW is shut, above HIGH open (Karpathy et al. 2015)
FD_EPS = 1e-5  # central differences, in float64


# ------------------------------------------------------------------ helpers
def params64(net: Network) -> list[dict[str, Array]]:
    """Every layer's parameters as float64 copies (the mechanism never touches the net)."""
    return [{k: np.array(v, dtype=np.float64) for k, v in p.items()} for p in net.layer_params]


def recurrent_block(cell: Cell, params: dict[str, Array]) -> tuple[str, Array]:
    """(parameter name, square (n, n) recurrent matrix) of one layer, as the cell's
    descriptor names it (``recurrent_matrix``)."""
    name, block = registry.info(cell.name).recurrent_matrix
    W = params[name]
    n = W.shape[0]
    if block is None:
        return name, W[:, :n]
    k = cell.gate_names.index(block)
    return name, W[:, k * n:(k + 1) * n]


def gamma(cell: Cell) -> float:
    """max φ' of the activation making the candidate state."""
    return GAMMA[getattr(cell, "activation", "tanh")]


def has_bound(cell: Cell) -> bool:
    """Whether h_t = φ(x_t W + h_{t-1} W_hh + b) exactly (no gates): the bound holds."""
    return not cell.gate_names and tuple(cell.state_names) == ("h",)


def _zeros(cell: Cell, batch: int, n: int) -> tuple[Array, ...]:
    return zeros_state(tuple(cell.state_names), batch, n, np.float64)


def layer_inputs(net: Network, params: list[dict[str, Array]], x: Array) -> list[Array]:
    """The input sequence of every layer (x, then each layer's hidden states)."""
    inp = np.asarray(x, dtype=np.float64)
    out = []
    for cell, p in zip(net.cells, params, strict=True):
        out.append(inp)
        h, _ = cell.forward(inp, _zeros(cell, inp.shape[1], net.n_h), p)
        inp = np.array(h, copy=True)
    return out


def batches(trainer: Any, size: int = 8) -> tuple[Any, Any]:
    """(probe, batch): the first ``size`` held-out sequences (for Jacobians and gates)
    and the batch the trainer's next update will use (for contributions and the loss
    slice; its data stream is copied, not advanced), both as tasks.Batch."""
    import copy

    probe = trainer.task.heldout().take(slice(0, size))
    nxt = trainer.task.batch(copy.deepcopy(trainer.data_rng), trainer.config.batch)
    return probe, nxt


def _check_layer(net: Network, layer: int) -> None:
    if not 0 <= layer < len(net.cells):
        raise ValueError(f"layer: {layer}; expected 0..{len(net.cells) - 1}")


# ------------------------------------------------------------------ Jacobians
def h_jacobians(cell: Cell, p: dict[str, Array], X: Array) -> Array:
    """(T, B, n, n): J[k-1, b] = ∂h_T/∂h_k of sequence b (other state, e.g. c_k, held).

    Exact, through the cell's own backward: the batch is replicated n times and copy j
    is seeded with dL/dh_T = e_j, so its dh_total[k-1] is row j of ∂h_T/∂h_k."""
    T, B, _ = X.shape
    n = p[registry.info(cell.name).recurrent_matrix[0]].shape[0]
    Xr = np.tile(X, (1, n, 1))  # copy j of sequence b at j * B + b
    _, cache = cell.forward(Xr, _zeros(cell, n * B, n), p)
    dh = np.zeros((T, n * B, n))
    seed = dh[T - 1].reshape(n, B, n)
    seed[np.arange(n), :, np.arange(n)] = 1.0
    cell.backward(dh, cache, need_dx=False)
    D = np.asarray(cache["dh_total"]).reshape(T, n, B, n)  # D[k, j, b, i]
    return D.transpose(0, 2, 1, 3).copy()


def state_step_jacobians(cell: Cell, p: dict[str, Array], X: Array) -> Array:
    """(T, B, S, S), S = n * len(state_names): the Jacobian of the whole state
    (h_t, c_t, ...) with respect to (h_{t-1}, c_{t-1}, ...) at every step, by central
    differences of one-step forwards in float64 (error ~1e-10). The cells expose no
    gradient with respect to a cell state seed, so this is how ∂c_T/∂c_k is reached."""
    T, B, _ = X.shape
    names = tuple(cell.state_names)
    n = p[registry.info(cell.name).recurrent_matrix[0]].shape[0]
    S = n * len(names)
    _, cache = cell.forward(X, _zeros(cell, B, n), p)
    inner = cell.internals(cache)
    seqs = [np.concatenate([np.zeros((1, B, n)), np.asarray(inner[s])]) for s in names]
    full = np.concatenate(seqs, axis=2)  # (T + 1, B, S): the state before/after each step
    J = np.empty((T, B, S, S))
    eye = np.eye(S) * FD_EPS
    for t in range(T):
        s0 = full[t]  # (B, S)
        pert = np.concatenate([s0[None] + eye[:, None], s0[None] - eye[:, None]])  # (2S, B, S)
        pert = pert.reshape(2 * S * B, S)
        state0 = tuple(pert[:, i * n:(i + 1) * n].copy() for i in range(len(names)))
        xt = np.tile(X[t:t + 1], (1, 2 * S, 1))
        _, c1 = cell.forward(xt, state0, p)
        out = np.concatenate(c1["state"], axis=1).reshape(2, S, B, S)  # [±, col, b, row]
        J[t] = ((out[0] - out[1]) / (2 * FD_EPS)).transpose(1, 2, 0)  # [b, row, col]
    return J


def jacobian(net: Network, x: Array, layer: int = 0, cell_batch: int = 4) -> dict[str, Any]:
    """‖∂h_T/∂h_k‖ (spectral norm, mean over the probe batch) for k = 1..T, for cells
    with a cell state also ‖∂c_T/∂c_k‖ (mean over the first ``cell_batch`` sequences:
    the whole-state Jacobians cost (2 n)^2 forward steps a sequence); the recurrent
    matrix's spectrum, γ and the Elman bound (σ_max γ)^(T-k) (None for gated cells)."""
    _check_layer(net, layer)
    params = params64(net)
    X = layer_inputs(net, params, x)[layer]
    cell, p = net.cells[layer], params[layer]
    T = X.shape[0]
    with np.errstate(all="ignore"):
        J = h_jacobians(cell, p, X)
        norms = np.linalg.svd(J, compute_uv=False)[..., 0].mean(axis=1)
        cell_norms = None
        if "c" in cell.state_names:
            n = J.shape[-1]
            i = tuple(cell.state_names).index("c")
            Js = state_step_jacobians(cell, p, X[:, :cell_batch])  # (T, B, S, S)
            prod = np.broadcast_to(np.eye(Js.shape[-1]), Js.shape[1:]).copy()
            cc = np.empty(T)
            for k in range(T, 0, -1):  # prod = ∂s_T/∂s_k
                block = prod[:, i * n:(i + 1) * n, i * n:(i + 1) * n]
                cc[k - 1] = np.linalg.svd(block, compute_uv=False)[..., 0].mean()
                if k > 1:
                    prod = prod @ Js[k - 1]
            cell_norms = cc
    name, W = recurrent_block(cell, p)
    sv = np.linalg.svd(W, compute_uv=False)
    eig = np.linalg.eigvals(W)
    g = gamma(cell)
    ks = np.arange(1, T + 1)
    bound = (sv[0] * g) ** (T - ks) if has_bound(cell) else None
    return {
        "layer": layer,
        "T": int(T),
        "matrix": name,
        "jacobian_norms": norms,
        "cell_jacobian_norms": cell_norms,
        "singular_values": sv,
        "eigenvalues": eig,
        "sigma_max": float(sv[0]),
        "spectral_radius": float(np.abs(eig).max()),
        "gamma": g,
        "bound": bound,
    }


# ------------------------------------------------------------ contributions
def _forward_stack(net: Network, params: list[dict[str, Array]], x: Array
                   ) -> tuple[Array, list[dict], Array]:
    inp = np.asarray(x, dtype=np.float64)
    caches = []
    for cell, p in zip(net.cells, params, strict=True):
        inp, cache = cell.forward(inp, _zeros(cell, inp.shape[1], net.n_h), p)
        caches.append(cache)
    W_hy = np.asarray(net.params["W_hy"], dtype=np.float64)
    z = inp @ W_hy + np.asarray(net.params["b_y"], dtype=np.float64)
    return z, caches, W_hy


def _backward_stack(net: Network, caches: list[dict], dh: Array, need_dx: bool = False
                    ) -> tuple[list[Array], Array | None]:
    """Every layer's total dL/dh_t (copies) and dL/dx, from dL/dh of the top layer."""
    L = len(net.cells)
    totals: list[Array] = [np.empty(0)] * L
    dx = None
    for l in range(L - 1, -1, -1):
        _, dh, _ = net.cells[l].backward(dh, caches[l], need_dx=l > 0 or need_dx)
        totals[l] = np.array(caches[l]["dh_total"], copy=True)
        if l == 0:
            dx = None if dh is None else np.array(dh, copy=True)
    return totals, dx


def _output_jacobian(head: str, z: Array) -> Array:
    """(T, B, n_out, n_out): J[..., o, :] = ∂y_o/∂z of the head's outputs y."""
    y = predict(head, z.copy())
    n = z.shape[-1]
    if head in ("bce", "mse_bits"):
        return np.eye(n) * (y * (1.0 - y))[..., None, :]
    if head == "softmax":
        return np.eye(n) * y[..., None, :] - y[..., :, None] * y[..., None, :]
    return np.broadcast_to(np.eye(n), z.shape + (n,)).copy()


def contributions(net: Network, x: Array, y: Array, mask: Array, layer: int = 0,
                  connectivity_batch: int = 4) -> dict[str, Any]:
    """C[t-1, k-1] = ‖∂L_t/∂h_k‖ (over batch and units; 0 for k > t), L_t the loss of
    output step t, so that Σ_t ∂L_t/∂h_k = ∂L/∂h_k (the gradient flow, full BPTT);
    and ‖∂y_t/∂x_k‖ (Frobenius norm per sequence, mean over up to
    ``connectivity_batch`` sequences; None if that is 0).

    Exact, through the cells' own backward: the batch is replicated once per output
    step t, copy t scored only at step t (with the whole batch's divisor)."""
    _check_layer(net, layer)
    params = params64(net)
    x = np.asarray(x, dtype=np.float64)
    T, B, _ = x.shape
    mask = np.asarray(mask, dtype=np.float64)
    count = float(mask.sum())
    rep = lambda a: np.concatenate([a] * T, axis=1)  # noqa: E731 (copy t at t * B + b)
    z, caches, W_hy = _forward_stack(net, params, rep(x))
    mask_r = np.zeros((T, T * B))
    for t in range(T):
        mask_r[t, t * B:(t + 1) * B] = mask[t]
    y_r = rep(np.asarray(y)) if net.head == "softmax" else rep(np.asarray(y, dtype=np.float64))
    _, dz = loss_and_grad(net.head, z, y_r, mask_r, count)
    totals, _ = _backward_stack(net, caches, dz @ W_hy.T)
    D = totals[layer].reshape(T, T, B, -1)  # D[k, t, b, i] = ∂L_t/∂h_k[b, i]
    C = np.sqrt(np.einsum("ktbi,ktbi->tk", D, D))
    C[np.triu_indices(T, 1)] = 0.0  # exactly zero: the future cannot change the past
    out = {"T": int(T), "layer": layer, "contributions": C, "input_connectivity": None,
           "flow_sum": D.sum(axis=1)}  # Σ_t ∂L_t/∂h_k: (T, B, n), equals ∂L/∂h_k
    if connectivity_batch <= 0:
        return out

    # ‖∂y_t/∂x_k‖: copies (t, o, b), seeded with ∂y_o/∂z at step t
    n_out = net.n_out
    Bc = max(1, min(B, connectivity_batch, 4096 // max(1, T * n_out)))
    xc = x[:, :Bc]
    R = T * n_out
    zc, caches_c, _ = _forward_stack(net, params, np.concatenate([xc] * R, axis=1))
    Jy = _output_jacobian(net.head, zc[:, :Bc])  # (T, Bc, n_out, n_out), same for all copies
    dz_c = np.zeros((T, R, Bc, n_out))
    for t in range(T):
        dz_c[t, t * n_out:(t + 1) * n_out] = Jy[t].transpose(1, 0, 2)  # [o, b, :]
    _, dx = _backward_stack(net, caches_c, dz_c.reshape(T, R * Bc, n_out) @ W_hy.T,
                            need_dx=True)
    dx = dx.reshape(T, T, n_out, Bc, -1)  # [k, t, o, b, input]
    conn = np.sqrt(np.einsum("ktobi,ktobi->tkb", dx, dx)).mean(axis=2)
    conn[np.triu_indices(T, 1)] = 0.0
    out["input_connectivity"] = conn
    return out


def contributions_cost(net: Network, T: int, batch: int) -> int:
    """Numbers :func:`contributions` holds at once for one layer (the T-fold replicated
    batch's ∂L_t/∂h_k), to decide whether it is affordable."""
    return T * T * batch * net.n_h


def reach_back(C: Array, t: int, fraction: float = 0.01) -> int:
    """How many steps back output step t (from 1) still depends on: t - k for the
    earliest k with C[t-1, k-1] ≥ ``fraction`` of that row's largest value (0 if the
    row is all zero or not finite)."""
    row = np.asarray(C, dtype=np.float64)[t - 1, :t]
    top = row.max() if row.size and np.isfinite(row).all() else 0.0
    if top <= 0:
        return 0
    return int(t - 1 - np.flatnonzero(row >= fraction * top)[0])


# ---------------------------------------------------------------- saturation
def gate_blocks(cell: Cell) -> tuple[str, ...]:
    """The cell's sigmoid gates (its gate_names without the tanh candidate blocks)."""
    tanh = registry.info(cell.name).tanh_gates
    return tuple(g for g in cell.gate_names if g not in tanh)


def saturation(net: Network, x: Array, layer: int = 0) -> dict[str, dict[str, Array]] | None:
    """Per gate and unit: the fraction of (step, sequence) positions with the gate
    < 0.1 ("left", shut) and > 0.9 ("right", open). None for a cell without gates."""
    _check_layer(net, layer)
    cell = net.cells[layer]
    gates = gate_blocks(cell)
    if not gates:
        return None
    params = params64(net)
    X = layer_inputs(net, params, x)[layer]
    _, cache = cell.forward(X, _zeros(cell, X.shape[1], net.n_h), params[layer])
    inner = cell.internals(cache)
    out = {}
    for g in gates:
        a = np.asarray(inner[g])  # (T, B, n)
        out[g] = {"left": (a < LOW).mean(axis=(0, 1)), "right": (a > HIGH).mean(axis=(0, 1))}
    return out


# ----------------------------------------------------------------- landscape
def batch_loss(net: Network, flat: Array, x: Array, y: Array, mask: Array) -> float:
    """The loss of ``net``'s architecture with weights ``flat`` on one batch (net untouched)."""
    probe = _clone(net)
    probe.flat[...] = flat
    with np.errstate(all="ignore"):
        z, _ = probe.logits(np.asarray(x, dtype=probe.dtype))
        return loss_and_grad(net.head, z, y, mask)[0]


def _clone(net: Network) -> Network:
    cfg = replace(net.cfg, dtype="float64")
    clone = Network(cfg, net.n_in, net.n_out, net.head, rng=np.random.default_rng(0))
    clone.flat[...] = net.flat
    return clone


def landscape(net: Network, x: Array, y: Array, mask: Array, *,
              path: Sequence[Array] = (), optimizer: Optimizer | None = None,
              clip_mode: str = "norm", clip_threshold: float = 1.0, n_alphas: int = 81,
              span: float | None = None, focus: float = 4.0, grid: int = 0, seed: int = 0
              ) -> dict[str, Any]:
    """The loss along u = -∇L/‖∇L‖ through the current weights w: L(w + α u).

    ``path``: earlier weight vectors (the optimizer's last steps), projected onto u:
    [α_i, L(w_i)] with α_i = (w_i - w)·u. ``optimizer`` (its state is copied, not
    changed): the next step from w with and without clipping, as α and the loss
    there. The α are denser near 0, where a cliff's wall is (``focus`` = 0: evenly
    spaced). ``grid > 0`` adds a grid × grid slice along u and a random unit direction
    v ⊥ u (``seed``): ``grid_loss[j, i]`` = L(w + α_i u + β_j v), with the path and the
    next steps projected on (u, v) as ``grid_path`` and ``grid_steps``."""
    probe = _clone(net)
    w0 = probe.flat.copy()
    with np.errstate(all="ignore"):
        res = probe.gradients(np.asarray(x, dtype=np.float64), y, mask)
    g = probe.grad_flat.copy()
    gnorm = float(np.sqrt(g @ g))
    u = -g / gnorm if gnorm > 0 else np.zeros_like(g)

    def loss_at(w: Array) -> float:
        return batch_loss(probe, w, x, y, mask)

    steps: dict[str, list[float]] = {}
    ends: dict[str, Array] = {}
    if optimizer is not None:
        for kind, mode in (("unclipped", "none"), ("clipped", clip_mode)):
            opt = Optimizer(optimizer.name, optimizer.lr, w0.size, np.float64)
            opt.load_state({k: np.asarray(v, dtype=np.float64) if k != "t" else v
                            for k, v in optimizer.state().items()})
            w, gk = w0.copy(), g.copy()
            clip(gk, mode, clip_threshold)
            opt.step(w, gk)
            steps[kind] = [float((w - w0) @ u), loss_at(w)]
            ends[kind] = w
    walked = [np.asarray(w, dtype=np.float64) for w in path]
    pts = [[float((w - w0) @ u), loss_at(w)] for w in walked]
    if span is None:
        reach = [abs(a) for a, _ in pts] + [abs(s[0]) for s in steps.values()]
        span = 1.5 * max(reach) if reach and max(reach) > 0 else 1.0
    alphas = _symmetric(span, n_alphas, focus)
    losses = np.array([loss_at(w0 + a * u) for a in alphas])
    out: dict[str, Any] = {"alphas": alphas, "loss": losses, "path": pts,
                           "loss0": float(res.loss), "grad_norm": gnorm, "steps": steps}
    if grid > 0:
        v = np.random.default_rng(seed).standard_normal(w0.size)
        v -= (v @ u) * u
        v /= np.sqrt(v @ v)
        betas = ga = _symmetric(span, grid)
        out["grid_alphas"], out["grid_betas"] = ga, betas
        out["grid_loss"] = np.array([[loss_at(w0 + a * u + b * v) for a in ga] for b in betas])
        out["grid_path"] = [[float((w - w0) @ u), float((w - w0) @ v)] for w in walked]
        out["grid_steps"] = {k: [float((w - w0) @ u), float((w - w0) @ v)]
                             for k, w in ends.items()}
    return out


def _symmetric(span: float, n: int, focus: float = 0.0) -> Array:
    """n points from -span to span, symmetric, with 0 exactly in the middle (n odd);
    ``focus`` > 0 spaces them as sinh(focus s) / sinh(focus), denser near 0."""
    s = np.linspace(0.0, 1.0, n // 2 + 1)
    if focus > 0:
        s = np.sinh(focus * s) / np.sinh(focus)
    half = span * s
    if n % 2:
        return np.concatenate([-half[:0:-1], half])
    return np.linspace(-span, span, n)


def one_unit(ws: Array, b: float = -2.5, T: int = 50, h0: float = 0.5,
             activation: str = "sigmoid") -> Array:
    """h_T of the one-unit RNN h_t = φ(w h_{t-1} + b) for every w in ``ws`` (Pascanu
    et al.'s bifurcation: h_T jumps where the fixed points appear or merge)."""
    from .cells.elman import PHI

    phi = PHI[activation]
    w = np.asarray(ws, dtype=np.float64)
    h = np.full_like(w, h0)
    for _ in range(T):
        h = phi(w * h + b)
    return h
