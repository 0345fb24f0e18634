"""Simplified Chinese: the unrolled-network teaching view (rnnstudio/gui/teach/unrolled*.py).

Keys carry their context ("UnrolledView|...", "CircuitView|...") so that short strings
such as "Forward" or "unit" cannot clash with other areas' translations.
Terms: 前向传播 / 反向传播 (forward / backward pass), 时间步 (time step), 单元 (hidden
unit), 细胞状态 (cell state), 高速通道 (the LSTM's cell-state "highway"), 候选值 g_t,
候选状态 n_t, 探测序列 (probe sequence), 截断 BPTT (truncated BPTT).
"""

_UNROLLED: dict[str, str] = {
    # toolbar
    "First step of the forward pass (Home)": "前向传播的第一步（Home 键）",
    "Previous step (←)": "上一步（←）",
    "Next step (→): forward to t = T, then backward through time":
        "下一步（→）：先前向走到 t = T，再随时间反向传播",
    "Last step of the backward pass (End)": "反向传播的最后一步（End 键）",
    "Forward": "前向传播",
    "Backward (BPTT)": "反向传播（BPTT）",
    "layer {0}": "第 {0} 层",
    "unit {0}": "单元 {0}",
    "The layer whose numbers the panels show": "下方面板和电路图显示哪一层的数值",
    "The hidden unit whose numbers the circuit shows": "电路图显示哪一个隐藏单元的数值",
    "Zoom out (Ctrl+wheel)": "缩小（Ctrl+滚轮）",
    "Zoom in (Ctrl+wheel)": "放大（Ctrl+滚轮）",
    "Fit": "全览",
    "Fit the whole sequence": "缩放到能看到整条序列",
    "Large": "大字",
    "Larger drawing and text, for a projector": "放大图形和文字，适合投影",
    "Forward · step t = {0} of {1}": "前向传播 · 时间步 t = {0} / {1}",
    "Backward (BPTT) · step t = {0} of {1}": "反向传播（BPTT）· 时间步 t = {0} / {1}",
    # legend
    "node colour: value": "节点颜色：数值",
    "node colour: value h": "节点颜色：数值 h",
    "node colour: value h (c: ±{0})": "节点颜色：数值 h（c：±{0}）",
    "node colour: gradient ∂L/∂h": "节点颜色：梯度 ∂L/∂h",
    "output / gate (0 … 1)": "输出 / 门（0 … 1）",
    "arrow: gradient flowing back (log)": "箭头：反向流动的梯度（对数刻度）",
    "10⁻⁴ × max": "最大值 × 10⁻⁴",
    "max": "最大值",
    "max {0}": "最大值 {0}",
    "loss of this sequence {0}": "这条序列的损失 {0}",
    "truncated BPTT: windows of {0} steps": "截断 BPTT：每个窗口 {0} 步",
    "showing the first {0} of {1} steps": "只显示 {1} 步中的前 {0} 步",
    "Train a model, then its probe sequence appears here unrolled in time.":
        "先训练一个模型，它的探测序列就会按时间展开显示在这里。",
    # drawing
    "output ŷ<sub>t</sub>": "输出 ŷ<sub>t</sub>",
    "input x<sub>t</sub>": "输入 x<sub>t</sub>",
    "layer {0}<br>h<sub>0</sub> = 0": "第 {0} 层<br>h<sub>0</sub> = 0",
    "cell<br>h<sub>0</sub> = 0": "循环单元<br>h<sub>0</sub> = 0",
    "h<sub>{0}</sub> → h<sub>{1}</sub>: ‖∂L/∂h<sub>{0}</sub> from step {1}‖ = {2}":
        "h<sub>{0}</sub> → h<sub>{1}</sub>：从第 {1} 步传回的 ‖∂L/∂h<sub>{0}</sub>‖ = {2}",
    "h<sub>{0}</sub> → h<sub>{1}</sub>: ‖∂L/∂h<sub>{0}</sub> from step {1}‖ = {2} "
    "(cut: truncated BPTT)":
        "h<sub>{0}</sub> → h<sub>{1}</sub>：从第 {1} 步传回的 ‖∂L/∂h<sub>{0}</sub>‖ = {2}"
        "（已切断：截断 BPTT）",
    "c<sub>{0}</sub> → c<sub>{1}</sub>: ‖∂L/∂c<sub>{0}</sub> from step {1}‖ = {2}":
        "c<sub>{0}</sub> → c<sub>{1}</sub>：从第 {1} 步传回的 ‖∂L/∂c<sub>{0}</sub>‖ = {2}",
    "c<sub>{0}</sub> → c<sub>{1}</sub>: ‖∂L/∂c<sub>{0}</sub> from step {1}‖ = {2} "
    "(cut: truncated BPTT)":
        "c<sub>{0}</sub> → c<sub>{1}</sub>：从第 {1} 步传回的 ‖∂L/∂c<sub>{0}</sub>‖ = {2}"
        "（已切断：截断 BPTT）",
    "{0}<sub>{1}</sub>[unit {2}] = {3}": "{0}<sub>{1}</sub>[单元 {2}] = {3}",
    # step narration
    "unit": "单元",
    "{0} of {1} units listed": "列出了 {1} 个单元中的 {0} 个",
    "Forward · step t = {0}": "前向传播 · 时间步 t = {0}",
    "Backward (BPTT) · step t = {0}": "反向传播（BPTT）· 时间步 t = {0}",
    "Input x<sub>{0}</sub>: <b>{1}</b>": "输入 x<sub>{0}</sub>：<b>{1}</b>",
    " — column sum a + b + carry = {0} + {1} + {2} = {3}: sum bit <b>{4}</b>, "
    "carry out <b>{5}</b> (what h<sub>{6}</sub> must remember).":
        " —— 这一位的和 a + b + 进位 = {0} + {1} + {2} = {3}：和的这一位是 <b>{4}</b>，"
        "向高位进位 <b>{5}</b>（这正是 h<sub>{6}</sub> 必须记住的）。",
    " Unit {0} follows the carry best on held-out sums (r = {1}); here h = {2}.":
        "在留出集的加法中，单元 {0} 与进位最吻合（r = {1}）；这一步它的 h = {2}。",
    "Output: a<sup>y</sup><sub>{0}</sub> = h<sub>{0}</sub> W<sub>hy</sub> + b<sub>y</sub> = "
    "{1} → ŷ = σ({2}) = <b>{3}</b> → bit <b>{4}</b>":
        "输出：a<sup>y</sup><sub>{0}</sub> = h<sub>{0}</sub> W<sub>hy</sub> + b<sub>y</sub> = "
        "{1} → ŷ = σ({2}) = <b>{3}</b> → 比特 <b>{4}</b>",
    "Output: softmax over {0} classes of a<sup>y</sup> = h W<sub>hy</sub> + b<sub>y</sub> "
    "→ <b>{1}</b>":
        "输出：对 a<sup>y</sup> = h W<sub>hy</sub> + b<sub>y</sub> 的 {0} 个类别做 softmax "
        "→ <b>{1}</b>",
    "Output: ŷ = h W<sub>hy</sub> + b<sub>y</sub> = <b>{0}</b>":
        "输出：ŷ = h W<sub>hy</sub> + b<sub>y</sub> = <b>{0}</b>",
    "; target {0}": "；目标 {0}",
    "✓ right": "✓ 正确",
    "✗ wrong": "✗ 错误",
    " (not scored at this step)": "（这一步不计入损失）",
    " (gates also see c through p<sub>i</sub>, p<sub>f</sub>, p<sub>o</sub>)":
        "（各个门还通过 p<sub>i</sub>、p<sub>f</sub>、p<sub>o</sub> 看到 c）",
    "the output at this step (δa<sup>y</sup> W<sub>hy</sub><sup>⊤</sup>)":
        "这一步的输出 δa<sup>y</sup> W<sub>hy</sub><sup>⊤</sup>",
    "the layer above": "上一层",
    "δh<sub>{0}</sub> = (from {1}) + (from step {2})":
        "δh<sub>{0}</sub> =（来自{1}）+（来自第 {2} 步）",
    "δh<sub>{0}</sub> = (from {1}); nothing comes back from after T":
        "δh<sub>{0}</sub> =（来自{1}）；T 之后没有梯度传回来",
    ". Norms: {0} from above, {1} from step {2}, total ‖δh<sub>{3}</sub>‖ = <b>{4}</b>.":
        "。范数：来自上方的为 {0}，来自第 {2} 步的为 {1}，合计 ‖δh<sub>{3}</sub>‖ = <b>{4}</b>。",
    " <b>Cut:</b> truncated BPTT stops the gradient at the edge of its {0}-step window, so "
    "nothing arrives from step {1}.":
        "<b>切断：</b>截断 BPTT 在 {0} 步窗口的边界挡住了梯度，所以没有梯度从第 {1} 步传回来。",
    " Compared with step {0}: × {1}.": "与第 {0} 步相比：× {1}。",
    "δa<sub>{0}</sub> = δh<sub>{0}</sub> ⊙ φ′(a<sub>{0}</sub>) with φ′ = {1}; it passes "
    "δa<sub>{0}</sub> W<sub>hh</sub><sup>⊤</sup> back to step {2} and adds "
    "x<sub>{0}</sub><sup>⊤</sup> δa<sub>{0}</sub> to ∂L/∂W<sub>xh</sub>, "
    "h<sub>{2}</sub><sup>⊤</sup> δa<sub>{0}</sub> to ∂L/∂W<sub>hh</sub>.":
        "δa<sub>{0}</sub> = δh<sub>{0}</sub> ⊙ φ′(a<sub>{0}</sub>)，其中 φ′ = {1}；"
        "它把 δa<sub>{0}</sub> W<sub>hh</sub><sup>⊤</sup> 传回第 {2} 步，"
        "并把 x<sub>{0}</sub><sup>⊤</sup> δa<sub>{0}</sub> 累加到 ∂L/∂W<sub>xh</sub>，"
        "把 h<sub>{2}</sub><sup>⊤</sup> δa<sub>{0}</sub> 累加到 ∂L/∂W<sub>hh</sub>。",
    "from above": "来自上方",
    "from t+1": "来自 t+1",
    "δc<sub>{0}</sub> = δh<sub>{0}</sub> ⊙ o<sub>{0}</sub> ⊙ (1 − tanh² c<sub>{0}</sub>){1} + "
    "(from step {2} along the highway); ‖δc<sub>{0}</sub>‖ = <b>{3}</b>. The highway passes "
    "δc<sub>{0}</sub> ⊙ f<sub>{0}</sub> back to step {4}: only the forget gate scales it.":
        "δc<sub>{0}</sub> = δh<sub>{0}</sub> ⊙ o<sub>{0}</sub> ⊙ (1 − tanh² c<sub>{0}</sub>){1}"
        " +（沿高速通道来自第 {2} 步）；‖δc<sub>{0}</sub>‖ = <b>{3}</b>。高速通道把 "
        "δc<sub>{0}</sub> ⊙ f<sub>{0}</sub> 传回第 {4} 步：只有遗忘门会缩放它。",
    "δc from t+1": "来自 t+1 的 δc",
    "Back to step {0} directly through the update gate: δh<sub>{1}</sub> ⊙ z<sub>{1}</sub>, "
    "plus through the gates' weights.":
        "经更新门直接传回第 {0} 步的是 δh<sub>{1}</sub> ⊙ z<sub>{1}</sub>，"
        "其余部分经各个门的权重传回。",
}

_CIRCUIT: dict[str, str] = {
    "Peephole LSTM": "窥孔 LSTM",
    "<b>{0}</b> — step t = {1}, unit {2} of {3} (values)":
        "<b>{0}</b> — 时间步 t = {1}，单元 {2}（共 {3} 个），数值",
    "<b>{0}</b> — step t = {1}, unit {2} of {3} (gradients)":
        "<b>{0}</b> — 时间步 t = {1}，单元 {2}（共 {3} 个），梯度",
    "<b>{0}</b> — layer {4}, step t = {1}, unit {2} of {3} (values)":
        "<b>{0}</b> — 第 {4} 层，时间步 t = {1}，单元 {2}（共 {3} 个），数值",
    "<b>{0}</b> — layer {4}, step t = {1}, unit {2} of {3} (gradients)":
        "<b>{0}</b> — 第 {4} 层，时间步 t = {1}，单元 {2}（共 {3} 个），梯度",
    "cell state: the highway": "细胞状态：高速通道",
    "from x<sub>t</sub> and h<sub>t−1</sub> (× W<sub>x</sub>, W<sub>h</sub>, + b)":
        "来自 x<sub>t</sub> 和 h<sub>t−1</sub>（× W<sub>x</sub>、W<sub>h</sub>，+ b）",
    "σ forget": "σ 遗忘门",
    "σ input": "σ 输入门",
    "tanh block input": "tanh 候选值",
    "σ output": "σ 输出门",
    "σ forget  f = {0}": "σ 遗忘门  f = {0}",
    "σ input  i = {0}": "σ 输入门  i = {0}",
    "tanh  g = {0}": "tanh 候选值  g = {0}",
    "σ output  o = {0}": "σ 输出门  o = {0}",
    "back to t−1": "传回 t−1",
    "from t+1": "来自 t+1",
    "from above": "来自上方",
    "σ reset": "σ 重置门",
    "σ update": "σ 更新门",
    "tanh candidate": "tanh 候选状态",
    "σ reset  r = {0}": "σ 重置门  r = {0}",
    "σ update  z = {0}": "σ 更新门  z = {0}",
    "tanh  n = {0}": "tanh 候选状态  n = {0}",
    "back to t−1 directly: δh<sub>t</sub>⊙z<sub>t</sub>":
        "直接传回 t−1：δh<sub>t</sub>⊙z<sub>t</sub>",
    "δa<sub>t</sub> goes back through W<sub>hh</sub> to step t−1<br>and into "
    "∂L/∂W<sub>hh</sub>, ∂L/∂W<sub>xh</sub>, ∂L/∂b<sub>h</sub>":
        "δa<sub>t</sub> 经 W<sub>hh</sub> 传回第 t−1 步，<br>并累加到 "
        "∂L/∂W<sub>hh</sub>、∂L/∂W<sub>xh</sub>、∂L/∂b<sub>h</sub>",
}

TRANSLATIONS: dict[str, str] = {
    **{f"UnrolledView|{k}": v for k, v in _UNROLLED.items()},
    **{f"CircuitView|{k}": v for k, v in _CIRCUIT.items()},
}
