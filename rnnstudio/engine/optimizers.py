"""Optimizers and gradient clipping on one flat parameter vector.

    sgd       p <- p - lr g
    momentum  b <- mu b + g;                p <- p - lr b                   (mu = 0.9)
    rmsprop   s <- rho s + (1 - rho) g^2;   p <- p - lr g / (sqrt(s) + eps)  (rho = 0.9)

Momentum is PyTorch's form (``torch.optim.SGD(momentum=0.9)``): the buffer b holds
gradients, not steps, so a learning rate changed mid-run applies at once to the whole
step, exactly as in PyTorch. RMSprop's rho is 0.9 (Hinton's lecture value); PyTorch's
default ``alpha`` is 0.99.
    adam      m <- b1 m + (1 - b1) g;  v <- b2 v + (1 - b2) g^2
              p <- p - lr m_hat / (sqrt(v_hat) + eps)                        (0.9, 0.999)
"""

from __future__ import annotations

import math

import numpy as np

from .cells.base import Array

OPTIMIZERS = ("sgd", "momentum", "rmsprop", "adam")


class Optimizer:
    """Updates `params` in place from `grads` (both flat, same shape)."""

    def __init__(self, name: str, lr: float, size: int, dtype, *, momentum: float = 0.9,
                 rho: float = 0.9, beta1: float = 0.9, beta2: float = 0.999, eps: float = 1e-8):
        if name not in OPTIMIZERS:
            raise ValueError(f"optimizer: {name!r}; expected one of {', '.join(OPTIMIZERS)}")
        self.name, self.lr = name, float(lr)
        self.momentum, self.rho, self.beta1, self.beta2, self.eps = momentum, rho, beta1, beta2, eps
        self.t = 0
        self.m = np.zeros(size, dtype=dtype) if name != "sgd" else None
        self.v = np.zeros(size, dtype=dtype) if name == "adam" else None
        self._tmp = np.empty(size, dtype=dtype)
        # the fixed factors as 0-d arrays of the parameters' dtype (NumPy handles those
        # quicker than Python floats, which matters for small networks)
        self._k = {name: np.array(k, dtype=dtype) for name, k in (
            ("mu", momentum), ("rho", rho), ("1-rho", 1.0 - rho), ("b1", beta1),
            ("1-b1", 1.0 - beta1), ("b2", beta2), ("1-b2", 1.0 - beta2))}

    def step(self, params: Array, grads: Array) -> None:
        self.t += 1
        lr, tmp, k = self.lr, self._tmp, self._k
        if self.name == "sgd":
            np.multiply(grads, lr, out=tmp)
            params -= tmp
        elif self.name == "momentum":
            b = self.m
            b *= k["mu"]
            b += grads
            np.multiply(b, lr, out=tmp)
            params -= tmp
        elif self.name == "rmsprop":
            s = self.m
            s *= k["rho"]
            np.multiply(grads, grads, out=tmp)
            tmp *= k["1-rho"]
            s += tmp
            np.sqrt(s, out=tmp)
            tmp += self.eps
            np.divide(grads, tmp, out=tmp)
            tmp *= lr
            params -= tmp
        else:
            m, v = self.m, self.v
            m *= k["b1"]
            np.multiply(grads, k["1-b1"], out=tmp)
            m += tmp
            v *= k["b2"]
            np.multiply(grads, grads, out=tmp)
            tmp *= k["1-b2"]
            v += tmp
            # fold both bias corrections into the step size
            c2 = math.sqrt(1.0 - self.beta2 ** self.t)
            step = lr * c2 / (1.0 - self.beta1 ** self.t)
            np.sqrt(v, out=tmp)
            tmp += self.eps * c2
            np.divide(m, tmp, out=tmp)
            tmp *= step
            params -= tmp

    def astype(self, dtype) -> Optimizer:
        """The same rule, step size, hyperparameters and moments, in `dtype`."""
        other = Optimizer(self.name, self.lr, self._tmp.size, dtype, momentum=self.momentum,
                          rho=self.rho, beta1=self.beta1, beta2=self.beta2, eps=self.eps)
        other.load_state(self.state())
        return other

    def state(self) -> dict[str, Array]:
        out = {"t": np.array(self.t)}
        if self.m is not None:
            out["m"] = self.m.copy()
        if self.v is not None:
            out["v"] = self.v.copy()
        return out

    def load_state(self, state: dict[str, Array]) -> None:
        self.t = int(state["t"])
        for k in ("m", "v"):
            buf = getattr(self, k)
            if buf is not None:
                if k not in state or np.shape(state[k]) != buf.shape:
                    raise ValueError(f"optimizer state: '{k}' missing or of the wrong shape")
                buf[...] = state[k]


def clip(grads: Array, mode: str, threshold: float) -> tuple[float, float]:
    """Clip in place; return the global norm before and after."""
    before = math.sqrt(np.dot(grads, grads))
    if mode == "norm":
        if before > threshold:
            grads *= threshold / before
            return before, threshold
        return before, before
    if mode == "value":
        np.clip(grads, -threshold, threshold, out=grads)
        return before, math.sqrt(np.dot(grads, grads))
    return before, before
