"""Engine speed: milliseconds per training update, against PyTorch on the same work.

    python tests/bench/engine.py [--threads 1] [--cells elman,lstm] [--sizes a1,a]
                                 [--repeats 7] [--no-torch] [--no-adder] [--json]
                                 [--sweep T,H] [--sweep-cells lstm,gru]

One update = forward + exact BPTT + global-norm clipping + an Adam step, float32, on a
fixed batch (data generation is not timed). Our side uses the Network API directly
(``net.gradients`` + ``clip`` + ``Optimizer.step``); PyTorch's side is
``nn.RNN/LSTM/GRU`` + ``nn.Linear`` + the same loss, ``clip_grad_norm_`` and
``torch.optim.Adam`` with default settings. The peephole LSTM has no PyTorch module,
so it is compared with a Python-loop cell, the way a PyTorch user would write it.
Engine and PyTorch repeats are interleaved and each figure is the median (or, with
``--stat best``, the best) of the repeats, so a noisy machine disturbs both alike.
Also times the headless adder run
(``rnnstudio train --task addition --cell elman --hidden 16 --until-metric 1.0``).

``--sweep T,H`` adds the sweeps of issue 13 (in 8, batch 32, bce 8 like size b): T from
8 to 512 at hidden 64, and hidden from 16 to 512 at T 32; goal engine / PyTorch <= 1.0
at every point. ``--sweep-only`` skips the size table and the adder run. ``--floor``
adds, at each sweep point, the matrix products alone that an update of the cell needs
(the per-step recurrent products forward and backward, the input projection, the weight
gradients and the head), once through NumPy's BLAS and once through PyTorch's: if our
products alone take longer than PyTorch's whole update, no elementwise code can meet the
goal at that point with this BLAS.

Thread counts must be fixed before NumPy loads its BLAS, so this script parses its
arguments first and sets OMP/OPENBLAS/MKL_NUM_THREADS before importing NumPy.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time
from collections import deque
from collections.abc import Callable
from pathlib import Path

SIZES = {
    # name: (n_in, hidden, T, batch, head, n_out)
    "a1": (2, 16, 8, 1, "bce", 1),  # the adder, one sequence per update
    "a": (2, 16, 8, 64, "bce", 1),  # the adder, batch 64
    "b": (8, 64, 32, 32, "bce", 8),
    "c": (64, 128, 64, 32, "softmax", 64),  # 64 classes, one-hot inputs
}
CELLS = ("elman", "lstm", "gru", "peephole")
# Goals from issue 2: engine time / PyTorch time (peephole: against the loop cell).
GOALS = {
    "elman": {"a1": 0.15, "a": 0.25, "b": 0.4, "c": 0.8},
    "lstm": {"a1": 0.2, "a": 0.5, "b": 1.3, "c": 1.6},
    "gru": {"a1": 0.2, "a": 0.5, "b": 1.3, "c": 1.6},
    "peephole": {"a1": 0.4, "a": 0.4, "b": 0.4, "c": 0.4},
}
ADDER_GOAL_S = 0.5
# Issue 13's sweeps: (n_in, hidden, T, batch, head, n_out) from one varied value.
SWEEPS = {
    "T": ((8, 16, 32, 64, 128, 256, 512), lambda v: (8, 64, v, 32, "bce", 8)),
    "H": ((16, 32, 64, 128, 256, 512), lambda v: (8, v, 32, 32, "bce", 8)),
}
SWEEP_GOAL = 1.0


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--threads", type=int, default=1,
                   help="BLAS/OpenMP threads for NumPy and PyTorch alike (default 1)")
    p.add_argument("--cells", default=",".join(CELLS), help="comma-separated cells")
    p.add_argument("--sizes", default=",".join(SIZES), help="comma-separated sizes")
    p.add_argument("--repeats", type=int, default=7, help="timed repeats per figure")
    p.add_argument("--repeat-time", type=float, default=0.08,
                   help="seconds one repeat aims to last (updates are batched to reach it)")
    p.add_argument("--clock", choices=("wall", "cpu"), default="wall",
                   help="wall: elapsed time (default); cpu: this process's CPU time, steadier "
                        "on a machine shared with other work")
    p.add_argument("--stat", choices=("median", "best"), default="median",
                   help="figure of the repeats: median (default) or best, the steadier "
                        "one on a loaded machine")
    p.add_argument("--no-torch", action="store_true", help="skip PyTorch even if installed")
    p.add_argument("--no-adder", action="store_true", help="skip the adder end-to-end run")
    p.add_argument("--seeds", type=int, default=5, help="seeds for the adder run")
    p.add_argument("--json", action="store_true", help="also print all figures as JSON")
    p.add_argument("--sweep", default="", help="comma-separated sweeps to run: T, H")
    p.add_argument("--sweep-cells", default="lstm,gru", help="cells of the sweeps")
    p.add_argument("--sweep-only", action="store_true",
                   help="only the sweeps (no size table, no adder run)")
    p.add_argument("--floor", action="store_true",
                   help="also time the sweeps' matrix products alone, NumPy and PyTorch")
    args = p.parse_args(argv)
    args.cells = [c for c in args.cells.split(",") if c]
    args.sizes = [s for s in args.sizes.split(",") if s]
    args.sweep = [s for s in args.sweep.split(",") if s]
    args.sweep_cells = [c for c in args.sweep_cells.split(",") if c]
    for s in args.sweep:
        if s not in SWEEPS:
            p.error(f"--sweep: {s!r}; expected some of {', '.join(SWEEPS)}")
    for c in args.sweep_cells:
        if c not in CELLS:
            p.error(f"--sweep-cells: {c!r}; expected some of {', '.join(CELLS)}")
    if args.sweep_only:
        args.sizes, args.no_adder = [], True
    for c in args.cells:
        if c not in CELLS:
            p.error(f"--cells: {c!r}; expected some of {', '.join(CELLS)}")
    for s in args.sizes:
        if s not in SIZES:
            p.error(f"--sizes: {s!r}; expected some of {', '.join(SIZES)}")
    if args.threads < 1 or args.repeats < 1:
        p.error("--threads and --repeats must be at least 1")
    return args


ARGS = parse_args() if __name__ == "__main__" else None
if ARGS is not None:  # before NumPy is imported
    for var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
        os.environ[var] = str(ARGS.threads)

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

import numpy as np  # noqa: E402

from rnnstudio.engine.config import Config  # noqa: E402
from rnnstudio.engine.model import Network  # noqa: E402
from rnnstudio.engine.optimizers import Optimizer, clip  # noqa: E402
from rnnstudio.runtime import tune_allocator  # noqa: E402

try:
    import torch
except ImportError:  # PyTorch is optional
    torch = None

try:
    from threadpoolctl import threadpool_info, threadpool_limits
except ImportError:
    threadpool_info = threadpool_limits = None


# ---------------------------------------------------------------------- data
def make_batch(size: str, rng: np.random.Generator):
    n_in, _, T, B, head, n_out = SIZES[size]
    if head == "softmax":
        x = np.zeros((T, B, n_in), dtype=np.float32)
        idx = rng.integers(0, n_in, size=(T, B))
        np.put_along_axis(x, idx[..., None], 1.0, axis=-1)
        y = rng.integers(0, n_out, size=(T, B))
    else:
        x = rng.integers(0, 2, size=(T, B, n_in)).astype(np.float32)
        y = rng.integers(0, 2, size=(T, B, n_out)).astype(np.float32)
    return x, y, np.ones((T, B), dtype=np.float32)


# -------------------------------------------------------------------- engine
def engine_update(cell: str, size: str) -> Callable[[], None]:
    n_in, hidden, _, _, head, n_out = SIZES[size]
    cfg = Config(cell=cell, hidden=hidden, dtype="float32", optimizer="adam", lr=1e-3,
                 clip_mode="norm", clip=5.0)
    net = Network(cfg, n_in, n_out, head, np.random.default_rng([0, 0]))
    opt = Optimizer("adam", 1e-3, net.flat.size, net.dtype)
    x, y, mask = make_batch(size, np.random.default_rng([0, 1]))

    def update() -> None:
        net.gradients(x, y, mask)
        clip(net.grad_flat, "norm", 5.0)
        opt.step(net.flat, net.grad_flat)

    return update


# ------------------------------------------------------------------- PyTorch
def torch_peephole_cls():
    nn = torch.nn

    class LoopPeepholeLSTM(nn.Module):
        """Greff et al.'s peephole LSTM as a PyTorch user writes it: a Python time loop."""

        def __init__(self, n_in: int, n_h: int):
            super().__init__()
            self.n_h = n_h
            self.ih = nn.Linear(n_in, 4 * n_h)
            self.hh = nn.Linear(n_h, 4 * n_h)
            self.p_i = nn.Parameter(torch.zeros(n_h))
            self.p_f = nn.Parameter(torch.zeros(n_h))
            self.p_o = nn.Parameter(torch.zeros(n_h))

        def forward(self, x):
            h = x.new_zeros(x.shape[1], self.n_h)
            c = x.new_zeros(x.shape[1], self.n_h)
            outs = []
            for t in range(x.shape[0]):
                i, f, g, o = (self.ih(x[t]) + self.hh(h)).chunk(4, dim=1)
                i = torch.sigmoid(i + self.p_i * c)
                f = torch.sigmoid(f + self.p_f * c)
                c = f * c + i * torch.tanh(g)
                o = torch.sigmoid(o + self.p_o * c)
                h = o * torch.tanh(c)
                outs.append(h)
            return torch.stack(outs), (h, c)

    return LoopPeepholeLSTM


def torch_update(cell: str, size: str) -> Callable[[], None]:
    n_in, hidden, _, _, head, n_out = SIZES[size]
    torch.manual_seed(0)
    if cell == "elman":
        rnn = torch.nn.RNN(n_in, hidden)
    elif cell == "lstm":
        rnn = torch.nn.LSTM(n_in, hidden)
    elif cell == "gru":
        rnn = torch.nn.GRU(n_in, hidden)
    else:
        rnn = torch_peephole_cls()(n_in, hidden)
    lin = torch.nn.Linear(hidden, n_out)
    params = [*rnn.parameters(), *lin.parameters()]
    opt = torch.optim.Adam(params, lr=1e-3)
    x, y, _ = make_batch(size, np.random.default_rng([0, 1]))
    xt, yt = torch.from_numpy(x), torch.from_numpy(y)
    F = torch.nn.functional

    def update() -> None:
        opt.zero_grad()
        z = lin(rnn(xt)[0])
        if head == "softmax":
            loss = F.cross_entropy(z.reshape(-1, n_out), yt.reshape(-1))
        else:
            loss = F.binary_cross_entropy_with_logits(z, yt)
        loss.backward()
        torch.nn.utils.clip_grad_norm_(params, 5.0)
        opt.step()

    return update


# -------------------------------------------------------------------- timing
CLOCK: Callable[[], float] = time.perf_counter
STAT = "median"


def calibrate(fn: Callable[[], None], target: float) -> int:
    """Warm up, then the number of calls one repeat needs to last about `target` s."""
    for _ in range(3):
        fn()
    n, elapsed = 1, 0.0
    while True:
        t0 = CLOCK()
        for _ in range(n):
            fn()
        elapsed = CLOCK() - t0
        if elapsed >= target / 4 or n >= 1 << 14:
            break
        n *= 2
    return max(1, int(n * target / max(elapsed, 1e-9)))


def time_interleaved(fns: dict[str, Callable[[], None]], repeats: int,
                     target: float) -> dict[str, float]:
    """Seconds per call of each function (median or best, --stat), repeats taken in turn."""
    counts = {k: calibrate(f, target) for k, f in fns.items()}
    times: dict[str, list[float]] = {k: [] for k in fns}
    for _ in range(repeats):
        for k, f in fns.items():
            n = counts[k]
            t0 = CLOCK()
            for _ in range(n):
                f()
            times[k].append((CLOCK() - t0) / n)
    stat = min if STAT == "best" else statistics.median
    return {k: stat(v) for k, v in times.items()}


# --------------------------------------------------------------------- adder
def adder_run(seed: int) -> dict:
    """What `rnnstudio train --task addition --cell elman --hidden 16 --until-metric 1.0
    --json` does (CLI defaults otherwise); `seconds` is measured the same way."""
    from rnnstudio.engine.trainer import Trainer

    cfg = Config(task="addition", cell="elman", hidden=16, until_metric=1.0, seed=seed)
    trainer = Trainer(cfg)
    snap = deque(trainer.run(), maxlen=1)[0]  # the last snapshot
    return {"seed": seed, "seconds": snap.elapsed, "steps": snap.step, "status": snap.status,
            "metric": snap.metric}


# -------------------------------------------------------------------- floor
def products(cell: str, size: str, lib: str) -> Callable[[], None]:
    """The matrix products one update of ``cell`` needs at ``size``, nothing else: T
    recurrent products forward, (B, H) (H, kH), and T backward, (B, kH) (kH, H), with k gate
    blocks; the input projection and [dW_x; db] over all steps; dW_h; the head's three.
    ``lib`` "numpy" (its BLAS, as the engine calls it; each per-step product in the quicker
    of two layouts) or "torch" (PyTorch's)."""
    from rnnstudio.engine.cells import registry

    n_in, H, T, B, _, n_out = SIZES[size]
    info = registry.info(cell)
    k = info.torch.blocks if info.torch is not None else 4
    rng = np.random.default_rng(0)

    def m(*shape):
        a = rng.standard_normal(shape).astype(np.float32)
        return torch.from_numpy(a) if lib == "torch" else a

    W_h, W_x, W_hy = m(H, k * H), m(n_in + 1, k * H), m(H, n_out)
    h, da, a, dh = m(B, H), m(B, k * H), m(B, k * H), m(B, H)
    xb, A, hs, dA = m(T * B, n_in + 1), m(T * B, k * H), m(T * B, H), m(T * B, k * H)
    z, dW, dWb, dWy, dz, dhs = (m(T * B, n_out), m(H, k * H), m(n_in + 1, k * H),
                                m(H, n_out), m(T * B, n_out), m(T * B, H))
    mm = torch.mm if lib == "torch" else np.dot
    W_h_T = W_h.T.contiguous() if lib == "torch" else np.ascontiguousarray(W_h.T)
    step_fwd = lambda: mm(h, W_h, out=a)  # noqa: E731
    step_bwd = lambda: mm(da, W_h_T, out=dh)  # noqa: E731
    if lib == "numpy":  # the quicker of one product and k gate-block products, as the
        # engine multiplies block by block where OpenBLAS is quicker so (lstm.py, gru.py)
        W_blocks = np.ascontiguousarray(W_h.reshape(H, k, H).transpose(1, 0, 2))
        W_T_blocks = np.ascontiguousarray(W_h_T.reshape(k, H, H))
        a_k, parts, da_k = m(k, B, H), m(k, B, H), m(k, B, H)

        def bwd_blocks():
            np.matmul(da_k, W_T_blocks, out=parts)
            np.add.reduce(parts, axis=0, out=dh)

        step_fwd = quicker(step_fwd, lambda: np.matmul(h, W_blocks, out=a_k))
        step_bwd = quicker(step_bwd, bwd_blocks)

    def run() -> None:
        mm(xb, W_x, out=A)
        for _ in range(T):
            step_fwd()
        mm(hs, W_hy, out=z)
        mm(hs.T, dz, out=dWy)
        mm(dz, W_hy.T, out=dhs)
        for _ in range(T):
            step_bwd()
        mm(hs.T, dA, out=dW)
        mm(xb.T, dA, out=dWb)

    return run


def quicker(f: Callable[[], object], g: Callable[[], object]) -> Callable[[], object]:
    """Whichever of f and g takes less time (best of 5 runs of 50 calls each)."""
    def best(fn):
        runs = []
        for _ in range(5):
            t0 = time.perf_counter()
            for _ in range(50):
                fn()
            runs.append(time.perf_counter() - t0)
        return min(runs)
    return f if best(f) <= best(g) else g


# -------------------------------------------------------------------- sweeps
def run_sweeps(args: argparse.Namespace, use_torch: bool) -> list[dict]:
    """Issue 13's T and H sweeps: one row per point, engine / PyTorch per cell."""
    rows: list[dict] = []
    floors: list[tuple[str, int, dict[str, float]]] = []
    cells = args.sweep_cells
    for name in args.sweep:
        values, shape = SWEEPS[name]
        fixed = "hidden 64" if name == "T" else "T 32"
        print(f"\n{name} sweep (in 8, {fixed}, batch 32, bce 8): engine ms / torch ms = ratio"
              f" (goal <= {SWEEP_GOAL})")
        header = f"{name:>5}" + "".join(f"{c:>28}" for c in cells)
        print(header + "\n" + "-" * len(header))
        for v in values:
            size = f"{name}={v}"
            SIZES[size] = shape(v)
            line = f"{v:>5}"
            for cell in cells:
                fns = {"engine": engine_update(cell, size)}
                if use_torch:
                    fns["torch"] = torch_update(cell, size)
                if args.floor:
                    fns["products"] = products(cell, size, "numpy")
                    if use_torch:
                        fns["torch products"] = products(cell, size, "torch")
                t = time_interleaved(fns, args.repeats, args.repeat_time)
                ratio = t["engine"] / t["torch"] if "torch" in t else None
                row = {"sweep": name, "value": v, "cell": cell,
                       "engine_ms": t["engine"] * 1e3,
                       "torch_ms": t["torch"] * 1e3 if "torch" in t else None,
                       "ratio": ratio, "goal": SWEEP_GOAL,
                       "met": None if ratio is None else ratio <= SWEEP_GOAL}
                cellf = (f"{fmt_ms(t['engine'])}/{fmt_ms(t.get('torch'))}="
                         + ("-" if ratio is None else f"{ratio:.3f}")
                         + ("" if ratio is None or ratio <= SWEEP_GOAL else "!"))
                line += f"{cellf:>28}"
                if args.floor:
                    row["products_ms"] = t["products"] * 1e3
                    row["torch_products_ms"] = (t["torch products"] * 1e3
                                                if "torch products" in t else None)
                    floors.append((cell, v, t))
                rows.append(row)
            print(line, flush=True)
        if floors:
            print_floor(name, floors, use_torch)
            floors.clear()
    if rows and use_torch:
        missed = [f"{r['cell']} {r['sweep']}={r['value']}" for r in rows if not r["met"]]
        print("sweep goal " + ("met at every point" if not missed else
                               "NOT met at: " + ", ".join(missed)) + " (! marks a miss)")
    return rows


def print_floor(name: str, floors: list[tuple[str, int, dict[str, float]]],
                use_torch: bool) -> None:
    """The --floor table of one sweep: the products alone against the whole updates."""
    print(f"\n{name} sweep, matrix products alone (--floor): NumPy's BLAS ms, PyTorch's ms;"
          " floor = NumPy products / PyTorch's whole update (> 1: the goal is out of reach"
          " with this BLAS)")
    head = (f"{'cell':<6}{name:>5}{'numpy':>9}{'torch':>9}{'blas ratio':>12}"
            f"{'floor':>8}{'rest ms':>9}")
    print(head + "\n" + "-" * len(head))
    for cell, v, t in floors:
        tp = t.get("torch products")
        floor = t["products"] / t["torch"] if use_torch else None
        print(f"{cell:<6}{v:>5}{fmt_ms(t['products']):>9}{fmt_ms(tp):>9}"
              + (f"{t['products'] / tp:>12.2f}{floor:>8.2f}" if tp else f"{'-':>12}{'-':>8}")
              + f"{fmt_ms(t['engine'] - t['products']):>9}")
    print("rest = the engine's update minus its products: elementwise work, NumPy's per-call"
          " costs, Python")


# ---------------------------------------------------------------------- main
def environment(threads: int) -> dict:
    env = {
        "python": sys.version.split()[0],
        "numpy": np.__version__,
        "torch": torch.__version__ if torch is not None else None,
        "threads": threads,
        "clock": "cpu" if CLOCK is time.process_time else "wall",
        "OPENBLAS_CORETYPE": os.environ.get("OPENBLAS_CORETYPE", "unset"),
        "OPENBLAS_L2_SIZE": os.environ.get("OPENBLAS_L2_SIZE", "unset"),
        "cpus": os.cpu_count(),
    }
    if threadpool_info is not None:
        env["pools"] = [
            f"{p.get('internal_api')} {p.get('version') or ''} {p.get('architecture') or ''} "
            f"x{p.get('num_threads')}".replace("  ", " ")
            for p in threadpool_info()]
    return env


def fmt_ms(s: float | None) -> str:
    return "-" if s is None else (f"{s * 1e3:.3f}" if s < 0.01 else f"{s * 1e3:.2f}")


def main() -> int:
    global CLOCK, STAT
    args = ARGS or parse_args()
    STAT = args.stat
    CLOCK = time.process_time if args.clock == "cpu" else time.perf_counter
    tune_allocator()  # as the app and `rnnstudio train` do
    if threadpool_limits is not None:
        threadpool_limits(limits=args.threads)
    use_torch = torch is not None and not args.no_torch
    if use_torch:
        torch.set_num_threads(args.threads)
    env = environment(args.threads)
    print(f"RNN Studio engine benchmark: ms per training update (forward + BPTT + clip + Adam),"
          f" float32, {args.clock} clock, {args.stat} of {args.repeats} interleaved repeats")
    print("  " + ", ".join(f"{k} {v}" for k, v in env.items() if k != "pools"))
    for pool in env.get("pools", []):
        print(f"  thread pool: {pool}")
    if torch is None:
        print("  PyTorch is not installed: engine figures only")

    rows = []
    header = (f"{'cell':<9}{'size':<5}{'engine ms':>11}{'torch ms':>11}{'ratio':>8}"
              f"{'goal':>7}  met")
    if args.sizes:
        print("\n" + header + "\n" + "-" * len(header))
    for size in args.sizes:
        for cell in args.cells:
            fns = {"engine": engine_update(cell, size)}
            if use_torch:
                fns["torch"] = torch_update(cell, size)
            t = time_interleaved(fns, args.repeats, args.repeat_time)
            ratio = t["engine"] / t["torch"] if "torch" in t else None
            goal = GOALS[cell][size]
            met = None if ratio is None else ratio <= goal
            rows.append({"cell": cell, "size": size, "engine_ms": t["engine"] * 1e3,
                         "torch_ms": t["torch"] * 1e3 if "torch" in t else None,
                         "ratio": ratio, "goal": goal, "met": met})
            ratio_s = "-" if ratio is None else f"{ratio:.3f}"
            met_s = "-" if met is None else ("yes" if met else "NO")
            label = f"{cell}*" if cell == "peephole" and use_torch else cell
            print(f"{label:<9}{size:<5}{fmt_ms(t['engine']):>11}{fmt_ms(t.get('torch')):>11}"
                  f"{ratio_s:>8}{goal:>7.2f}  {met_s}", flush=True)
    if use_torch and "peephole" in args.cells:
        print("* peephole: PyTorch side is a Python-loop cell (no built-in module)")
    if args.sizes:
        print("sizes: a1 = adder (in 2, hidden 16, T 8, batch 1, bce); a = same, batch 64; "
              "b = in 8, hidden 64, T 32, batch 32, bce 8; c = 64 classes softmax, hidden 128, "
              "T 64, batch 32")

    sweeps = run_sweeps(args, use_torch)

    adder = None
    if not args.no_adder:
        runs = [adder_run(seed) for seed in range(args.seeds)]
        secs = statistics.median(r["seconds"] for r in runs)
        adder = {"median_seconds": secs, "goal_seconds": ADDER_GOAL_S,
                 "met": secs < ADDER_GOAL_S, "runs": runs}
        print("\nAdder end to end (rnnstudio train --task addition --cell elman --hidden 16 "
              "--until-metric 1.0), wall-clock seconds like its JSON 'seconds':")
        for r in runs:
            print(f"  seed {r['seed']}: {r['seconds']:.3f} s, {r['steps']} updates, "
                  f"{r['status']}, whole-sum accuracy {r['metric']:.3f}")
        print(f"  median {secs:.3f} s (goal < {ADDER_GOAL_S} s): "
              f"{'met' if adder['met'] else 'NOT met'}")
    if args.json:
        print(json.dumps({"environment": env, "updates": rows, "sweeps": sweeps,
                          "adder": adder}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
