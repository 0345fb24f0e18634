"""LaTeX (matplotlib mathtext) sources of the equations panel, one notation for all cells.

The notation follows the engine's code (rnnstudio/engine/cells/*.py) and the unrolled
view: row vectors times weight matrices (x_t W_xh), ``a`` for a pre-activation with a
superscript naming its block (a^i_t, a^y_t), and ``δv`` for the total gradient ∂L/∂v
(the code's ``dv``). ``render.py`` turns every entry into an SVG beside this file;
the app only loads those SVGs.

A line is ``("head", text)`` for a heading, ``("note", text)`` for a remark, or ``(lhs, rhs, note)`` for an equation
aligned on its "=" (``rhs`` starts after the "="; an empty ``lhs`` continues the line
above). Text outside $...$ is plain.
"""

CELLS = ("elman", "lstm", "peephole", "gru", "mgu")
PARTS = ("forward", "backward", "legend")

_OUT_FWD = [
    ("head", "Output, at every step"),
    (r"$a^y_t$", r"$h_t W_{hy} + b_y$", "output pre-activation (logits)"),
    (r"$\hat{y}_t$", r"$\mathrm{head}(a^y_t)$", r"$\sigma$ for bits, softmax for classes, identity for values"),
    (r"$L$", r"$\frac{1}{N} \sum_t\; m_t\, \ell(\hat{y}_t, y_t)$", "mean loss over the N scored steps"),
]

_OUT_BWD = [
    ("head", "Output layer"),
    (r"$\delta a^y_t$", r"$\frac{m_t}{N} (\hat{y}_t - y_t)$", "cross-entropy heads (bits, classes)"),
    (r"$\partial L / \partial W_{hy}$", r"$\sum_t\; h_t^{\top}\, \delta a^y_t$", ""),
    (r"$\partial L / \partial b_y$", r"$\sum_t\; \delta a^y_t$", ""),
]

_STACK_NOTE = ("note", "Stacked layers: layer l reads h_t of layer l−1 as its x_t, and "
                       r"$\delta a^y_t W_{hy}^{\top}$ becomes the gradient from the layer above.")

_COMMON_LEGEND = [
    (r"$x_t$", "input at step t (a row vector); t = 1 … T"),
    (r"$h_t$", "hidden state after step t; $h_0 = 0$"),
    (r"$y_t,\ \hat{y}_t$", "target and the network's output at step t"),
    (r"$m_t,\ N$", "1 if step t is scored, else 0; number of scored steps"),
    (r"$\delta v$", r"$\partial L / \partial v$, the total gradient of the loss (dv in the code)"),
    (r"$\odot$", "element-wise product"),
    (r"$\sigma,\ \tanh$", r"logistic sigmoid $1 / (1 + e^{-a})$ and hyperbolic tangent"),
]

EQUATIONS = {
    "elman": {
        "title": "Elman network (simple RNN)",
        "forward": [
            ("head", "Forward, for t = 1 … T"),
            (r"$a_t$", r"$x_t W_{xh} + h_{t-1} W_{hh} + b_h$", "pre-activation"),
            (r"$h_t$", r"$\phi(a_t)$", r"$\phi$ = tanh, $\sigma$ or ReLU"),
            *_OUT_FWD,
        ],
        "backward": [
            ("head", r"Backward through time, for t = T … 1, with $\delta a_{T+1} = 0$"),
            (r"$\delta h_t$", r"$\delta a^y_t W_{hy}^{\top} + \delta a_{t+1} W_{hh}^{\top}$",
             "from the output at t + from step t+1 (dh_next)"),
            (r"$\delta a_t$", r"$\delta h_t \odot \phi^{\prime}(a_t)$",
             r"tanh: $1 - h_t^2$,  $\sigma$: $h_t (1 - h_t)$,  ReLU: $[h_t > 0]$"),
            ("head", "Weight gradients: sums over all steps"),
            (r"$\partial L / \partial W_{xh}$", r"$\sum_t\; x_t^{\top}\, \delta a_t$", ""),
            (r"$\partial L / \partial W_{hh}$", r"$\sum_t\; h_{t-1}^{\top}\, \delta a_t$", ""),
            (r"$\partial L / \partial b_h$", r"$\sum_t\; \delta a_t$", ""),
            *_OUT_BWD,
            _STACK_NOTE,
        ],
        "legend": [
            *_COMMON_LEGEND,
            (r"$a_t$", "pre-activation of the hidden units"),
            (r"$W_{xh},\ W_{hh},\ b_h$", "input weights, recurrent weights, hidden bias"),
            (r"$W_{hy},\ b_y$", "output weights and bias"),
            (r"$\phi$", "activation function (tanh, sigmoid or ReLU)"),
        ],
    },
    "lstm": {
        "title": "Long short-term memory (LSTM)",
        "forward": [
            ("head", r"Forward, for t = 1 … T, with $h_0 = c_0 = 0$"),
            (r"$[\,a^i_t \mid a^f_t \mid a^g_t \mid a^o_t\,]$", r"$x_t W_x + h_{t-1} W_h + b$",
             "four blocks of H columns"),
            (r"$i_t$", r"$\sigma(a^i_t)$", "input gate"),
            (r"$f_t$", r"$\sigma(a^f_t)$", "forget gate"),
            (r"$g_t$", r"$\tanh(a^g_t)$", "block input (candidate)"),
            (r"$o_t$", r"$\sigma(a^o_t)$", "output gate"),
            (r"$c_t$", r"$f_t \odot c_{t-1} + i_t \odot g_t$", "cell state: the highway"),
            (r"$h_t$", r"$o_t \odot \tanh(c_t)$", ""),
            *_OUT_FWD,
        ],
        "backward": [
            ("head", r"Backward through time, for t = T … 1, with $\delta a_{T+1} = \delta c_{T+1} = 0$"),
            (r"$\delta h_t$", r"$\delta a^y_t W_{hy}^{\top} + \delta a_{t+1} W_h^{\top}$",
             r"$\delta a = [\,\delta a^i \mid \delta a^f \mid \delta a^g \mid \delta a^o\,]$"),
            (r"$\delta c_t$", r"$\delta h_t \odot o_t \odot (1 - \tanh^2 c_t) + \delta c_{t+1} \odot f_{t+1}$",
             "the highway: scaled only by f"),
            (r"$\delta a^o_t$", r"$\delta h_t \odot \tanh(c_t) \odot o_t (1 - o_t)$", ""),
            (r"$\delta a^i_t$", r"$\delta c_t \odot g_t \odot i_t (1 - i_t)$", ""),
            (r"$\delta a^f_t$", r"$\delta c_t \odot c_{t-1} \odot f_t (1 - f_t)$", ""),
            (r"$\delta a^g_t$", r"$\delta c_t \odot i_t \odot (1 - g_t^2)$", ""),
            ("head", "Weight gradients: sums over all steps"),
            (r"$\partial L / \partial W_x$", r"$\sum_t\; x_t^{\top}\, \delta a_t$", ""),
            (r"$\partial L / \partial W_h$", r"$\sum_t\; h_{t-1}^{\top}\, \delta a_t$", ""),
            (r"$\partial L / \partial b$", r"$\sum_t\; \delta a_t$", ""),
            *_OUT_BWD,
            _STACK_NOTE,
        ],
        "legend": [
            *_COMMON_LEGEND,
            (r"$c_t$", "cell state after step t; $c_0 = 0$"),
            (r"$i_t,\ f_t,\ o_t$", "input, forget and output gates, between 0 and 1"),
            (r"$g_t$", "block input: the candidate written to the cell"),
            (r"$a^i_t,\ a^f_t,\ a^g_t,\ a^o_t$", "pre-activations of the four blocks"),
            (r"$W_x,\ W_h,\ b$", "input weights (n_in × 4H), recurrent weights (H × 4H), bias"),
            (r"$W_{hy},\ b_y$", "output weights and bias"),
        ],
    },
    "peephole": {
        "title": "LSTM with peephole connections (Greff et al.)",
        "forward": [
            ("head", r"Forward, for t = 1 … T, with $h_0 = c_0 = 0$"),
            (r"$[\,a^i_t \mid a^f_t \mid a^g_t \mid a^o_t\,]$", r"$x_t W_x + h_{t-1} W_h + b$",
             "four blocks of H columns"),
            (r"$i_t$", r"$\sigma(a^i_t + p_i \odot c_{t-1})$", "input gate looks at the old cell"),
            (r"$f_t$", r"$\sigma(a^f_t + p_f \odot c_{t-1})$", "forget gate looks at the old cell"),
            (r"$g_t$", r"$\tanh(a^g_t)$", "block input (candidate)"),
            (r"$c_t$", r"$f_t \odot c_{t-1} + i_t \odot g_t$", "cell state: the highway"),
            (r"$o_t$", r"$\sigma(a^o_t + p_o \odot c_t)$", "output gate looks at the new cell"),
            (r"$h_t$", r"$o_t \odot \tanh(c_t)$", ""),
            *_OUT_FWD,
        ],
        "backward": [
            ("head", r"Backward through time, for t = T … 1, with $\delta a_{T+1} = \delta c_{T+1} = 0$"),
            (r"$\delta h_t$", r"$\delta a^y_t W_{hy}^{\top} + \delta a_{t+1} W_h^{\top}$",
             r"$\delta a = [\,\delta a^i \mid \delta a^f \mid \delta a^g \mid \delta a^o\,]$"),
            (r"$\delta a^o_t$", r"$\delta h_t \odot \tanh(c_t) \odot o_t (1 - o_t)$", ""),
            (r"$\delta c_t$", r"$\delta h_t \odot o_t \odot (1 - \tanh^2 c_t) + \delta a^o_t \odot p_o$", ""),
            ("", r"$+\ \delta c_{t+1} \odot f_{t+1} + \delta a^i_{t+1} \odot p_i + \delta a^f_{t+1} \odot p_f$",
             "back along the highway and the peepholes"),
            (r"$\delta a^i_t$", r"$\delta c_t \odot g_t \odot i_t (1 - i_t)$", ""),
            (r"$\delta a^f_t$", r"$\delta c_t \odot c_{t-1} \odot f_t (1 - f_t)$", ""),
            (r"$\delta a^g_t$", r"$\delta c_t \odot i_t \odot (1 - g_t^2)$", ""),
            ("head", "Weight gradients: sums over all steps"),
            (r"$\partial L / \partial W_x$", r"$\sum_t\; x_t^{\top}\, \delta a_t$", ""),
            (r"$\partial L / \partial W_h$", r"$\sum_t\; h_{t-1}^{\top}\, \delta a_t$", ""),
            (r"$\partial L / \partial b$", r"$\sum_t\; \delta a_t$", ""),
            (r"$\partial L / \partial p_i$", r"$\sum_t\; \delta a^i_t \odot c_{t-1}$", ""),
            (r"$\partial L / \partial p_f$", r"$\sum_t\; \delta a^f_t \odot c_{t-1}$", ""),
            (r"$\partial L / \partial p_o$", r"$\sum_t\; \delta a^o_t \odot c_t$", ""),
            *_OUT_BWD,
            _STACK_NOTE,
        ],
        "legend": [
            *_COMMON_LEGEND,
            (r"$c_t$", "cell state after step t; $c_0 = 0$"),
            (r"$i_t,\ f_t,\ o_t$", "input, forget and output gates, between 0 and 1"),
            (r"$g_t$", "block input: the candidate written to the cell"),
            (r"$a^i_t,\ a^f_t,\ a^g_t,\ a^o_t$", "pre-activations of the four blocks (without peepholes)"),
            (r"$p_i,\ p_f,\ p_o$", "peephole weights: one per unit (element-wise, diagonal)"),
            (r"$W_x,\ W_h,\ b$", "input weights (n_in × 4H), recurrent weights (H × 4H), bias"),
            (r"$W_{hy},\ b_y$", "output weights and bias"),
        ],
    },
    "gru": {
        "title": "Gated recurrent unit (GRU)",
        "forward": [
            ("head", r"Forward, for t = 1 … T, with $h_0 = 0$"),
            (r"$r_t$", r"$\sigma(x_t W_x^r + h_{t-1} W_h^r + b_x^r)$", "reset gate"),
            (r"$z_t$", r"$\sigma(x_t W_x^z + h_{t-1} W_h^z + b_x^z)$", "update gate"),
            (r"$\mathit{hn}_t$", r"$h_{t-1} W_h^n + b_{hn}$", "recurrent part of the candidate"),
            (r"$n_t$", r"$\tanh(x_t W_x^n + b_x^n + r_t \odot \mathit{hn}_t)$", "candidate state"),
            (r"$h_t$", r"$(1 - z_t) \odot n_t + z_t \odot h_{t-1}$", "keep a share z of the old state"),
            *_OUT_FWD,
        ],
        "backward": [
            ("head", r"Backward through time, for t = T … 1, with everything at T+1 = 0"),
            (r"$\delta h_t$", r"$\delta a^y_t W_{hy}^{\top} + \delta h_{t+1} \odot z_{t+1}"
                              r" + [\,\delta a^r_{t+1} \mid \delta a^z_{t+1} \mid \delta \mathit{hn}_{t+1}\,] W_h^{\top}$",
             ""),
            (r"$\delta a^n_t$", r"$\delta h_t \odot (1 - z_t) \odot (1 - n_t^2)$", "argument of tanh in n_t"),
            (r"$\delta a^z_t$", r"$\delta h_t \odot (h_{t-1} - n_t) \odot z_t (1 - z_t)$", ""),
            (r"$\delta a^r_t$", r"$\delta a^n_t \odot \mathit{hn}_t \odot r_t (1 - r_t)$", ""),
            (r"$\delta \mathit{hn}_t$", r"$\delta a^n_t \odot r_t$", ""),
            ("head", "Weight gradients: sums over all steps"),
            (r"$\partial L / \partial W_x$", r"$\sum_t\; x_t^{\top}\, [\,\delta a^r_t \mid \delta a^z_t \mid \delta a^n_t\,]$", ""),
            (r"$\partial L / \partial b_x$", r"$\sum_t\; [\,\delta a^r_t \mid \delta a^z_t \mid \delta a^n_t\,]$", ""),
            (r"$\partial L / \partial W_h$", r"$\sum_t\; h_{t-1}^{\top}\, [\,\delta a^r_t \mid \delta a^z_t \mid \delta \mathit{hn}_t\,]$", ""),
            (r"$\partial L / \partial b_{hn}$", r"$\sum_t\; \delta \mathit{hn}_t$", ""),
            *_OUT_BWD,
            _STACK_NOTE,
        ],
        "legend": [
            *_COMMON_LEGEND,
            (r"$r_t,\ z_t$", "reset and update gates, between 0 and 1"),
            (r"$n_t$", "candidate state"),
            (r"$\mathit{hn}_t$", "recurrent part of the candidate (hn_t in the code)"),
            (r"$a^r_t,\ a^z_t,\ a^n_t$", r"arguments of $\sigma$, $\sigma$ and tanh in $r_t$, $z_t$, $n_t$"),
            (r"$W_x,\ b_x$", "input weights (n_in × 3H) and bias, blocks r, z, n"),
            (r"$W_h,\ b_{hn}$", "recurrent weights (H × 3H); bias of the candidate's recurrent part"),
            (r"$W_{hy},\ b_y$", "output weights and bias"),
        ],
    },
    "mgu": {
        "title": "Minimal gated unit (MGU)",
        "forward": [
            ("head", r"Forward, for t = 1 … T, with $h_0 = 0$"),
            (r"$f_t$", r"$\sigma(x_t W_x^f + h_{t-1} W_{hf} + b^f)$", "forget gate"),
            (r"$r_t$", r"$f_t \odot h_{t-1}$", ""),
            (r"$n_t$", r"$\tanh(x_t W_x^n + r_t W_{hh} + b^n)$", "candidate state"),
            (r"$h_t$", r"$(1 - f_t) \odot h_{t-1} + f_t \odot n_t$", ""),
            *_OUT_FWD,
        ],
        "backward": [
            ("head", r"Backward through time, for t = T … 1, with everything at T+1 = 0"),
            (r"$\delta h_t$", r"$\delta a^y_t W_{hy}^{\top} + \delta h_{t+1} \odot (1 - f_{t+1})"
                              r" + \delta r_{t+1} \odot f_{t+1} + \delta a^f_{t+1} W_{hf}^{\top}$",
             ""),
            (r"$\delta a^n_t$", r"$\delta h_t \odot f_t \odot (1 - n_t^2)$", ""),
            (r"$\delta r_t$", r"$\delta a^n_t W_{hh}^{\top}$", ""),
            (r"$\delta a^f_t$", r"$(\delta h_t \odot (n_t - h_{t-1}) + \delta r_t \odot h_{t-1})"
                                r" \odot f_t (1 - f_t)$", ""),
            ("head", "Weight gradients: sums over all steps"),
            (r"$\partial L / \partial W_x$", r"$\sum_t\; x_t^{\top}\, [\,\delta a^f_t \mid \delta a^n_t\,]$", ""),
            (r"$\partial L / \partial b$", r"$\sum_t\; [\,\delta a^f_t \mid \delta a^n_t\,]$", ""),
            (r"$\partial L / \partial W_{hf}$", r"$\sum_t\; h_{t-1}^{\top}\, \delta a^f_t$", ""),
            (r"$\partial L / \partial W_{hh}$", r"$\sum_t\; r_t^{\top}\, \delta a^n_t$", ""),
            *_OUT_BWD,
            _STACK_NOTE,
        ],
        "legend": [
            *_COMMON_LEGEND,
            (r"$f_t$", "forget gate, between 0 and 1 (1 = take the candidate)"),
            (r"$r_t$", "what the candidate sees of the past"),
            (r"$n_t$", "candidate state"),
            (r"$W_x,\ b$", "input weights (n_in × 2H) and bias, blocks f, n"),
            (r"$W_h = [\,W_{hf} \mid W_{hh}\,]$", "recurrent weights (H × 2H)"),
            (r"$W_{hy},\ b_y$", "output weights and bias"),
        ],
    },
}
